import type { Size, ViewState } from "../viewer/viewState";
import type { CanvasMatrix } from "./alignedRegions";

/**
 * How long the Compare stage waits after the last gesture step before it
 * renders and compares the view sharply. Longer than the viewer's: each
 * settle costs two renders and a diff.
 */
export const COMPARE_SETTLE_MS = 90;

/**
 * Moves canvases drawn for `rendered` (and what goes with them) to where
 * `view` puts them, by a CSS transform about their top-left corner,
 * while sharp pixels are made.
 */
export function followView(
  canvases: readonly (HTMLElement | null)[],
  rendered: ViewState | null,
  view: ViewState,
): void {
  if (rendered === null) return;
  const scale = view.zoom / rendered.zoom;
  const tx = view.x - scale * rendered.x;
  const ty = view.y - scale * rendered.y;
  for (const canvas of canvases) {
    if (canvas === null) continue;
    canvas.style.transform = `translate(${tx}px, ${ty}px) scale(${scale})`;
  }
}

/**
 * Shows a bitmap in a canvas sized for the pane (device pixels, CSS size
 * of the pane) and releases it. Without a matrix the bitmap is handed to
 * the canvas as it is (a "bitmaprenderer" context, no copy): drawing a
 * 2000 px layer with a 2D context took up to 110 ms of the main thread
 * on this hardware. With a matrix (the newer sheet side by side, turned
 * or shifted by the alignment) it is drawn through a 2D context; such a
 * canvas must never be given a bitmap without one, nor the reverse.
 */
export function drawBitmap(
  canvas: HTMLCanvasElement | null,
  bitmap: ImageBitmap,
  pane: Size,
  matrix: CanvasMatrix | null = null,
): void {
  if (canvas === null) {
    bitmap.close();
    return;
  }
  canvas.style.width = `${pane.width}px`;
  canvas.style.height = `${pane.height}px`;
  canvas.style.transform = "";
  if (matrix === null) {
    canvas.getContext("bitmaprenderer")?.transferFromImageBitmap(bitmap);
    return;
  }
  canvas.width = Math.max(1, Math.round(pane.width * devicePixelRatio));
  canvas.height = Math.max(1, Math.round(pane.height * devicePixelRatio));
  const context = canvas.getContext("2d");
  context?.setTransform(...matrix);
  context?.drawImage(bitmap, 0, 0);
  bitmap.close();
}

/** A pane pixel as a point of the older sheet (points, y down). */
export function paneToSheet(
  view: ViewState,
  at: { x: number; y: number },
): { x: number; y: number } {
  return { x: (at.x - view.x) / view.zoom, y: (at.y - view.y) / view.zoom };
}

/** A point of the older sheet as a pane pixel. */
export function sheetToPane(
  view: ViewState,
  p: { x: number; y: number },
): { x: number; y: number } {
  return { x: view.x + p.x * view.zoom, y: view.y + p.y * view.zoom };
}

/**
 * Places the white paper that goes under a pane's sharp layers: the
 * sheet as `view` shows it, cut to the pane. The layers' ink is drawn on
 * transparent pixels; without this paper the blurred underlay would
 * show through them. It follows the view with the layers (followView).
 */
export function placeSharpPaper(
  box: HTMLElement | null,
  view: ViewState,
  pane: Size,
  sheet: Size,
): void {
  const paper = box?.firstElementChild;
  if (box === null || !(paper instanceof HTMLElement)) return;
  box.style.width = `${pane.width}px`;
  box.style.height = `${pane.height}px`;
  box.style.transform = "";
  paper.style.left = `${view.x}px`;
  paper.style.top = `${view.y}px`;
  paper.style.width = `${sheet.width * view.zoom}px`;
  paper.style.height = `${sheet.height * view.zoom}px`;
}
