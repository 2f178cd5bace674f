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
 * The frame of a glyph from what PDFium gives for it: its origin, its
 * loose box (`FPDFText_GetLooseCharBox`: the font's ascent and descent
 * over the glyph's advance, turned by the glyph's matrix, then boxed
 * upright) and that matrix's [a, b, c, d]. Null when the box is not the
 * turned rectangle it should be (vertical writing, fonts without
 * metrics) or the matrix is flat.
 *
 * Why solve: the upright box of a slanted glyph says neither where its
 * advance ends nor how tall it is; each of its four edges is one corner
 * of the turned rectangle, so the three lengths come back exactly.
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

  const rows = edgeRows(u, v);
  const edges = [
    Math.min(box.left, box.right) - origin.x,
    Math.max(box.left, box.right) - origin.x,
    Math.min(box.bottom, box.top) - origin.y,
    Math.max(box.bottom, box.top) - origin.y,
  ];
  const solved = leastSquares(rows, edges);
  if (solved === null) return null;

  const [advancePt, ascentPt, descentPt] = solved;
  const fits = rows.every(
    (row, i) => Math.abs(dot(row, solved) - (edges[i] ?? 0)) <= FIT_SLACK_PT,
  );
  const sane = advancePt >= -FIT_SLACK_PT && ascentPt >= descentPt;
  return fits && sane ? { advancePt, ascentPt, descentPt } : null;
}

/** Sines below this make a glyph upright or turned a quarter. */
const SQUARE_SINE = 1e-3;

/**
 * A frame stretched across the baseline to cover the glyph's ink (its
 * tight box, `FPDFText_GetCharBox`): some fonts declare an ascent or a
 * descent their own letters overshoot (a subset claiming no descent has
 * a "y"). Only for glyphs upright or turned a quarter, whose upright ink
 * box is their ink's extent; a slanted glyph's would overstate it.
 */
export function coverInk(
  frame: GlyphFrame,
  origin: { readonly x: number; readonly y: number },
  ink: { left: number; bottom: number; right: number; top: number },
  matrix: readonly [number, number, number, number],
): GlyphFrame {
  const [, , c, d] = matrix;
  const upLength = Math.hypot(c, d);
  const square =
    Math.abs(c) <= upLength * SQUARE_SINE ||
    Math.abs(d) <= upLength * SQUARE_SINE;
  if (upLength === 0 || !square || ink.right - ink.left <= 0) return frame;

  const rises = [ink.left, ink.right].flatMap((x) =>
    [ink.bottom, ink.top].map(
      (y) => ((x - origin.x) * c + (y - origin.y) * d) / upLength,
    ),
  );
  return {
    advancePt: frame.advancePt,
    ascentPt: Math.max(frame.ascentPt, ...rises),
    descentPt: Math.min(frame.descentPt, ...rises),
  };
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
