import type { MarkupDraftInput } from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";

/**
 * The fields of a markup the page sends back when saving it again (a
 * restyle, a move, an undo). Author, service, dates, round and origin
 * come from the services, never from here.
 */
export function toDraft(markup: Markup): MarkupDraftInput {
  return {
    id: markup.id,
    dossierId: markup.dossierId,
    documentId: markup.documentId,
    sheetIndex: markup.sheetIndex,
    kind: markup.kind,
    points: markup.points.map((p) => ({ x: p.x, y: p.y })),
    comment: markup.comment,
    color: markup.color,
    strokes: markup.strokes,
    style: markup.style,
    status: markup.status,
    inReplyTo: markup.inReplyTo,
    subject: markup.subject,
    ...(markup.measurement ? { measurement: markup.measurement } : {}),
    ...(markup.zOrder !== undefined ? { zOrder: markup.zOrder } : {}),
  };
}

/** How far a pasted markup is shifted on its own sheet, in PDF points. */
export const PASTE_OFFSET_PT = 12;

/**
 * A copy of `markup` for another place: a new id, the target document
 * and sheet, open again, and shifted a little when pasted onto the sheet
 * it came from, so the copy does not hide the original.
 */
export function pastedDraft(
  markup: Markup,
  target: { documentId: string; sheetIndex: number; id: string },
): MarkupDraftInput {
  const sameSheet =
    markup.documentId === target.documentId &&
    markup.sheetIndex === target.sheetIndex;
  const shift = sameSheet ? PASTE_OFFSET_PT : 0;
  const move = (p: { x: number; y: number }) => ({
    x: p.x + shift,
    y: p.y - shift,
  });
  return {
    ...toDraft(markup),
    id: target.id,
    documentId: target.documentId,
    sheetIndex: target.sheetIndex,
    points: markup.points.map(move),
    strokes: markup.strokes.map((s) => s.map(move)),
    status: "open",
    inReplyTo: null,
  };
}
