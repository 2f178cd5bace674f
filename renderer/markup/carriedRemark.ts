import type { MarkupDraftInput } from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import { toDraft } from "./markupDraft";

/**
 * The reviewer's check of a remark carried to a revised sheet: resolved
 * (the revision answers it) or still open (it does not; the remark stays
 * open and a reply records that it was checked in this round).
 */

/** Whether `userId` still has to check this carried remark. */
export function awaitsCheck(markup: Markup, userId: string): boolean {
  return (
    markup.carriedFrom !== undefined &&
    markup.status === "open" &&
    markup.authorId === userId &&
    !markup.deleted
  );
}

/** The carried remark, marked resolved. */
export function resolvedDraft(markup: Markup): MarkupDraftInput {
  return { ...toDraft(markup), status: "resolved" };
}

/**
 * The reply that records "still open": a reply markup at the remark's
 * first point, so it hangs under the remark in every list and export.
 */
export function stillOpenReply(
  markup: Markup,
  sentence: string,
  id: string = crypto.randomUUID(),
): MarkupDraftInput {
  const anchor = markup.points[0] ?? { x: 0, y: 0 };
  return {
    id,
    dossierId: markup.dossierId,
    documentId: markup.documentId,
    sheetIndex: markup.sheetIndex,
    kind: "reply",
    points: [{ x: anchor.x, y: anchor.y }],
    comment: sentence,
    color: markup.color,
    inReplyTo: markup.id,
  };
}
