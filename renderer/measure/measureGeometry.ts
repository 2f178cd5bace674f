import type { Markup } from "../../shared/domain/entities";
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

/** Where a measurement's value is written: a spot on the shape. */
export function labelAnchor(
  kind: Markup["kind"],
  points: readonly SheetXy[],
): SheetXy | null {
  const first = points[0];
  if (first === undefined) return null;
  if (kind === "measure_angle") return points[1] ?? first;
  if (kind === "measure_area") {
    const n = points.length;
    const sum = points.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), {
      x: 0,
      y: 0,
    });
    return { x: sum.x / n, y: sum.y / n };
  }
  if (kind === "measure_count") return points[points.length - 1] ?? first;
  const a = points[Math.floor((points.length - 1) / 2)] ?? first;
  const b = points[Math.floor((points.length - 1) / 2) + 1] ?? a;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
