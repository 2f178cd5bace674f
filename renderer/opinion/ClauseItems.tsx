import type {
  DossierDocument,
  Markup,
  OpinionClause,
} from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import { markupParts } from "./opinionText";
import "../i18n/messages/opinion";
import "./clauseItems.css";

/**
 * An opinion's conditions or reasons, read-only, each followed by the
 * sheets its markups sit on, so a reader knows where to look.
 */
export function ClauseItems(props: {
  clauses: readonly OpinionClause[];
  markups: readonly Markup[];
  documents: readonly DossierDocument[];
}) {
  const t = useT();
  if (props.clauses.length === 0) return null;

  const markupList = (ids: readonly string[]): string =>
    ids
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

  return (
    <ol className="opinion-clauses">
      {props.clauses.map((clause, i) => {
        const where = markupList(clause.markupIds);
        return (
          <li key={i}>
            {/* Sentences may be in another language than the UI. */}
            <bdi>{clause.text}</bdi>
            {where !== "" && (
              <span className="opinion-markup-ref">
                {" "}
                {t("opinion.markupRef", { list: where })}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
