import { pdfPoint } from "../../shared/geo/coordinates";
import type { SearchBox } from "./searchHit";
import { runDirection, runHeightPt, type TextRun } from "./sheetText";

/**
 * How far glyphs reach above and below the baseline, as shares of the
 * font size, when PDFium gave no ascent and descent for them (a sheet or
 * run it could not read): these cover capitals and descenders of common
 * CAD and office fonts.
 */
const ASCENT = 0.85;
const DESCENT = 0.25;

/**
 * Ascents and descents PDFium gives beyond these shares of the font size
 * are not believed: they come from a font's declared metrics, which some
 * producers fill with junk (a topographic map's Arial claims twice the
 * font size above the baseline).
 */
const MIN_ASCENT = 0.4;
const MAX_ASCENT = 1.25;
const MAX_DESCENT = 0.5;

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
 * How far characters `[start, end)` reach above and below the baseline
 * (negative below), in points: the tallest ascent and deepest descent
 * PDFium gave for their glyphs, or fixed shares of the font size.
 */
function acrossRun(
  run: TextRun,
  start: number,
  end: number,
): { ascentPt: number; descentPt: number } {
  const size = runHeightPt(run);
  const believable = (top: number, bottom: number) =>
    top >= size * MIN_ASCENT &&
    top <= size * MAX_ASCENT &&
    bottom <= 0 &&
    bottom >= -size * MAX_DESCENT;

  let ascentPt = -Infinity;
  let descentPt = Infinity;
  const extents = run.extentsPt;
  for (let i = Math.max(0, start); i < Math.min(run.text.length, end); i++) {
    const top = extents?.[i * 2] ?? Number.NaN;
    const bottom = extents?.[i * 2 + 1] ?? Number.NaN;
    if (!believable(top, bottom)) continue;
    ascentPt = Math.max(ascentPt, top);
    descentPt = Math.min(descentPt, bottom);
  }
  if (ascentPt > descentPt) return { ascentPt, descentPt };
  return { ascentPt: size * ASCENT, descentPt: -size * DESCENT };
}

/**
 * The box, in PDF user space, of the characters `[start, end)` of a run
 * (UTF-16 offsets in its text): a rectangle turned with the run, with
 * the upright box around it.
 */
export function runBox(run: TextRun, start: number, end: number): SearchBox {
  const { fromPt, toPt } = alongRun(run, start, end);
  const { ascentPt, descentPt } = acrossRun(run, start, end);
  const along = runDirection(run);
  const size = runHeightPt(run);
  const [, , c, d, e, f] = run.transform;
  const up = size > 0 ? { x: c / size, y: d / size } : { x: 0, y: 1 };
  const at = (alongPt: number, risePt: number) =>
    pdfPoint(
      e + along.x * alongPt + up.x * risePt,
      f + along.y * alongPt + up.y * risePt,
    );

  const quad = [
    at(fromPt, descentPt),
    at(toPt, descentPt),
    at(toPt, ascentPt),
    at(fromPt, ascentPt),
  ] as const;
  const xs = quad.map((p) => p.x);
  const ys = quad.map((p) => p.y);
  return {
    from: pdfPoint(Math.min(...xs), Math.min(...ys)),
    to: pdfPoint(Math.max(...xs), Math.max(...ys)),
    quad,
  };
}
