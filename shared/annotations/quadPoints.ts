import type { PagePoint } from "./xfdfGeometry";

/*
 * Highlights keep each quad as the ring the viewer draws: its four
 * corners going round (top-left, top-right, bottom-right, bottom-left
 * for a box drawn on screen). PDF's /QuadPoints and XFDF's `coords` list
 * a quad as top-left, top-right, bottom-left, bottom-right instead, and
 * some writers go round anyway; a ring written in the wrong order is a
 * bow-tie in poppler. These helpers turn one order into the other.
 */

type Quad = readonly [PagePoint, PagePoint, PagePoint, PagePoint];

/** The signed area of a ring: positive going anticlockwise (y up). */
export function signedArea(ring: readonly PagePoint[]): number {
  let sum = 0;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] ?? a;
    sum += a.x * b.y - b.x * a.y;
  });
  return sum / 2;
}

/**
 * The quad's corners going round, whichever order they came in: of the
 * two readings (going round, or crossing between the 2nd and 3rd corner)
 * the one that encloses more area is the real shape; the other is a
 * bow-tie that encloses almost none.
 */
function ringOf([a, b, c, d]: Quad): Quad {
  const round: Quad = [a, b, c, d];
  const crossed: Quad = [a, b, d, c];
  return Math.abs(signedArea(crossed)) > Math.abs(signedArea(round))
    ? crossed
    : round;
}

function quadsOf(points: readonly PagePoint[]): Quad[] {
  const quads: Quad[] = [];
  for (let i = 0; i + 3 < points.length; i += 4) {
    const [a, b, c, d] = points.slice(i, i + 4);
    if (a && b && c && d) quads.push([a, b, c, d]);
  }
  return quads;
}

/** Points of quads in either order, as rings going round. */
export function quadRings(points: readonly PagePoint[]): PagePoint[] {
  return quadsOf(points).flatMap(ringOf);
}

/**
 * Points of quads in either order, as /QuadPoints and XFDF `coords`
 * write them: top-left, top-right, bottom-left, bottom-right, the order
 * Acrobat writes and poppler, MuPDF and pdf.js read.
 */
export function quadPointsOrder(points: readonly PagePoint[]): PagePoint[] {
  return quadsOf(points).flatMap((quad) => {
    const [a, b, c, d] = ringOf(quad);
    return [a, b, d, c];
  });
}
