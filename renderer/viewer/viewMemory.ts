import type { ViewState } from "./viewState";

/**
 * What an open document's tab remembers of its viewer while another tab
 * is shown: the sheet, and that sheet's zoom and position (quarter turns
 * outlive the tab, see turnMemory.ts). The viewer itself is unmounted
 * meanwhile, which frees its raster memory; this is all it needs to come
 * back as the reviewer left it. Owned by the tab, written by the viewer.
 */
export interface DocumentViewMemory {
  sheetIndex: number;
  /** The view of the sheet last shown; null until one was shown. */
  lastView: { readonly sheetIndex: number; readonly view: ViewState } | null;
  /**
   * The last request to reveal (the viewer's `revealToken`) carried out,
   * so that a tab shown again brings its hit into view without zooming
   * to it a second time over the view the reviewer left.
   */
  revealedToken: number;
}

/** A fresh memory: first sheet, fitted. */
export function newViewMemory(sheetIndex = 0): DocumentViewMemory {
  return { sheetIndex, lastView: null, revealedToken: -1 };
}
