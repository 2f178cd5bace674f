import type { PdfPoint, ViewportPixel } from "../../shared/geo/coordinates";
import { viewportPixel } from "../../shared/geo/coordinates";
import type { MarkupKind } from "../../shared/domain/entities";
import { toPdfPoint, type SheetViewport } from "../viewer/sheetCoordinates";

/** Below this drag, in CSS pixels, a shape is taken as a slip. */
export const MIN_DRAG_PX = 4;

/** A stamp's box on paper, so it scales with the sheet like ink would. */
export const STAMP_SIZE_PT = { width: 130, height: 46 } as const;

/** A callout's text box on paper, centred where the drag ends. */
export const CALLOUT_SIZE_PT = { width: 140, height: 44 } as const;

/** Ink points closer than this on screen add nothing but weight. */
const INK_STEP_PX = 1.5;

/** CSS pixels per PDF point at the viewport's zoom, whatever its turn. */
export function pixelsPerPoint(viewport: SheetViewport): number {
  const [x0 = 0, y0 = 0] = viewport.convertToPdfPoint(0, 0);
  const [x1 = 0, y1 = 0] = viewport.convertToPdfPoint(100, 0);
  const pointsPer100 = Math.hypot(x1 - x0, y1 - y0);
  return pointsPer100 > 0 ? 100 / pointsPer100 : 1;
}

/** The four corners of an on-screen box from `a` to `c`, clockwise. */
export function boxCorners(
  a: ViewportPixel,
  c: ViewportPixel,
): ViewportPixel[] {
  return [a, viewportPixel(c.x, a.y), c, viewportPixel(a.x, c.y)];
}

/** A box of `size` (PDF points) centred on `at`, as on-screen corners. */
function centredBox(
  at: ViewportPixel,
  size: { width: number; height: number },
  scale: number,
): ViewportPixel[] {
  const w = (size.width * scale) / 2;
  const h = (size.height * scale) / 2;
  return boxCorners(
    viewportPixel(at.x - w, at.y - h),
    viewportPixel(at.x + w, at.y + h),
  );
}

/**
 * The points stored for a markup drawn from `start` to `end` (viewer
 * pixels), in PDF user space. Box kinds (cloud, rectangle, ellipse,
 * highlight) keep the four corners of the box seen on screen, so that on
 * a turned sheet the shape is still the one the reviewer drew. Arrows
 * and lines keep tail then head; text and notes keep their anchor; a
 * stamp keeps its box around the click; a callout keeps its leader's tip
 * then its box's corners. Null for a too-small drag.
 */
export function drawnPoints(
  kind: MarkupKind,
  start: ViewportPixel,
  end: ViewportPixel,
  viewport: SheetViewport,
): PdfPoint[] | null {
  const toPdf = (p: ViewportPixel) => toPdfPoint(viewport, p);
  if (kind === "text" || kind === "note") return [toPdf(start)];
  if (kind === "stamp") {
    return centredBox(start, STAMP_SIZE_PT, pixelsPerPoint(viewport)).map(
      toPdf,
    );
  }

  const tooSmall =
    Math.abs(end.x - start.x) < MIN_DRAG_PX &&
    Math.abs(end.y - start.y) < MIN_DRAG_PX;
  if (tooSmall) return null;
  if (kind === "arrow" || kind === "line") return [toPdf(start), toPdf(end)];
  if (kind === "callout") {
    const box = centredBox(end, CALLOUT_SIZE_PT, pixelsPerPoint(viewport));
    return [start, ...box].map(toPdf);
  }

  return boxCorners(start, end).map(toPdf);
}

/**
 * The points of a polyline or polygon clicked vertex by vertex, in PDF
 * user space. A double-click lands twice on the last vertex, so repeats
 * closer than a slip are dropped. Null when too few vertices remain
 * (two for a polyline, three for a polygon).
 */
export function vertexPoints(
  kind: "polyline" | "polygon",
  clicks: readonly ViewportPixel[],
  viewport: SheetViewport,
): PdfPoint[] | null {
  const kept = dropClose(clicks, MIN_DRAG_PX);
  const needed = kind === "polygon" ? 3 : 2;
  if (kept.length < needed) return null;
  return kept.map((p) => toPdfPoint(viewport, p));
}

/**
 * A freehand stroke in PDF user space, thinned to points at least
 * 1.5 pixels apart. Null for a dot.
 */
export function inkPoints(
  path: readonly ViewportPixel[],
  viewport: SheetViewport,
): PdfPoint[] | null {
  const kept = dropClose(path, INK_STEP_PX);
  if (kept.length < 2) return null;
  return kept.map((p) => toPdfPoint(viewport, p));
}

/** Keeps each point that lies at least `minPx` from the last one kept. */
function dropClose(
  path: readonly ViewportPixel[],
  minPx: number,
): ViewportPixel[] {
  const kept: ViewportPixel[] = [];
  for (const p of path) {
    const last = kept[kept.length - 1];
    if (last === undefined || Math.hypot(p.x - last.x, p.y - last.y) >= minPx) {
      kept.push(p);
    }
  }
  return kept;
}
