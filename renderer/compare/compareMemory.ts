import { z } from "zod";
import type { DossierDocument } from "../../shared/domain/entities";
import type { Alignment } from "./alignment";
import type { CompareMode } from "./CompareToolbar";
import type { SheetPair, SheetRef } from "./defaultPair";
import type { ShownRevisions } from "./OverlayPane";

/**
 * What the Compare tab keeps of a dossier's comparison while the reviewer
 * is on another tab, and across a reload: the two sheets, how they are
 * shown and the alignment picked by hand. Kept for the session in memory
 * and in the page's storage (this workstation only), by dossier id.
 */
export interface CompareChoice {
  readonly pair: SheetPair;
  readonly mode: CompareMode;
  /** The alignment picked on two point pairs; null for the automatic. */
  readonly manual: Alignment | null;
  /** 0 shows the older side's changes only, 1 the newer's. */
  readonly blend: number;
  readonly shown: ShownRevisions;
}

const PREFIX = "lajna.compare.";
const session = new Map<string, CompareChoice>();

const sheetSchema = z.object({
  documentId: z.string(),
  sheetIndex: z.number().int().nonnegative(),
});
const choiceSchema = z.object({
  pair: z.object({ older: sheetSchema, newer: sheetSchema }),
  mode: z.enum(["overlay", "side"]),
  manual: z
    .object({
      transform: z.object({
        a: z.number(),
        b: z.number(),
        tx: z.number(),
        ty: z.number(),
      }),
      source: z.enum(["identity", "fitted", "points"]),
    })
    .nullable(),
  blend: z.number().min(0).max(1),
  shown: z.enum(["both", "older", "newer"]),
});

/**
 * The dossier's last comparison, or null when there is none or its
 * sheets are no longer among `documents` (a document withdrawn, say).
 */
export function loadCompareChoice(
  dossierId: string,
  documents: readonly DossierDocument[],
): CompareChoice | null {
  const choice = session.get(dossierId) ?? stored(dossierId);
  if (choice === null) return null;
  const { older, newer } = choice.pair;
  return hasSheet(documents, older) && hasSheet(documents, newer)
    ? choice
    : null;
}

/** Remembers the dossier's comparison as it is now. */
export function saveCompareChoice(
  dossierId: string,
  choice: CompareChoice,
): void {
  session.set(dossierId, choice);
  globalThis.localStorage?.setItem(PREFIX + dossierId, JSON.stringify(choice));
}

function stored(dossierId: string): CompareChoice | null {
  const text = globalThis.localStorage?.getItem(PREFIX + dossierId);
  if (text === null || text === undefined) return null;
  try {
    const parsed = choiceSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    // Damaged by hand or by another version: the tab starts afresh.
    return null;
  }
}

function hasSheet(
  documents: readonly DossierDocument[],
  sheet: SheetRef,
): boolean {
  const doc = documents.find((d) => d.id === sheet.documentId);
  return doc !== undefined && sheet.sheetIndex < (doc.pageCount ?? 1);
}
