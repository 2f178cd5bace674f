import type { Point } from "../cloudGeometry";
import { rotatePoint, rotationCentre, rotationModeOf } from "../markupRotation";
import type { ShapeInput } from "../shapeBodies";
import { cloudArcPt, DEFAULT_CLOUD_INTENSITY } from "../tools";

/*
 * Where a painted markup can leave ink, in layer pixels. The canvas
 * skips markups outside its bitmap with it, and repaints only these
 * boxes when the selection or a few markups change, so the box must
 * hold every pixel paintShape.ts may touch: strokes, arrow heads, cloud
 * arcs, words and anti-aliasing. A box a little too large only costs a
 * few more shapes painted.
 */

/** A box in layer pixels, edges included. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const TEXT_SIZE_PT = 9;
const NOTE_ICON_PX = 18;
/** Anti-aliasing and the white halo of words (3 px wide). */
const BLEED_PX = 3;
/** No glyph of the fonts we use is wider than this many ems. */
const GLYPH_EMS = 1.25;

/** The box of `shape`'s ink at `zoom`, or null when it has no points. */
export function inkBounds(shape: ShapeInput, zoom: number): Box | null {
  const points = [...shape.pixels, ...(shape.strokePixels ?? []).flat()];
  if (points.length === 0) return null;
  const own = extent(shape, points, zoom);
  const turned = turnedBox(shape, own);
  const pad = reachPx(shape, zoom) + BLEED_PX;
  return {
    x0: turned.x0 - pad,
    y0: turned.y0 - pad,
    x1: turned.x1 + pad,
    y1: turned.y1 + pad,
  };
}

/** Whether two boxes share any pixel. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

/** The box of the points, grown by a text's words or a note's icon. */
function extent(shape: ShapeInput, points: readonly Point[], zoom: number) {
  const box = around(points);
  if (shape.kind === "text") {
    const fontPx = Math.max(
      11,
      (shape.style?.fontSizePt ?? TEXT_SIZE_PT) * zoom,
    );
    const words = Math.max(1, (shape.comment || "…").length);
    // Hung from the anchor; accents may rise above the hanging line.
    return {
      x0: box.x0 - fontPx * 0.25,
      y0: box.y0 - fontPx * 0.5,
      x1: box.x0 + words * fontPx * GLYPH_EMS,
      y1: box.y0 + fontPx * 1.5,
    };
  }
  if (shape.kind === "note") {
    return { ...box, x1: box.x0 + NOTE_ICON_PX, y1: box.y0 + NOTE_ICON_PX };
  }
  return box;
}

/** How far beyond its points a kind's strokes and marks reach. */
function reachPx(shape: ShapeInput, zoom: number): number {
  const style = shape.style ?? {};
  const line = style.strokeWidthPt
    ? Math.max(1, style.strokeWidthPt * zoom)
    : 2;
  switch (shape.kind) {
    case "arrow":
      // The head reaches 7 line widths back from the tip and 3.5 aside.
      return line * 7;
    case "cloud": {
      const intensity = style.cloudIntensity ?? DEFAULT_CLOUD_INTENSITY;
      const arc = Math.max(6, cloudArcPt(intensity) * zoom);
      // An arc's chord is under 1.5 arcs long and it bulges less than that.
      return arc * 1.5 + line / 2;
    }
    case "stamp":
      return Math.max(1.5, 2 * zoom) / 2;
    case "callout":
      return Math.max(line / 2, 2.5);
    case "note":
      return 1;
    default:
      return line / 2;
  }
}

/** A box turned with the shape about its rotation centre, boxed again. */
function turnedBox(shape: ShapeInput, box: Box): Box {
  const deg = shape.style?.rotationDeg ?? 0;
  if (deg === 0 || rotationModeOf(shape.kind) !== "field") return box;
  const centre = rotationCentre(shape.kind, shape.pixels);
  const corners = [
    { x: box.x0, y: box.y0 },
    { x: box.x1, y: box.y0 },
    { x: box.x1, y: box.y1 },
    { x: box.x0, y: box.y1 },
  ];
  return around(corners.map((p) => rotatePoint(p, centre, deg)));
}

function around(points: readonly Point[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x0, y0, x1, y1 };
}
