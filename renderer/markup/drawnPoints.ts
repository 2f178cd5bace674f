import type { PdfPoint, ViewportPixel } from "../../shared/geo/coordinates";
import { viewportPixel } from "../../shared/geo/coordinates";
import type { MarkupKind } from "../../shared/domain/entities";
import { toPdfPoint, type SheetViewport } from "../viewer/sheetCoordinates";

/** Below this drag, in CSS pixels, a shape is taken as a slip. */
export const MIN_DRAG_PX = 4;

/**
 * The points stored for a markup drawn from `start` to `end` (viewer
 * pixels), in PDF user space. Clouds and rectangles keep the outline of
 * the rectangle seen on screen, all four corners, so that on a turned
 * sheet the shape is still the one the reviewer drew. Arrows keep tail
 * then head; a text note keeps its anchor. Null for a too-small drag.
 */
export function drawnPoints(
  kind: MarkupKind,
  start: ViewportPixel,
  end: ViewportPixel,
  viewport: SheetViewport,
): PdfPoint[] | null {
  const toPdf = (p: ViewportPixel) => toPdfPoint(viewport, p);
  if (kind === "text") return [toPdf(start)];

  const tooSmall =
    Math.abs(end.x - start.x) < MIN_DRAG_PX &&
    Math.abs(end.y - start.y) < MIN_DRAG_PX;
  if (tooSmall) return null;
  if (kind === "arrow") return [toPdf(start), toPdf(end)];

  return [
    start,
    viewportPixel(end.x, start.y),
    end,
    viewportPixel(start.x, end.y),
  ].map(toPdf);
}
