/**
 * A 2-D similarity transform (uniform scale, rotation, translation) between
 * two plane coordinate spaces. Used to place a sheet (PDF points) on the map
 * (projected metres) from two pairs of picked points.
 *
 *   target = [a -b; b a] · source + [tx; ty]
 *
 * where a = s·cos θ and b = s·sin θ.
 */
export interface Similarity {
  readonly a: number;
  readonly b: number;
  readonly tx: number;
  readonly ty: number;
}

interface Xy {
  readonly x: number;
  readonly y: number;
}

/** Thrown when two picked points coincide, so no transform is defined. */
export class DegenerateControlPointsError extends Error {
  constructor() {
    super("The two control points coincide; pick two distinct points.");
    this.name = "DegenerateControlPointsError";
  }
}

/**
 * Solves the similarity that maps `source[0]` to `target[0]` and `source[1]`
 * to `target[1]` exactly.
 */
export function similarityFromTwoPoints(
  source: readonly [Xy, Xy],
  target: readonly [Xy, Xy],
): Similarity {
  const [s0, s1] = source;
  const [t0, t1] = target;
  const dsx = s1.x - s0.x;
  const dsy = s1.y - s0.y;
  const dtx = t1.x - t0.x;
  const dty = t1.y - t0.y;
  const norm = dsx * dsx + dsy * dsy;
  if (norm === 0) throw new DegenerateControlPointsError();

  // Complex division: (dt) / (ds) gives a + ib.
  const a = (dtx * dsx + dty * dsy) / norm;
  const b = (dty * dsx - dtx * dsy) / norm;

  return {
    a,
    b,
    tx: t0.x - (a * s0.x - b * s0.y),
    ty: t0.y - (b * s0.x + a * s0.y),
  };
}

/** Applies the transform to a point, returning plain coordinates. */
export function applySimilarity(
  t: Similarity,
  p: Xy,
): { x: number; y: number } {
  return { x: t.a * p.x - t.b * p.y + t.tx, y: t.b * p.x + t.a * p.y + t.ty };
}

/** The inverse transform, mapping target coordinates back to the source. */
export function invertSimilarity(t: Similarity): Similarity {
  const det = t.a * t.a + t.b * t.b;
  const a = t.a / det;
  const b = -t.b / det;
  return { a, b, tx: -(a * t.tx - b * t.ty), ty: -(b * t.tx + a * t.ty) };
}

/** The transform's uniform scale factor (target units per source unit). */
export function similarityScale(t: Similarity): number {
  return Math.hypot(t.a, t.b);
}

/** The transform's rotation in radians, counter-clockwise. */
export function similarityRotationRad(t: Similarity): number {
  return Math.atan2(t.b, t.a);
}

/**
 * Distance between where the transform sends `source` and where the user
 * says it should be: the check a third control point gives.
 */
export function similarityResidual(
  t: Similarity,
  source: Xy,
  target: Xy,
): number {
  const mapped = applySimilarity(t, source);
  return Math.hypot(mapped.x - target.x, mapped.y - target.y);
}
