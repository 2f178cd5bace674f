import type { DossierDocument } from "../../shared/domain/entities";

/** One sheet of one document of the dossier. */
export interface SheetRef {
  readonly documentId: string;
  readonly sheetIndex: number;
}

/** The two sheets the Compare tab shows. */
export interface SheetPair {
  readonly older: SheetRef;
  readonly newer: SheetRef;
}

/** Documents a sheet can be drawn from: readable, with pages. */
export function comparableDocuments(
  documents: readonly DossierDocument[],
): DossierDocument[] {
  return documents.filter((d) => d.error === null && (d.pageCount ?? 1) > 0);
}

/**
 * The pair the tab opens on: the latest document that revises another
 * (its `revisionOf`, when the dossier records rounds) against the one it
 * revises; else the latest document whose title extends an earlier
 * title of the same kind ("Plan du RDC" then "Plan du RDC, révision 1");
 * else the first two sheets. Null when there is only one sheet.
 */
export function defaultPair(
  documents: readonly DossierDocument[],
): SheetPair | null {
  const usable = comparableDocuments(documents);
  const sheet = (documentId: string): SheetRef => ({
    documentId,
    sheetIndex: 0,
  });

  for (const doc of [...usable].reverse()) {
    const revised = usable.find(
      (d) => doc.revisionOf != null && d.id === doc.revisionOf,
    );
    if (revised !== undefined) {
      return { older: sheet(revised.id), newer: sheet(doc.id) };
    }
  }
  for (const [index, doc] of [...usable.entries()].reverse()) {
    const earlier = usable
      .slice(0, index)
      .find((d) => d.kind === doc.kind && doc.title.startsWith(d.title));
    if (earlier !== undefined) {
      return { older: sheet(earlier.id), newer: sheet(doc.id) };
    }
  }
  return firstTwoSheets(usable);
}

function firstTwoSheets(usable: readonly DossierDocument[]): SheetPair | null {
  const first = usable[0];
  if (first === undefined) return null;
  if ((first.pageCount ?? 1) > 1) {
    return {
      older: { documentId: first.id, sheetIndex: 0 },
      newer: { documentId: first.id, sheetIndex: 1 },
    };
  }
  const second = usable[1];
  if (second === undefined) return null;
  return {
    older: { documentId: first.id, sheetIndex: 0 },
    newer: { documentId: second.id, sheetIndex: 0 },
  };
}

/** Whether both sides name the very same sheet. */
export function sameSheet(pair: SheetPair): boolean {
  return (
    pair.older.documentId === pair.newer.documentId &&
    pair.older.sheetIndex === pair.newer.sheetIndex
  );
}

/**
 * A pair as one string, equal for equal pairs: what the tab's state and
 * its remembered view (compareViewMemory.ts) are tied to.
 */
export function pairKey(pair: SheetPair): string {
  const side = (sheet: SheetRef) => `${sheet.documentId}:${sheet.sheetIndex}`;
  return `${side(pair.older)}/${side(pair.newer)}`;
}
