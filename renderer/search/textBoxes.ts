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
 * Where the characters `[start, end)` of a run lie along its baseline,
 * in points from its start: from the characters' own spans when PDFium
 * placed them, otherwise an equal share of the run's width per character
 * (exact for the monospaced fonts CAD programs favour, a little off on
 * proportional ones).
 */
function alongRun(
  run: TextRun,
  start: number,
  end: number,
): { fromPt: number; toPt: number } {
  const measured = measuredSpan(run, start, end);
  if (measured !== null) return measured;

  const length = Math.max(run.text.length, 1);
  let from = Math.max(0, start) / length;
  let to = Math.min(length, end) / length;
  if (run.rtl) [from, to] = [1 - to, 1 - from];
  return { fromPt: from * run.widthPt, toPt: to * run.widthPt };
}

/** The union of the known spans of characters `[start, end)`, if any. */
function measuredSpan(
  run: TextRun,
  start: number,
  end: number,
): { fromPt: number; toPt: number } | null {
  const spans = run.spansPt;
  if (spans === undefined) return null;
  let fromPt = Infinity;
  let toPt = -Infinity;
  for (let i = Math.max(0, start); i < Math.min(run.text.length, end); i++) {
    const charFrom = spans[i * 2] ?? Number.NaN;
    if (Number.isNaN(charFrom)) continue;
    fromPt = Math.min(fromPt, charFrom);
    toPt = Math.max(toPt, spans[i * 2 + 1] ?? charFrom);
  }
  return fromPt <= toPt ? { fromPt, toPt } : null;
}

/**
 * The box, in PDF user space, of the characters `[start, end)` of a run
 * (UTF-16 offsets in its text). Rotated runs get the upright box around
 * their turned rectangle.
 */
export function runBox(run: TextRun, start: number, end: number): SearchBox {
  const { fromPt, toPt } = alongRun(run, start, end);
  const along = runDirection(run);
  const size = runHeightPt(run);
  const [, , c, d, e, f] = run.transform;
  const up = size > 0 ? { x: c / size, y: d / size } : { x: 0, y: 1 };

  const corners = [fromPt, toPt].flatMap((t) =>
    [-DESCENT, ASCENT].map((rise) => ({
      x: e + along.x * t + up.x * size * rise,
      y: f + along.y * t + up.y * size * rise,
    })),
  );
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return {
    from: pdfPoint(Math.min(...xs), Math.min(...ys)),
    to: pdfPoint(Math.max(...xs), Math.max(...ys)),
  };
}
