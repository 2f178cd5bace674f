import { pdfPoint, type ViewportPixel } from "../../shared/geo/coordinates";
import type { SheetXy } from "../../shared/measure/calibrate";
import type { SnapGrid, Snap } from "../../shared/measure/snapGrid";
import {
  toPdfPoint,
  toViewportPixel,
  type SheetViewport,
} from "../viewer/sheetCoordinates";

/** How close, in screen pixels, a pick must be to snap to the drawing. */
export const SNAP_RADIUS_PX = 10;

/** The colour of measurements: a plan blue, apart from review red. */
export const MEASURE_COLOUR = "#1864ab";

/** A pick on the sheet: where it lands in user space, and its snap. */
export interface Pick {
  readonly point: SheetXy;
  readonly snap: Snap | null;
}

/**
 * Where a pointer at `pixel` picks: the nearest path end or crossing
 * within SNAP_RADIUS_PX on screen, else the pixel itself. The radius is
 * converted through the viewport so it stays the same on screen at any
 * zoom and rotation.
 */
export function pickAt(
  viewport: SheetViewport,
  grid: SnapGrid | null,
  pixel: ViewportPixel,
): Pick {
  const point = toPdfPoint(viewport, pixel);
  if (grid === null) return { point, snap: null };
  const aside = toPdfPoint(viewport, {
    ...pixel,
    x: pixel.x + SNAP_RADIUS_PX,
  } as ViewportPixel);
  const radius = Math.hypot(aside.x - point.x, aside.y - point.y);
  const snap = grid.snap(point, radius);
  return { point: snap ?? point, snap };
}

/** Points of user space as screen pixels. */
export function toPixels(
  viewport: SheetViewport,
  points: readonly SheetXy[],
): ViewportPixel[] {
  return points.map((p) => toViewportPixel(viewport, pdfPoint(p.x, p.y)));
}

/** An SVG `points` attribute. */
export function svgPoints(pixels: readonly ViewportPixel[]): string {
  return pixels.map((p) => `${p.x},${p.y}`).join(" ");
}

/**
 * An SVG path of closed rings; filled even-odd, the rings inside the first
 * (an area's cut-outs) stay clear.
 */
export function ringsPath(rings: readonly (readonly ViewportPixel[])[]) {
  return rings
    .filter((ring) => ring.length > 0)
    .map((ring) => `M${ring.map((p) => `${p.x},${p.y}`).join("L")}Z`)
    .join("");
}

// Shared with the exports, which write the value where the viewer does.
export { labelAnchor } from "../../shared/annotations/measureLabels";
