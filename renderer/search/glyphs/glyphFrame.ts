/**
 * A glyph measured in its own frame, in points: how far it advances
 * along its baseline, and where the font's ascent and descent put its
 * top and bottom along its up direction (the descent is negative below
 * the baseline). These hold however the glyph is turned.
 */
export interface GlyphFrame {
  readonly advancePt: number;
  readonly ascentPt: number;
  readonly descentPt: number;
}

/** Unexplained slack allowed in a loose box, in points. */
const FIT_SLACK_PT = 0.05;
/**
 * Sines below this (half a degree) make a glyph upright or turned a
 * quarter: its box then strays from its frame by a hundredth of its size.
 */
const SQUARE_SINE = 0.01;

/**
 * The frame of a glyph from what PDFium gives for it: its origin, its
 * loose box (`FPDFText_GetLooseCharBox`: the font's ascent and descent
 * over the glyph's advance, turned by the glyph's matrix, joined with
 * the glyph's ink, then boxed upright) and that matrix's [a, b, c, d].
 * Null when the box does not stand around the origin as such a frame
 * would (vertical writing) or the matrix is flat.
 *
 * Upright or quarter-turned, the box's edges are the frame's, ink that
 * pokes out of the declared metrics included (a subset claiming no
 * descent, yet holding a "y"). Slanted, each edge is one corner of the
 * turned rectangle, so the three lengths are solved back; a glyph whose
 * ink pokes out then gives no frame, as it cannot be told apart.
 */
export function glyphFrame(
  origin: { readonly x: number; readonly y: number },
  box: { left: number; bottom: number; right: number; top: number },
  matrix: readonly [number, number, number, number],
): GlyphFrame | null {
  const [a, b, c, d] = matrix;
  const alongLength = Math.hypot(a, b);
  const upLength = Math.hypot(c, d);
  if (alongLength === 0 || upLength === 0) return null;
  const u = { x: a / alongLength, y: b / alongLength };
  const v = { x: c / upLength, y: d / upLength };
  const edges = [
    Math.min(box.left, box.right) - origin.x,
    Math.max(box.left, box.right) - origin.x,
    Math.min(box.bottom, box.top) - origin.y,
    Math.max(box.bottom, box.top) - origin.y,
  ];

  const square =
    Math.min(Math.abs(u.x), Math.abs(u.y)) < SQUARE_SINE &&
    Math.min(Math.abs(v.x), Math.abs(v.y)) < SQUARE_SINE;
  const frame = square ? squareFrame(u, v, edges) : slantedFrame(u, v, edges);
  const around = frame !== null && frame.ascentPt > 0 && frame.descentPt <= 0;
  return around && frame.advancePt >= -FIT_SLACK_PT ? frame : null;
}

/** The frame of a glyph whose box edges are its own, by projection. */
function squareFrame(
  u: { x: number; y: number },
  v: { x: number; y: number },
  [left, right, bottom, top]: number[],
): GlyphFrame {
  const corners = [left!, right!].flatMap((x) =>
    [bottom!, top!].map((y) => ({ x, y })),
  );
  const along = corners.map((p) => p.x * u.x + p.y * u.y);
  const across = corners.map((p) => p.x * v.x + p.y * v.y);
  return {
    advancePt: Math.max(...along),
    ascentPt: Math.max(...across),
    descentPt: Math.min(...across),
  };
}

/** The frame of a slanted glyph, solved from its box's four edges. */
function slantedFrame(
  u: { x: number; y: number },
  v: { x: number; y: number },
  edges: number[],
): GlyphFrame | null {
  const rows = edgeRows(u, v);
  const solved = leastSquares(rows, edges);
  if (solved === null) return null;
  const fits = rows.every(
    (row, i) => Math.abs(dot(row, solved) - (edges[i] ?? 0)) <= FIT_SLACK_PT,
  );
  const [advancePt, ascentPt, descentPt] = solved;
  return fits ? { advancePt, ascentPt, descentPt } : null;
}

type Vector3 = [number, number, number];

/**
 * How each edge of the upright box (left, right, bottom, top, from the
 * origin) depends on [advance, ascent, descent]: a corner of the
 * rectangle reaches each edge, which one depending on where the baseline
 * and up directions point.
 */
function edgeRows(
  u: { x: number; y: number },
  v: { x: number; y: number },
): Vector3[] {
  const low = (along: number, up: number): Vector3 =>
    up >= 0 ? [Math.min(0, along), 0, up] : [Math.min(0, along), up, 0];
  const high = (along: number, up: number): Vector3 =>
    up >= 0 ? [Math.max(0, along), up, 0] : [Math.max(0, along), 0, up];
  return [low(u.x, v.x), high(u.x, v.x), low(u.y, v.y), high(u.y, v.y)];
}

/** Solves rows · x ≈ values for x by the normal equations (Cramer). */
function leastSquares(rows: Vector3[], values: number[]): Vector3 | null {
  const normal: Vector3[] = [0, 1, 2].map(
    (i) =>
      [0, 1, 2].map((j) =>
        rows.reduce((sum, row) => sum + row[i]! * row[j]!, 0),
      ) as Vector3,
  );
  const rhs = [0, 1, 2].map((i) =>
    rows.reduce((sum, row, k) => sum + row[i]! * (values[k] ?? 0), 0),
  ) as Vector3;

  const det = determinant(normal);
  if (Math.abs(det) < 1e-9) return null;
  return [0, 1, 2].map((column) => {
    const replaced = normal.map((row, i) => {
      const copy: Vector3 = [...row];
      copy[column] = rhs[i]!;
      return copy;
    });
    return determinant(replaced) / det;
  }) as Vector3;
}

function determinant([r0, r1, r2]: Vector3[]): number {
  const [a, b, c] = r0!;
  const [d, e, f] = r1!;
  const [g, h, i] = r2!;
  return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
}

function dot(a: Vector3, b: Vector3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
