import type { QuarterTurn } from "./viewState";

/**
 * The reviewer's quarter turn of each sheet, remembered in the browser's
 * storage, keyed by the document's content (SHA-256) and the sheet's
 * index: a turn puts a sheet drawn sideways upright, which holds for the
 * same file wherever it is filed, so a reload, or that file in another
 * dossier, shows the sheet turned as it was left, and a new revision
 * starts upright. (Layer choices are a review's own, kept per member and
 * dossier document: layerMemory.ts.)
 */

const PREFIX = "lajna.turn.";
const TURNS: readonly QuarterTurn[] = [0, 90, 180, 270];

/** The storage key of one sheet's turn. */
export function turnMemoryKey(sha256: string, sheetIndex: number): string {
  return `${PREFIX}${sha256}.${sheetIndex}`;
}

/** The remembered turn; upright when none (or an unreadable one). */
export function loadTurn(key: string): QuarterTurn {
  const stored = Number(globalThis.localStorage?.getItem(key));
  return TURNS.find((turn) => turn === stored) ?? 0;
}

/** Remembers a turn; upright is the default, so it is forgotten. */
export function saveTurn(key: string, turn: QuarterTurn): void {
  const storage = globalThis.localStorage;
  if (storage === undefined) return;
  if (turn === 0) storage.removeItem(key);
  else storage.setItem(key, String(turn));
}
