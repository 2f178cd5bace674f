import type { Size, ViewState } from "../viewer/viewState";
import type { CanvasMatrix } from "./alignedRegions";

/**
 * How long the Compare stage waits after the last gesture step before it
 * renders and compares the view sharply. Longer than the viewer's: each
 * settle costs two renders and a diff.
 */
export const COMPARE_SETTLE_MS = 90;

/**
 * Moves canvases drawn for `rendered` to where `view` puts them, by a CSS
 * transform about their top-left corner, while sharp pixels are made.
 */
export function followView(
  canvases: readonly (HTMLCanvasElement | null)[],
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
 * Draws a bitmap into a canvas sized for the pane (device pixels, CSS
 * size of the pane), placed by `matrix` when given, then closes it.
 */
export function drawBitmap(
  canvas: HTMLCanvasElement | null,
  bitmap: ImageBitmap,
  pane: Size,
  device: Size,
  matrix: CanvasMatrix | null = null,
): void {
  if (canvas === null) {
    bitmap.close();
    return;
  }
  canvas.width = device.width;
  canvas.height = device.height;
  canvas.style.width = `${pane.width}px`;
  canvas.style.height = `${pane.height}px`;
  canvas.style.transform = "";
  const context = canvas.getContext("2d");
  if (matrix !== null) context?.setTransform(...matrix);
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
