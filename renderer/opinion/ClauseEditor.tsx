import type {
  DossierDocument,
  Markup,
  OpinionClause,
} from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import {
  addClause,
  moveClause,
  removeClause,
  setClauseMarkups,
  setClauseText,
} from "./clauseList";
import type { ClauseKind } from "./clauseList";
import { markupParts } from "./opinionText";
import "../i18n/messages/opinion";

/**
 * The list of conditions or reasons being written: one sentence each,
 * each able to point at markups on the dossier's sheets so the applicant
 * sees where the remark applies.
 */
export function ClauseEditor(props: {
  kind: ClauseKind;
  clauses: readonly OpinionClause[];
  markups: readonly Markup[];
  documents: readonly DossierDocument[];
  disabled: boolean;
  onChange: (clauses: OpinionClause[]) => void;
}) {
  const t = useT();
  const { clauses, markups, onChange } = props;

  const label = (markup: Markup) => {
    const parts = markupParts(markup, props.documents);
    return t("opinion.clause.markupOption", {
      sheet: parts.sheet,
      page: parts.page,
      comment: parts.comment || t("opinion.clause.noComment"),
    });
  };

  return (
    <fieldset className="clause-editor">
      <legend>{t(`opinion.${props.kind}`)}</legend>
      <ol>
        {clauses.map((clause, index) => (
          <li key={index} className="clause-row">
            <textarea
              data-testid="clause-input"
              dir="auto"
              rows={2}
              maxLength={4000}
              placeholder={t("opinion.clause.placeholder")}
              value={clause.text}
              disabled={props.disabled}
              onChange={(e) =>
                onChange(setClauseText(clauses, index, e.target.value))
              }
            />
            {markups.length > 0 && (
              <label className="clause-markups">
                {t("opinion.clause.markups")}
                <select
                  data-testid="clause-markup-select"
                  multiple
                  size={Math.max(2, Math.min(4, markups.length))}
                  value={[...clause.markupIds]}
                  disabled={props.disabled}
                  onChange={(e) =>
                    onChange(
                      setClauseMarkups(
                        clauses,
                        index,
                        [...e.target.selectedOptions].map((o) => o.value),
                      ),
                    )
                  }
                >
                  {markups.map((m) => (
                    <option key={m.id} value={m.id} title={m.comment}>
                      {label(m)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <div className="clause-buttons">
              <button
                type="button"
                aria-label={t("opinion.clause.up")}
                title={t("opinion.clause.up")}
                disabled={props.disabled || index === 0}
                onClick={() => onChange(moveClause(clauses, index, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t("opinion.clause.down")}
                title={t("opinion.clause.down")}
                disabled={props.disabled || index === clauses.length - 1}
                onClick={() => onChange(moveClause(clauses, index, 1))}
              >
                ↓
              </button>
              <button
                type="button"
                disabled={props.disabled}
                onClick={() => onChange(removeClause(clauses, index))}
              >
                {t("opinion.clause.remove")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {markups.length === 0 && (
        <p className="clause-hint">{t("opinion.clause.noMarkups")}</p>
      )}
      <button
        type="button"
        data-testid="add-clause"
        disabled={props.disabled}
        onClick={() => onChange(addClause(clauses))}
      >
        {t("opinion.clause.add")}
      </button>
    </fieldset>
  );
}
