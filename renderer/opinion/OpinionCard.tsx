import type {
  DossierDocument,
  Markup,
  Opinion,
} from "../../shared/domain/entities";
import { useLanguage, useT } from "../i18n/useT";
import { clausesOf, formatDateTime, markupParts } from "./opinionText";
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
  const clauses = clausesOf(opinion);

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
      {clauses.length > 0 && (
        <ol className="opinion-clauses">
          {clauses.map((clause, i) => (
            <li key={i}>
              <bdi>{clause.text}</bdi>
              {clause.markupIds.length > 0 && (
                <span className="opinion-markup-ref">
                  {" "}
                  {t("opinion.markupRef", {
                    list: markupList(clause.markupIds),
                  })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="opinion-state">
        {opinion.signedAt
          ? t("opinion.state.signed", {
              date: formatDateTime(opinion.signedAt, language),
            })
          : t("opinion.state.draft")}
      </p>
    </article>
  );

  function markupList(ids: readonly string[]): string {
    return ids
      .map((id) => props.markups.find((m) => m.id === id))
      .filter((m): m is Markup => m !== undefined)
      .map((m) => {
        const parts = markupParts(m, props.documents);
        return t("opinion.markupItem", {
          sheet: parts.sheet,
          page: parts.page,
        });
      })
      .join("; ");
  }
}
