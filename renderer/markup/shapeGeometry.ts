import type { MarkupKind } from "../../shared/domain/entities";
import type { Point } from "./cloudGeometry";

/**
 * Plane geometry of markups that works in any space (PDF points or
 * viewer pixels): outlines of ellipses, hit testing, moving, resizing
 * and vertex editing. Pure, so that it is tested without a browser.
 */

/** Kinds stored as the four corners of a box (resizable by corners). */
const boxKinds: ReadonlySet<MarkupKind> = new Set([
  "cloud",
  "rectangle",
  "ellipse",
  "highlight",
  "stamp",
]);

/** Kinds whose every point is a vertex the author may drag. */
const vertexKinds: ReadonlySet<MarkupKind> = new Set([
  "arrow",
  "line",
  "polyline",
  "polygon",
]);

/** Whether a kind's points are a box's four corners. */
export function isBoxKind(kind: MarkupKind): boolean {
  return boxKinds.has(kind);
}

/** Whether a kind's points are vertices edited one by one. */
export function isVertexKind(kind: MarkupKind): boolean {
  return vertexKinds.has(kind);
}

/**
 * An ellipse inscribed in the parallelogram of four corners (a box seen
 * on a turned sheet stays a box), as `segments` outline points.
 */
export function ellipseOutline(
  corners: readonly Point[],
  segments = 48,
): Point[] {
  const [a, b, , d] = corners;
  const c = corners[2];
  if (a === undefined || b === undefined || c === undefined || !d) return [];
  const centre = { x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 };
  const u = { x: (b.x - a.x) / 2, y: (b.y - a.y) / 2 };
  const v = { x: (d.x - a.x) / 2, y: (d.y - a.y) / 2 };

  return Array.from({ length: segments }, (_, i) => {
    const t = (2 * Math.PI * i) / segments;
    return {
      x: centre.x + u.x * Math.cos(t) + v.x * Math.sin(t),
      y: centre.y + u.y * Math.cos(t) + v.y * Math.sin(t),
    };
  });
}

/** The distance from `p` to the segment from `a` to `b`. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  const t =
    lengthSq === 0
      ? 0
      : Math.max(
          0,
          Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq),
        );
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Whether `p` lies inside a closed polygon (even-odd rule). */
export function insidePolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    const crosses =
      a.y > p.y !== b.y > p.y &&
      p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** The smallest distance from `p` to a chain of segments. */
function distanceToChain(
  p: Point,
  chain: readonly Point[],
  closed: boolean,
): number {
  if (chain.length === 1) {
    const only = chain[0] as Point;
    return Math.hypot(p.x - only.x, p.y - only.y);
  }
  let best = Infinity;
  const last = closed ? chain.length : chain.length - 1;
  for (let i = 0; i < last; i++) {
    const a = chain[i] as Point;
    const b = chain[(i + 1) % chain.length] as Point;
    best = Math.min(best, distanceToSegment(p, a, b));
  }
  return best;
}

/**
 * Where `p` falls on a markup drawn through `points`: on its "edge"
 * (within `tolerance` of a line, a leader or an anchor), "inside" the
 * surface of a filled kind away from its outline, or off it (null). The
 * hand tool tells them apart: a drag from inside pans the sheet.
 */
export function markupHitAt(
  kind: MarkupKind,
  points: readonly Point[],
  p: Point,
  tolerance: number,
): "edge" | "inside" | null {
  if (points.length === 0) return null;
  const near = (yes: boolean) => (yes ? "edge" : null);
  const open =
    kind === "arrow" ||
    kind === "line" ||
    kind === "polyline" ||
    kind === "ink";
  if (open) return near(distanceToChain(p, points, false) <= tolerance);

  if (kind === "text" || kind === "note" || kind === "reply") {
    const anchor = points[0] as Point;
    return near(Math.hypot(p.x - anchor.x, p.y - anchor.y) <= tolerance * 2);
  }

  // A callout answers on its leader as well as its box.
  const outline = kind === "callout" ? points.slice(1) : points;
  if (kind === "callout" && points.length > 1) {
    const leader = [points[0] as Point, centroid(outline)];
    if (distanceToChain(p, leader, false) <= tolerance) return "edge";
  }
  if (distanceToChain(p, outline, true) <= tolerance) return "edge";
  const filled = kind !== "cloud" && kind !== "rectangle";
  return filled && insidePolygon(p, outline) ? "inside" : null;
}

/** The mean of some points. */
export function centroid(points: readonly Point[]): Point {
  const n = Math.max(1, points.length);
  const sum = points.reduce((s, q) => ({ x: s.x + q.x, y: s.y + q.y }), {
    x: 0,
    y: 0,
  });
  return { x: sum.x / n, y: sum.y / n };
}

/** Every point shifted by (dx, dy). */
export function translatePoints<P extends Point>(
  points: readonly P[],
  dx: number,
  dy: number,
  make: (x: number, y: number) => P,
): P[] {
  return points.map((p) => make(p.x + dx, p.y + dy));
}

/**
 * A box (four corners, clockwise) with corner `handle` dragged to `to`
 * while the opposite corner stays put. Corners are in screen space,
 * where the box is upright; the other two corners follow.
 */
export function resizeBox<P extends Point>(
  corners: readonly P[],
  handle: number,
  to: Point,
  make: (x: number, y: number) => P,
): P[] {
  const fixed = corners[(handle + 2) % 4];
  if (fixed === undefined || corners.length !== 4) return [...corners];
  const box = [
    make(fixed.x, fixed.y),
    make(to.x, fixed.y),
    make(to.x, to.y),
    make(fixed.x, to.y),
  ];

  // Keep the dragged corner at index `handle` so the handle stays held.
  const shift = (handle + 2) % 4;
  return box.map((_, i) => box[(i - shift + 4) % 4] as P);
}

/** The points with vertex `index` moved to `to`. */
export function moveVertex<P extends Point>(
  points: readonly P[],
  index: number,
  to: P,
): P[] {
  return points.map((p, i) => (i === index ? to : p));
}

/** The nearest of `handles` within `tolerance` of `p`, or -1. */
export function handleAt(
  handles: readonly Point[],
  p: Point,
  tolerance: number,
): number {
  let best = -1;
  let bestDistance = tolerance;
  handles.forEach((h, i) => {
    const d = Math.hypot(h.x - p.x, h.y - p.y);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** The middle of the box edge nearest to `tip`, where a leader lands. */
export function leaderEnd(tip: Point, box: readonly Point[]): Point {
  const mids = box.map((p, i) => {
    const q = box[(i + 1) % box.length] as Point;
    return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
  });
  const distance = (p: Point) => Math.hypot(p.x - tip.x, p.y - tip.y);
  return mids.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}
