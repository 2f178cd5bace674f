import type { PDFPageProxy } from "./pdfjs";
import type { Size } from "./viewState";

/** A run of text on the sheet as shown: top-left origin, y down. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** The glyphs' height, in points. */
  readonly sizePt: number;
  /** The run's length along its line, in points, when known. */
  readonly width?: number;
}

/**
 * Where title blocks sit on plan sheets: the lower right corner, whether
 * the block is a box there (European sheets) or the foot of a strip up
 * the right edge (American ones). Shares of the sheet's width and height.
 */
const TITLE_BLOCK = { fromX: 0.6, fromY: 0.55 } as const;

/** A title says something: at least three letters, and not a paragraph. */
const WORDS = /\p{L}.*\p{L}.*\p{L}/u;
const MAX_TITLE_CHARS = 80;

/**
 * The sheet's title as its title block shows it: the largest text in the
 * title block's corner; null when there is none (a scan, text drawn as
 * strokes).
 */
export function titleBlockTitle(
  runs: readonly PlacedText[],
  sheet: Size,
): string | null {
  const corner = runs.filter(
    (run) =>
      run.x >= sheet.width * TITLE_BLOCK.fromX &&
      run.y >= sheet.height * TITLE_BLOCK.fromY,
  );
  let best: PlacedText | null = null;
  for (const run of corner) {
    const text = run.text.trim();
    // A field's caption ("Client:") is not its value.
    if (!WORDS.test(text) || text.endsWith(":")) continue;
    if (text.length > MAX_TITLE_CHARS) continue;
    if (best === null || run.sizePt > best.sizePt) best = { ...run, text };
  }

  // A title stands out from the block's other writing; when nothing
  // does, the block names no sheet the viewer could tell.
  const sizes = corner.map((run) => run.sizePt).sort((p, q) => p - q);
  const median = sizes[Math.floor((sizes.length - 1) / 2)] ?? 0;
  if (best === null || best.sizePt < median * STANDS_OUT) return null;
  return wholeTitle(best, corner);
}

/**
 * A title set on several lines ("FLOOR PLAN - / LEVEL 01 - AREA / A -
 * POWER & / SIGNAL"), read from the line `first` found: the runs of its
 * size stacked right above and below it and beside it across, whatever
 * their alignment; just `first` when they would make a paragraph.
 */
function wholeTitle(first: PlacedText, corner: readonly PlacedText[]): string {
  const size = first.sizePt;
  const lines = corner
    .filter(
      (run) =>
        Math.abs(run.sizePt - size) <= size * SAME_SIZE &&
        overlapsAcross(run, first),
    )
    .sort((p, q) => p.y - q.y);
  const at = lines.findIndex((run) => run.y === first.y && run.x === first.x);
  if (at < 0) return first.text;
  const stacked = (upper: PlacedText, lower: PlacedText) =>
    lower.y - upper.y > size * 0.5 && lower.y - upper.y <= size * 2;
  let top = at;
  while (top > 0 && stacked(lines[top - 1]!, lines[top]!)) top--;
  let bottom = at;
  while (
    bottom < lines.length - 1 &&
    stacked(lines[bottom]!, lines[bottom + 1]!)
  ) {
    bottom++;
  }
  const text = lines
    .slice(top, bottom + 1)
    .map((run) => run.text.trim())
    .join(" ");
  return text.length > MAX_TITLE_CHARS ? first.text : text;
}

/** How far apart two runs' sizes may be and still be one title's lines. */
const SAME_SIZE = 0.1;

/** Whether two runs share some of the sheet's width (width unknown: no). */
function overlapsAcross(a: PlacedText, b: PlacedText): boolean {
  if (a === b) return true;
  if (a.width === undefined || b.width === undefined) return false;
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

/** How much larger than the block's usual text a title is. */
const STANDS_OUT = 1.5;

/**
 * Reads a sheet's text runs and picks its title block's title. It costs
 * one text extraction of the sheet (in pdf.js's worker), so the strip
 * asks only for sheets in view that have no label or bookmark.
 */
export async function readTitleBlockTitle(
  page: PDFPageProxy,
): Promise<string | null> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: PlacedText[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    // The text matrix: its second column is the glyphs' upward vector.
    const [, , c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
    const sizePt = Math.hypot(c, d);
    runs.push({ text: item.str, x, y, sizePt, width: item.width });
  }
  return titleBlockTitle(runs, viewport);
}
