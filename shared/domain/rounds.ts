import type { Dossier, DossierDocument, Markup, MarkupKind } from "./entities";

/**
 * Review rounds. A dossier starts in round 1; each resubmission by the
 * applicant starts the next round on revised documents, and the open
 * remarks of the last round are carried to the revised sheets so the
 * reviewers check them there. Records written before rounds existed carry
 * no round and read as round 1.
 */

/** The dossier's current review round (1 before any resubmission). */
export function dossierRound(dossier: Pick<Dossier, "round">): number {
  return dossier.round ?? 1;
}

/** The round in which a document was submitted. */
export function documentRound(
  document: Pick<DossierDocument, "round">,
): number {
  return document.round ?? 1;
}

/**
 * Kinds that are not remarks: a reply belongs to its remark, and a
 * measurement or calibration states a fact about the sheet rather than
 * asking the applicant for a change.
 */
const NOT_REMARKS: ReadonlySet<MarkupKind> = new Set<MarkupKind>([
  "reply",
  "measure_length",
  "measure_polyline",
  "measure_area",
  "measure_angle",
  "measure_count",
  "measure_calibration",
]);

/** Whether a markup is a Remark: a review comment that carries a status. */
export function isRemark(markup: Pick<Markup, "kind" | "origin">): boolean {
  // Annotations found inside the submitted PDF are the applicant's, not
  // the committee's.
  return !NOT_REMARKS.has(markup.kind) && markup.origin !== "document";
}

/**
 * Whether a remark still waits for the applicant, so that a resubmission
 * carries it to the revised sheet.
 */
export function isOpenRemark(markup: Markup): boolean {
  return !markup.deleted && markup.status === "open" && isRemark(markup);
}
