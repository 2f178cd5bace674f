import type { MarkupStatus } from "../domain/entities";

/**
 * Review states as Acrobat and Bluebeam write them (statemodel "Review")
 * and the markup status each one means. "Cancelled" reads as rejected;
 * the Marked model is a private checkmark, not a review status, so it
 * changes nothing here (the attributes are kept for export).
 */
/**
 * The foreign entry holding the status a markup had when it was read; while
 * the status is unchanged, the file's own state (say "Marked" on a note
 * whose reply accepted it) is written back as it was. Never written out.
 */
export const IMPORTED_STATUS = "lajnaImportedStatus";

const STATUS_OF_STATE: Readonly<Record<string, MarkupStatus>> = {
  Accepted: "accepted",
  Rejected: "rejected",
  Cancelled: "rejected",
  Completed: "resolved",
  None: "open",
};

const STATE_OF_STATUS: Readonly<Record<MarkupStatus, string>> = {
  accepted: "Accepted",
  rejected: "Rejected",
  resolved: "Completed",
  open: "None",
};

/** The status a review state sets, or null when it sets none. */
export function statusOfReviewState(
  stateModel: string | undefined,
  state: string | undefined,
): MarkupStatus | null {
  if (stateModel !== "Review" || state === undefined) return null;
  return STATUS_OF_STATE[state] ?? null;
}

/**
 * The XFDF state and state model to write for a status. A state read from
 * a file is written back as it was while it still means the same status,
 * so "Cancelled" stays "Cancelled".
 */
export function reviewStateOf(
  status: MarkupStatus,
  foreign: Readonly<Record<string, string>>,
): { state: string; statemodel: string } | null {
  const state = foreign["state"];
  if (state !== undefined && foreign[IMPORTED_STATUS] === status) {
    return { state, statemodel: foreign["statemodel"] ?? "Review" };
  }
  const kept = statusOfReviewState(foreign["statemodel"], state);
  if (kept === status && state !== undefined) {
    return { state, statemodel: "Review" };
  }
  if (foreign["statemodel"] === "Marked" && status === "open") {
    return { state: foreign["state"] ?? "Marked", statemodel: "Marked" };
  }
  if (status === "open" && kept === null) return null;
  return { state: STATE_OF_STATUS[status], statemodel: "Review" };
}
