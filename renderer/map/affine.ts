/**
 * 2-D affine matrices in the order a canvas takes them:
 *
 *   x' = a·x + c·y + e
 *   y' = b·x + d·y + f
 *
 * This is the order of `CanvasRenderingContext2D.setTransform(a, b, c, d,
 * e, f)` and of pdf.js viewport transforms, so a matrix built here can be
 * handed to either without reshuffling.
 */
export type Affine = readonly [
  a: number,
  b: number,
  c: number,
  d: number,
  e: number,
  f: number,
];

interface Xy {
  readonly x: number;
  readonly y: number;
}

/** Thrown when a matrix squashes the plane and has no inverse. */
export class SingularMatrixError extends Error {
  constructor() {
    super("The affine matrix is singular and cannot be inverted.");
    this.name = "SingularMatrixError";
  }
}

/**
 * Composes two matrices: the result applies `first`, then `second`.
 * Reading a chain left to right in the order points travel keeps the
 * sheet-to-screen pipeline easy to follow.
 */
export function compose(first: Affine, second: Affine): Affine {
  const [a1, b1, c1, d1, e1, f1] = first;
  const [a2, b2, c2, d2, e2, f2] = second;
  return [
    a2 * a1 + c2 * b1,
    b2 * a1 + d2 * b1,
    a2 * c1 + c2 * d1,
    b2 * c1 + d2 * d1,
    a2 * e1 + c2 * f1 + e2,
    b2 * e1 + d2 * f1 + f2,
  ];
}

/** Applies a matrix to a point. */
export function applyAffine(m: Affine, p: Xy): { x: number; y: number } {
  const [a, b, c, d, e, f] = m;
  return { x: a * p.x + c * p.y + e, y: b * p.x + d * p.y + f };
}

/** The inverse matrix; throws SingularMatrixError when there is none. */
export function invertAffine(m: Affine): Affine {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  if (det === 0 || !Number.isFinite(det)) throw new SingularMatrixError();

  return [
    d / det,
    -b / det,
    -c / det,
    a / det,
    (c * f - d * e) / det,
    (b * e - a * f) / det,
  ];
}

/**
 * Reads a pdf.js viewport transform (six numbers, PDF point to viewport
 * pixel) as a typed matrix. Missing entries mean a broken viewport.
 */
export function affineFromArray(values: readonly number[]): Affine {
  if (values.length !== 6 || values.some((v) => !Number.isFinite(v))) {
    throw new SingularMatrixError();
  }
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = values;
  return [a, b, c, d, e, f];
}
