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
  /** Characters (NFKC) still free to be claimed by the run's text. */
  readonly free: string[];
  readonly space: boolean;
  claimed: boolean;
}

/**
 * A sheet's runs with the span of each of their characters along the
 * baseline (see `TextRun.spansPt`), taken from where PDFium places each
 * glyph. pdf.js gives only a run's total width; PDFium gives every
 * glyph's origin, so a character reaches from its origin to the next
 * glyph's (or to the run's end). Runs whose characters cannot all be
 * found among PDFium's glyphs keep no spans and fall back to equal
 * shares of their width.
 */
export function placeGlyphs(sheet: SheetText, glyphs: PageGlyphs): SheetText {
  if (glyphs.codes.length === 0) return sheet;
  const grid = new GlyphGrid(glyphs);
  const runs = sheet.runs.map((run): TextRun => {
    const spansPt = runSpans(run, placesAlong(run, grid));
    return spansPt === null ? run : { ...run, spansPt };
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

  const { origins, boxes, codes } = grid.glyphs;
  const found: FoundGlyph[] = [];
  for (const i of grid.near(area)) {
    const dx = (origins[i * 2] ?? 0) - e;
    const dy = (origins[i * 2 + 1] ?? 0) - f;
    const alongPt = dx * along.x + dy * along.y;
    const offPt = -dx * along.y + dy * along.x;
    if (Math.abs(offPt) > rise) continue;
    if (alongPt < -END_SLACK_PT || alongPt > lastPt) continue;

    // The far end of its box along the baseline: its advance when the
    // text is upright or turned a quarter, more when slanted.
    const [left = 0, bottom = 0, right = 0, top = 0] = boxes.subarray(
      i * 4,
      i * 4 + 4,
    );
    const reachPt = Math.max(
      ...[left, right].flatMap((x) =>
        [bottom, top].map((y) => (x - e) * along.x + (y - f) * along.y),
      ),
    );
    found.push({ alongPt, reachPt, char: String.fromCodePoint(codes[i]!) });
  }
  return groupByPlace(found);
}

interface FoundGlyph {
  readonly alongPt: number;
  readonly reachPt: number;
  readonly char: string;
}

function groupByPlace(found: FoundGlyph[]): Place[] {
  found.sort((a, b) => a.alongPt - b.alongPt);
  const places: Place[] = [];
  for (const { alongPt, reachPt, char } of found) {
    const last = places.at(-1);
    const keys = keysOf(char);
    if (last !== undefined && alongPt - last.alongPt < SAME_PLACE_PT) {
      last.free.push(...keys);
      last.reachPt = Math.max(last.reachPt, reachPt);
      continue;
    }
    const space = isSpace(char);
    places.push({ alongPt, reachPt, free: keys, space, claimed: false });
  }
  return places;
}

/**
 * Each character of the run, in the order it stands on the sheet, claims
 * the first place from the last one claimed that holds it; PDFium splits
 * ligatures and Arabic presentation forms into letters at one place, and
 * a place may hold glyphs of another run (an overdrawn copy, a mark).
 */
function runSpans(run: TextRun, places: Place[]): Float64Array | null {
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
 * Start and end along the baseline of each character: a character ends
 * where its glyph's advance does, but never past the next claimed glyph
 * or drawn space (a slanted glyph's box reaches further than its
 * advance), nor past the run's end.
 */
function spansFrom(
  run: TextRun,
  starts: ReadonlyMap<number, Place>,
  places: readonly Place[],
): Float64Array {
  const bounds = places
    .filter((p) => p.claimed || p.space)
    .map((p) => p.alongPt);
  const spans = new Float64Array(run.text.length * 2).fill(Number.NaN);
  for (const [offset, place] of starts) {
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
  return spans;
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
