import { memo, type KeyboardEvent } from "react";
import type { Markup } from "../../../shared/domain/entities";
import { useLanguage, useT } from "../../i18n/useT";
import { markupMeasureText } from "../../measure/measureText";

/** One row's props; all plain values, so an unchanged row skips render. */
export interface MarkupListRowProps {
  readonly markup: Markup;
  readonly index: number;
  readonly count: number;
  readonly rowPx: number;
  readonly replies: number;
  readonly selected: boolean;
  /** The row the Tab key reaches (roving tab stop). */
  readonly tabbable: boolean;
  /** Stable across renders: the list passes the same function always. */
  readonly onPick: (index: number) => void;
  readonly onKey: (index: number, event: KeyboardEvent) => void;
}

/**
 * A markup of the list: its kind, sheet, author, status, replies and the
 * first line of its comment, in a row of fixed height (the full comment
 * is in the details above the list, and in the row's tooltip).
 */
export const MarkupListRow = memo(function MarkupListRow(
  props: MarkupListRowProps,
) {
  const t = useT();
  const { language } = useLanguage();
  const { markup: m, index } = props;
  // A measurement reads in the UI's number format, as on the sheet.
  const comment =
    markupMeasureText(m, language) ?? (m.comment || t("markup.noComment"));
  return (
    <li
      className="markup-list-row"
      style={{ top: index * props.rowPx, height: props.rowPx }}
      aria-posinset={index + 1}
      aria-setsize={props.count}
    >
      <button
        type="button"
        data-testid="markup-item"
        data-markup-id={m.id}
        data-index={index}
        className={props.selected ? "selected" : ""}
        aria-current={props.selected ? "true" : undefined}
        tabIndex={props.tabbable ? 0 : -1}
        title={comment}
        onClick={() => props.onPick(index)}
        onKeyDown={(event) => props.onKey(index, event)}
      >
        <span className="markup-list-line">
          <span className="markup-swatch" style={{ background: m.color }} />
          <strong>{t(`markup.kind.${m.kind}`)}</strong>
          <span className="muted">
            {" · "}
            {t("markup.sheet", { page: m.sheetIndex + 1 })}
            {" · "}
            {m.authorName}
          </span>{" "}
          <span className={`markup-status status-${m.status}`}>
            {t(`markup.status.${m.status}`)}
          </span>
          {props.replies > 0 && (
            <span className="muted">
              {" · "}
              {t("markup.replies", { count: props.replies })}
            </span>
          )}
        </span>
        <span className="markup-list-line markup-comment" dir="auto">
          {comment}
        </span>
      </button>
    </li>
  );
});
