/**
 * Plane polygon helpers for zoning: which zone holds a parcel. Coordinates
 * are projected metres (any planar CRS); rings may be given closed (last
 * point repeating the first) or open. No Node or DOM imports: the renderer
 * and the services share this file.
 */

/** A plane point; branded coordinate types fit it too. */
export interface PlanePoint {
  readonly x: number;
  readonly y: number;
}

/** A ring without its closing point, so every edge is counted once. */
function openRing(ring: readonly PlanePoint[]): readonly PlanePoint[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (
    ring.length > 1 &&
    first &&
    last &&
    first.x === last.x &&
    first.y === last.y
  ) {
    return ring.slice(0, -1);
  }
  return ring;
}

/**
 * Signed area of a ring by the shoelace formula, in square units of the
 * CRS: positive when counter-clockwise (y up).
 */
export function ringSignedArea(ring: readonly PlanePoint[]): number {
  const points = openRing(ring);
  let twiceArea = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    twiceArea += a.x * b.y - b.x * a.y;
  }
  return twiceArea / 2;
}

/**
 * The centroid (centre of area) of a simple ring. A degenerate ring (no
 * area: a line or a single point) falls back to the mean of its vertices,
 * so a badly digitised parcel still gets a position. Null for an empty ring.
 */
export function ringCentroid(ring: readonly PlanePoint[]): PlanePoint | null {
  const points = openRing(ring);
  if (points.length === 0) return null;

  // Work relative to the first vertex: projected metres are large numbers
  // (x ~ 400 000) and products of them lose precision otherwise.
  const origin = points[0]!;
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const ax = a.x - origin.x;
    const ay = a.y - origin.y;
    const bx = b.x - origin.x;
    const by = b.y - origin.y;
    const cross = ax * by - bx * ay;
    twiceArea += cross;
    cx += (ax + bx) * cross;
    cy += (ay + by) * cross;
  }

  if (Math.abs(twiceArea) < 1e-12) return vertexMean(points);
  return {
    x: origin.x + cx / (3 * twiceArea),
    y: origin.y + cy / (3 * twiceArea),
  };
}

function vertexMean(points: readonly PlanePoint[]): PlanePoint {
  const sum = points.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), {
    x: 0,
    y: 0,
  });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/**
 * Whether a point lies inside one ring, by counting edge crossings of a
 * ray towards +x. Points exactly on an edge may fall either way; zoning
 * boundaries are not that precise anyway.
 */
export function pointInRing(
  point: PlanePoint,
  ring: readonly PlanePoint[],
): boolean {
  const points = openRing(ring);
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const a = points[i]!;
    const b = points[j]!;
    const straddles = a.y > point.y !== b.y > point.y;
    if (!straddles) continue;
    const crossingX = a.x + ((point.y - a.y) * (b.x - a.x)) / (b.y - a.y);
    if (point.x < crossingX) inside = !inside;
  }
  return inside;
}

/**
 * Whether a point lies inside a polygon given as rings, the first the
 * outer boundary and the others holes (as in a Zone's `rings`).
 */
export function pointInPolygon(
  point: PlanePoint,
  rings: readonly (readonly PlanePoint[])[],
): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(point, outer)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}
