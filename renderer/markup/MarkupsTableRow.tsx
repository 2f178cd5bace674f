import type { Markup } from "../../shared/domain/entities";
import { formatDate } from "../i18n/formatDate";
import { useLanguage, useT } from "../i18n/useT";
import { shownComment } from "../measure/measureComment";
import { awaitsCheck } from "./carriedRemark";
import { CarriedRemarkActions } from "./CarriedRemarkActions";
import type { MarkupRow } from "./markupTable";
import type { MarkupEditor } from "./useMarkupEditor";

/**
 * One line of the markups list. A click picks the markup (the viewer
 * zooms to it). A carried remark says which round it came from and, for
 * its author while it is open, offers "Resolved" and "Still open".
 */
export function MarkupsTableRow(props: {
  row: MarkupRow;
  selected: boolean;
  userId: string;
  editor: MarkupEditor;
  onPick: (markup: Markup) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { markup: m, documentTitle, replies, carriedFromRound } = props.row;
  const comment = shownComment(m, language);
  return (
    <tr
      data-testid="markups-row"
      data-markup-id={m.id}
      className={props.selected ? "selected" : ""}
      onClick={() => props.onPick(m)}
    >
      <td>{t(`markup.kind.${m.kind}`)}</td>
      <td>
        {documentTitle} · {m.sheetIndex + 1}
      </td>
      <td>{m.authorName}</td>
      <td>{m.service}</td>
      <td>
        <span
          className={`markup-status status-${m.status}`}
          data-testid="markups-row-status"
        >
          {t(`markup.status.${m.status}`)}
        </span>
      </td>
      <td className="comment-cell" dir="auto" title={comment}>
        {comment}
      </td>
      <td>{replies}</td>
      <td>{m.round}</td>
      <td data-testid="markups-row-carried">
        {carriedFromRound !== null &&
          t("rounds.carriedFrom", { round: carriedFromRound })}
        {awaitsCheck(m, props.userId) && (
          <CarriedRemarkActions markup={m} editor={props.editor} />
        )}
      </td>
      <td>
        <bdi>{formatDate(m.createdAt, language)}</bdi>
      </td>
      <td>
        <bdi>{formatDate(m.updatedAt, language)}</bdi>
      </td>
    </tr>
  );
}
