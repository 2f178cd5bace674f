import { randomUUID } from "node:crypto";
import type { DossierDocument, Markup } from "../../shared/domain/entities";
import { isOpenRemark } from "../../shared/domain/rounds";

/** What carrying the open remarks to the revised sheets gave. */
export interface CarriedRemarks {
  /** The new markups of the new round, one per carried remark. */
  readonly carried: readonly Markup[];
  /**
   * Open remarks left where they were because their revision cannot hold
   * them: the revised document is unreadable or has fewer sheets.
   */
  readonly left: readonly Markup[];
}

/**
 * Carries each open remark on a revised document to the same sheet index
 * of its revision, as a new markup of `round` that names the original in
 * `carriedFrom`. The original stays in its round untouched. Authorship,
 * service, geometry and comment are the original's: the remark is still
 * its author's to resolve. A remark carried once is not carried again.
 */
export function carryOpenRemarks(
  markups: readonly Markup[],
  revisions: readonly DossierDocument[],
  round: number,
  now: string,
): CarriedRemarks {
  const alreadyCarried = new Set(
    markups.flatMap((m) =>
      m.carriedFrom === undefined ? [] : [m.carriedFrom],
    ),
  );
  const carried: Markup[] = [];
  const left: Markup[] = [];

  for (const revision of revisions) {
    if (revision.revisionOf == null) continue;
    const open = markups.filter(
      (m) =>
        m.documentId === revision.revisionOf &&
        isOpenRemark(m) &&
        !alreadyCarried.has(m.id),
    );
    for (const remark of open) {
      if (!holdsSheet(revision, remark.sheetIndex)) {
        left.push(remark);
        continue;
      }
      carried.push(carriedCopy(remark, revision, round, now));
      alreadyCarried.add(remark.id);
    }
  }
  return { carried, left };
}

function holdsSheet(revision: DossierDocument, sheetIndex: number): boolean {
  return (
    revision.error === null &&
    revision.pageCount !== null &&
    sheetIndex < revision.pageCount
  );
}

function carriedCopy(
  remark: Markup,
  revision: DossierDocument,
  round: number,
  now: string,
): Markup {
  return {
    ...remark,
    id: randomUUID(),
    documentId: revision.id,
    round,
    carriedFrom: remark.id,
    status: "open",
    inReplyTo: null,
    // Dated when it reached the new round; createdAt keeps when the
    // remark was first written.
    updatedAt: now,
  };
}
