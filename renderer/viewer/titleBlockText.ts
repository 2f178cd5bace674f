import type { PDFPageProxy } from "./pdfjs";
import type { Size } from "./viewState";

/** A run of text on the sheet as shown: top-left origin, y down. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** The glyphs' height, in points. */
  readonly sizePt: number;
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
  return best.text;
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
    runs.push({ text: item.str, x, y, sizePt: Math.hypot(c, d) });
  }
  return titleBlockTitle(runs, viewport);
}
