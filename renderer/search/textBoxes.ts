import { pdfPoint } from "../../shared/geo/coordinates";
import type { SearchBox } from "./searchHit";
import { runDirection, runHeightPt, type TextRun } from "./sheetText";

/**
 * How far glyphs reach above and below the baseline, as shares of the
 * font size. pdf.js gives no per-glyph boxes; these cover capitals and
 * descenders of common CAD and office fonts.
 */
const ASCENT = 0.85;
const DESCENT = 0.25;

/**
 * The box, in PDF user space, of the characters `[start, end)` of a run
 * (UTF-16 offsets in its text). Each character is given an equal share
 * of the run's width, which is exact for the monospaced fonts CAD
 * programs favour and close enough to find a word on others. Rotated
 * runs get the upright box around their turned rectangle.
 */
export function runBox(run: TextRun, start: number, end: number): SearchBox {
  const length = Math.max(run.text.length, 1);
  let from = Math.max(0, start) / length;
  let to = Math.min(length, end) / length;
  if (run.rtl) [from, to] = [1 - to, 1 - from];

  const along = runDirection(run);
  const size = runHeightPt(run);
  const [, , c, d, e, f] = run.transform;
  const up = size > 0 ? { x: c / size, y: d / size } : { x: 0, y: 1 };

  const corners = [from, to].flatMap((share) =>
    [-DESCENT, ASCENT].map((rise) => ({
      x: e + along.x * run.widthPt * share + up.x * size * rise,
      y: f + along.y * run.widthPt * share + up.y * size * rise,
    })),
  );
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return {
    from: pdfPoint(Math.min(...xs), Math.min(...ys)),
    to: pdfPoint(Math.max(...xs), Math.max(...ys)),
  };
}
