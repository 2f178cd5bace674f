import type { ViewportPixel } from "../../shared/geo/coordinates";
import type { SearchBox } from "../search/searchHit";
import { toViewportPixel, type SheetViewport } from "./sheetCoordinates";
import { clampZoom, reveal, type Size, type ViewState } from "./viewState";

/**
 * The height, in CSS pixels, a found piece of text is brought to: about a
 * line of body text read on screen, so the hit reads at once instead of
 * being a tick on a sheet fitted at 20 %.
 */
export const READABLE_TEXT_PX = 24;

/** Room kept around the text when it is long, so its ends show. */
const TEXT_MARGIN_PX = 48;

/** A rectangle of viewer pixels. */
export interface PixelBounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * Shows a piece of text (a search hit) readable: zooms so that its text
 * is READABLE_TEXT_PX high, or less when the whole text would not fit
 * the viewer then, and centres it. A reviewer already closer keeps the
 * zoom (the view never zooms out for a hit) and the text is only brought
 * into view, as a markup is. `textHeightPx` is the height of the text's
 * lines across their baseline at the current zoom.
 */
export function revealText(
  view: ViewState,
  bounds: PixelBounds,
  textHeightPx: number,
  viewer: Size,
): ViewState {
  const width = Math.max(1, bounds.maxX - bounds.minX);
  const height = Math.max(1, bounds.maxY - bounds.minY);
  const readable = READABLE_TEXT_PX / Math.max(textHeightPx, 0.01);
  const fitting = Math.min(
    Math.max(1, viewer.width - 2 * TEXT_MARGIN_PX) / width,
    Math.max(1, viewer.height - 2 * TEXT_MARGIN_PX) / height,
  );
  const zoom = clampZoom(view.zoom * Math.min(readable, fitting));
  if (zoom <= view.zoom) return reveal(view, bounds, viewer);

  // The text's centre keeps its place on the sheet and moves to the middle.
  const applied = zoom / view.zoom;
  const centre = {
    x: (bounds.minX + bounds.maxX) / 2,
    y: (bounds.minY + bounds.maxY) / 2,
  };
  return {
    zoom,
    x: viewer.width / 2 - (centre.x - view.x) * applied,
    y: viewer.height / 2 - (centre.y - view.y) * applied,
  };
}

/**
 * A found text's boxes in the viewer: the pixels of their corners (to
 * bring them into view) and the height of its tallest line across its
 * baseline, read from each box's turned rectangle (`quad`: bottom edge
 * first, then top edge backwards), so text written upwards or slanted
 * measures its own height, not its length.
 */
export function textInViewer(
  viewport: SheetViewport,
  boxes: readonly SearchBox[],
): { pixels: ViewportPixel[]; textHeightPx: number } {
  const pixels = boxes.flatMap((box) =>
    [box.from, box.to].map((p) => toViewportPixel(viewport, p)),
  );
  let textHeightPx = 0;
  for (const { quad } of boxes) {
    const bottom = toViewportPixel(viewport, quad[0]);
    const top = toViewportPixel(viewport, quad[3]);
    const across = Math.hypot(top.x - bottom.x, top.y - bottom.y);
    textHeightPx = Math.max(textHeightPx, across);
  }
  return { pixels, textHeightPx };
}
