import type { QuarterTurn, ViewState } from "./viewState";

/**
 * What an open document's tab remembers of its viewer while another tab
 * is shown: the sheet, that sheet's zoom and position, and the quarter
 * turn of every sheet turned. The viewer itself is unmounted meanwhile,
 * which frees its raster memory; this is all it needs to come back as
 * the reviewer left it. Owned by the tab, written by the viewer.
 */
export interface DocumentViewMemory {
  sheetIndex: number;
  /** The view of the sheet last shown; null until one was shown. */
  lastView: { readonly sheetIndex: number; readonly view: ViewState } | null;
  /** Each turned sheet's quarter turn, by sheet index. */
  readonly turns: Map<number, QuarterTurn>;
}

/** A fresh memory: first sheet, fitted, nothing turned. */
export function newViewMemory(sheetIndex = 0): DocumentViewMemory {
  return { sheetIndex, lastView: null, turns: new Map() };
}
