import {
  runDirection,
  runHeightPt,
  type SheetText,
  type TextRun,
} from "../sheetText";
import { GlyphGrid } from "./glyphGrid";
import type { PageGlyphs } from "./pageGlyphs";

/**
 * How far a glyph's origin may stand off its run's baseline, as a share
 * of the font size: accents and tashkeel sit a little above it.
 */
const MAX_RISE = 0.3;
/** Origins closer than this along a baseline are one place, in points. */
const SAME_PLACE_PT = 0.01;
/** Slack at a run's ends for rounding between the two readers. */
const END_SLACK_PT = 0.1;

/** Glyphs at one place along a run's baseline. */
interface Place {
  readonly alongPt: number;
  /** How far along the baseline the place's glyphs advance. */
  reachPt: number;
  /** Their top and bottom along the up direction (NaN if unknown). */
  ascentPt: number;
  descentPt: number;
  /** Characters (NFKC) still free to be claimed by the run's text. */
  readonly free: string[];
  readonly space: boolean;
  claimed: boolean;
}

/**
 * A sheet's runs with the span of each of their characters along the
 * baseline and their height across it (see `TextRun.spansPt` and
 * `extentsPt`), taken from where PDFium places each glyph and the
 * font's ascent and descent it gives. pdf.js gives only a run's total
 * width; PDFium gives every glyph's origin, so a character reaches from
 * its origin to the next glyph's (or to the end of its advance). Runs
 * whose characters cannot all be found among PDFium's glyphs keep no
 * spans and fall back to equal shares of their width.
 */
export function placeGlyphs(sheet: SheetText, glyphs: PageGlyphs): SheetText {
  if (glyphs.codes.length === 0) return sheet;
  const grid = new GlyphGrid(glyphs);
  const runs = sheet.runs.map((run): TextRun => {
    const placed = runSpans(run, placesAlong(run, grid));
    return placed === null ? run : { ...run, ...placed };
  });
  return { ...sheet, runs };
}

/** The glyphs on a run's baseline, grouped by place, left to right. */
function placesAlong(run: TextRun, grid: GlyphGrid): Place[] {
  const along = runDirection(run);
  const [, , , , e, f] = run.transform;
  const rise = runHeightPt(run) * MAX_RISE;
  const lastPt = Math.max(run.widthPt - END_SLACK_PT, END_SLACK_PT);

  const ends = [-END_SLACK_PT, lastPt].flatMap((t) =>
    [-rise, rise].map((r) => ({
      x: e + along.x * t - along.y * r,
      y: f + along.y * t + along.x * r,
    })),
  );
  const area = {
    minX: Math.min(...ends.map((p) => p.x)),
    minY: Math.min(...ends.map((p) => p.y)),
    maxX: Math.max(...ends.map((p) => p.x)),
    maxY: Math.max(...ends.map((p) => p.y)),
  };

  const { origins, frames, codes } = grid.glyphs;
  const found: FoundGlyph[] = [];
  for (const i of grid.near(area)) {
    const dx = (origins[i * 2] ?? 0) - e;
    const dy = (origins[i * 2 + 1] ?? 0) - f;
    const alongPt = dx * along.x + dy * along.y;
    const offPt = -dx * along.y + dy * along.x;
    if (Math.abs(offPt) > rise) continue;
    if (alongPt < -END_SLACK_PT || alongPt > lastPt) continue;

    // Measured in the glyph's own frame, so slanted text ends where its
    // advance does, not where its upright box would.
    const [advancePt = NaN, ascentPt = NaN, descentPt = NaN] = frames.subarray(
      i * 3,
      i * 3 + 3,
    );
    found.push({
      alongPt,
      reachPt: alongPt + advancePt,
      ascentPt,
      descentPt,
      char: String.fromCodePoint(codes[i]!),
    });
  }
  return groupByPlace(found);
}

interface FoundGlyph {
  readonly alongPt: number;
  readonly reachPt: number;
  readonly ascentPt: number;
  readonly descentPt: number;
  readonly char: string;
}

function groupByPlace(found: FoundGlyph[]): Place[] {
  found.sort((a, b) => a.alongPt - b.alongPt);
  const places: Place[] = [];
  for (const glyph of found) {
    const last = places.at(-1);
    const keys = keysOf(glyph.char);
    if (last !== undefined && glyph.alongPt - last.alongPt < SAME_PLACE_PT) {
      last.free.push(...keys);
      last.reachPt = widest(last.reachPt, glyph.reachPt, Math.max);
      last.ascentPt = widest(last.ascentPt, glyph.ascentPt, Math.max);
      last.descentPt = widest(last.descentPt, glyph.descentPt, Math.min);
      continue;
    }
    const { char, ...measures } = glyph;
    places.push({
      ...measures,
      free: keys,
      space: isSpace(char),
      claimed: false,
    });
  }
  return places;
}

/** The farther of two measures by `pick`, either of which may be NaN. */
function widest(
  a: number,
  b: number,
  pick: (a: number, b: number) => number,
): number {
  if (Number.isNaN(a)) return b;
  return Number.isNaN(b) ? a : pick(a, b);
}

/**
 * Each character of the run, in the order it stands on the sheet, claims
 * the first place from the last one claimed that holds it; PDFium splits
 * ligatures and Arabic presentation forms into letters at one place, and
 * a place may hold glyphs of another run (an overdrawn copy, a mark).
 */
function runSpans(
  run: TextRun,
  places: Place[],
): Pick<Required<TextRun>, "spansPt" | "extentsPt"> | null {
  if (places.length === 0) return null;
  // The place each character starts at, by UTF-16 offset.
  const starts = new Map<number, Place>();
  let at = 0;
  for (const { char, offset } of charsOnSheet(run)) {
    if (isSpace(char)) continue;
    for (const key of keysOf(char)) {
      at = claim(places, at, key);
      if (at < 0) return null;
      if (!starts.has(offset)) starts.set(offset, places[at]!);
    }
  }
  return spansFrom(run, starts, places);
}

/** The index of the place from `from` on that held `key`, or -1. */
function claim(places: Place[], from: number, key: string): number {
  for (let i = from; i < places.length; i++) {
    const place = places[i]!;
    const index = place.free.indexOf(key);
    if (index < 0) continue;
    place.free.splice(index, 1);
    place.claimed = true;
    return i;
  }
  return -1;
}

/**
 * Start and end along the baseline of each character, and its glyph's
 * ascent and descent: a character ends where its glyph's advance does,
 * but never past the next claimed glyph or drawn space (kerning), nor
 * past the run's end.
 */
function spansFrom(
  run: TextRun,
  starts: ReadonlyMap<number, Place>,
  places: readonly Place[],
): Pick<Required<TextRun>, "spansPt" | "extentsPt"> {
  const bounds = places
    .filter((p) => p.claimed || p.space)
    .map((p) => p.alongPt);
  const spans = new Float64Array(run.text.length * 2).fill(Number.NaN);
  const extents = new Float64Array(run.text.length * 2).fill(Number.NaN);
  for (const [offset, place] of starts) {
    extents[offset * 2] = place.ascentPt;
    extents[offset * 2 + 1] = place.descentPt;
    const startPt = place.alongPt;
    const next = bounds.find((b) => b > startPt + SAME_PLACE_PT);
    let endPt = Math.max(next ?? run.widthPt, startPt);
    // A glyph without an advance (a mark, an empty box) tells nothing.
    if (place.reachPt > startPt + SAME_PLACE_PT) {
      endPt = Math.min(endPt, place.reachPt);
    }
    spans[offset * 2] = startPt;
    spans[offset * 2 + 1] = endPt;
  }
  return { spansPt: spans, extentsPt: extents };
}

/** A run's characters left to right along its baseline. */
function charsOnSheet(run: TextRun): { char: string; offset: number }[] {
  const chars: { char: string; offset: number }[] = [];
  let offset = 0;
  for (const char of run.text) {
    chars.push({ char, offset });
    offset += char.length;
  }
  return run.rtl ? chars.reverse() : chars;
}

/** The letters a character compares as: its compatibility decomposition. */
function keysOf(char: string): string[] {
  return [...char.normalize("NFKC")];
}

function isSpace(char: string): boolean {
  return /^\s$/u.test(char);
}
