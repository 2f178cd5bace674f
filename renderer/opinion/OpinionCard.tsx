import type {
  DossierDocument,
  Markup,
  Opinion,
} from "../../shared/domain/entities";
import { useLanguage, useT } from "../i18n/useT";
import { ClauseItems } from "./ClauseItems";
import { clausesOf, formatDateTime } from "./opinionText";
import "../i18n/messages/opinion";

/**
 * One opinion, read-only: who gave it for which service, the verdict, and
 * its conditions or reasons with the markups each points at.
 */
export function OpinionCard(props: {
  opinion: Opinion;
  markups: readonly Markup[];
  documents: readonly DossierDocument[];
}) {
  const t = useT();
  const { language } = useLanguage();
  const { opinion } = props;

  return (
    <article className="opinion-card" data-testid="opinion-card">
      <header>
        <strong>{opinion.serviceName}</strong>
        <span> · {opinion.memberName}</span>
        <span className="opinion-weight">
          {t(opinion.binding ? "opinion.binding" : "opinion.advisory")}
        </span>
      </header>
      <p className={`opinion-verdict verdict-${opinion.verdict}`}>
        {t(`opinion.verdict.${opinion.verdict}`)}
      </p>
      <ClauseItems
        clauses={clausesOf(opinion)}
        markups={props.markups}
        documents={props.documents}
      />
      <p className="opinion-state">
        {opinion.signedAt
          ? t("opinion.state.signed", {
              date: formatDateTime(opinion.signedAt, language),
            })
          : t("opinion.state.draft")}
      </p>
    </article>
  );
}
