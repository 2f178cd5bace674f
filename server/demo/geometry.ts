/**
 * Plane polygon helpers for the demo's zones and parcels, in metres. Rings
 * are lists of vertices, open (the last vertex is not repeated).
 */

/** A plane point; units are those of the caller (metres here). */
export interface Xy {
  readonly x: number;
  readonly y: number;
}

/** A polygon ring, open, in either orientation. */
export type Ring = readonly Xy[];

/** The signed area of a ring: positive when counter-clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Xy;
    const b = ring[(i + 1) % ring.length] as Xy;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

/** The area of a ring, whatever its orientation. */
export function ringArea(ring: Ring): number {
  return Math.abs(signedArea(ring));
}

/** The ring in counter-clockwise order. */
export function counterClockwise(ring: Ring): Xy[] {
  return signedArea(ring) < 0 ? [...ring].reverse() : [...ring];
}

/** True when every turn of the ring goes the same way (or straight). */
export function isConvex(ring: Ring): boolean {
  let sign = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Xy;
    const b = ring[(i + 1) % ring.length] as Xy;
    const c = ring[(i + 2) % ring.length] as Xy;
    const turn = cross(a, b, c);
    if (Math.abs(turn) < 1e-9) continue;
    if (sign === 0) sign = Math.sign(turn);
    else if (Math.sign(turn) !== sign) return false;
  }
  return true;
}

/** True when `p` is inside the ring or on its boundary (within `tol`). */
export function containsPoint(ring: Ring, p: Xy, tol = 1e-9): boolean {
  if (onBoundary(ring, p, tol)) return true;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Xy;
    const b = ring[j] as Xy;
    const crosses = a.y > p.y !== b.y > p.y;
    if (crosses && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

/** True when every vertex of `inner` lies in the convex ring `outer`. */
export function convexContains(outer: Ring, inner: Ring): boolean {
  return inner.every((p) => containsPoint(outer, p, 1e-6));
}

/**
 * The intersection of two convex rings (Sutherland–Hodgman). Rings that
 * only share an edge give a degenerate ring of zero area.
 */
export function clipConvex(subject: Ring, clip: Ring): Xy[] {
  const window = counterClockwise(clip);
  let output: Xy[] = [...subject];
  for (let i = 0; i < window.length && output.length > 0; i++) {
    const a = window[i] as Xy;
    const b = window[(i + 1) % window.length] as Xy;
    output = clipByEdge(output, a, b);
  }
  return output;
}

/** The centroid of a ring's vertices (good enough for label placement). */
export function vertexCentroid(ring: Ring): Xy {
  const sum = ring.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), {
    x: 0,
    y: 0,
  });
  return { x: sum.x / ring.length, y: sum.y / ring.length };
}

/** The axis-aligned bounds of a ring. */
export function bounds(ring: Ring): {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
} {
  const xs = ring.map((p) => p.x);
  const ys = ring.map((p) => p.y);
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}

/** The ring moved by (dx, dy). */
export function translateRing(ring: Ring, dx: number, dy: number): Xy[] {
  return ring.map((p) => ({ x: p.x + dx, y: p.y + dy }));
}

function clipByEdge(points: readonly Xy[], a: Xy, b: Xy): Xy[] {
  const result: Xy[] = [];
  for (let i = 0; i < points.length; i++) {
    const current = points[i] as Xy;
    const previous = points[(i + points.length - 1) % points.length] as Xy;
    const currentIn = cross(a, b, current) >= 0;
    const previousIn = cross(a, b, previous) >= 0;
    if (currentIn !== previousIn) {
      result.push(lineIntersection(previous, current, a, b));
    }
    if (currentIn) result.push(current);
  }
  return result;
}

function lineIntersection(p: Xy, q: Xy, a: Xy, b: Xy): Xy {
  const d1 = cross(a, b, p);
  const d2 = cross(a, b, q);
  const t = d1 / (d1 - d2);
  return { x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y) };
}

function cross(a: Xy, b: Xy, c: Xy): number {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

function onBoundary(ring: Ring, p: Xy, tol: number): boolean {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Xy;
    const b = ring[(i + 1) % ring.length] as Xy;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) continue;
    const distance = Math.abs(cross(a, b, p)) / length;
    const along =
      ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length;
    if (distance <= tol && along >= -tol && along <= length + tol) return true;
  }
  return false;
}
