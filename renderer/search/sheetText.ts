/**
 * A piece of text on a sheet as pdf.js reads it (one text item).
 * `transform` is pdf.js's item matrix [a b c d e f] in PDF user space:
 * (e, f) is where the baseline starts, (a, b) points along the baseline
 * and (c, d) is the glyphs' up direction scaled by the font size.
 */
export interface TextRun {
  readonly text: string;
  readonly transform: readonly [number, number, number, number, number, number];
  /** Advance of the whole run along its baseline, in points. */
  readonly widthPt: number;
  /** Right-to-left text (Arabic): its first character is at the far end. */
  readonly rtl: boolean;
  /**
   * Where each character stands along the baseline, when PDFium's glyphs
   * tell (see glyphs/placeGlyphs.ts): for the character at UTF-16 offset
   * i, points from the run's start to where it starts (`[2i]`) and ends
   * (`[2i + 1]`); NaN for spaces and the second half of surrogate pairs.
   */
  readonly spansPt?: Float64Array;
  /**
   * How far each character reaches across the baseline, from the font's
   * ascent and descent PDFium gives (see glyphs/glyphFrame.ts): for the
   * character at UTF-16 offset i, points above the baseline to its top
   * (`[2i]`) and to its bottom (`[2i + 1]`, negative below); NaN where
   * unknown. Present with `spansPt`.
   */
  readonly extentsPt?: Float64Array;
}

/** The text of one sheet, in the order the PDF draws it. */
export interface SheetText {
  readonly sheetIndex: number;
  readonly runs: readonly TextRun[];
}

/** The fields of a pdf.js text item this module reads. */
interface PdfTextItemLike {
  readonly str?: unknown;
  readonly transform?: unknown;
  readonly width?: unknown;
  readonly dir?: unknown;
}

function isMatrix(value: unknown): value is TextRun["transform"] {
  return (
    Array.isArray(value) &&
    value.length === 6 &&
    value.every((n) => typeof n === "number" && Number.isFinite(n))
  );
}

/**
 * The runs of a sheet from pdf.js's `getTextContent().items`. Marked
 * content entries (no `str`) and empty items (pdf.js's line-end markers)
 * carry no glyphs and are left out.
 */
export function sheetTextFromItems(
  sheetIndex: number,
  items: readonly unknown[],
): SheetText {
  const runs: TextRun[] = [];
  for (const raw of items) {
    const item = raw as PdfTextItemLike;
    if (typeof item.str !== "string" || item.str === "") continue;
    if (!isMatrix(item.transform)) continue;
    runs.push({
      text: item.str,
      transform: item.transform,
      widthPt: typeof item.width === "number" ? item.width : 0,
      rtl: item.dir === "rtl",
    });
  }
  return { sheetIndex, runs };
}

/**
 * Whether a sheet has a text layer at all. Scanned sheets have none (or
 * only spaces), so a search cannot say anything about them.
 */
export function hasText(sheet: SheetText): boolean {
  return sheet.runs.some((run) => run.text.trim() !== "");
}

/** The font size of a run in points: the length of its up vector. */
export function runHeightPt(run: TextRun): number {
  const [, , c, d] = run.transform;
  return Math.hypot(c, d);
}

/** The unit vector along a run's baseline. */
export function runDirection(run: TextRun): { x: number; y: number } {
  const [a, b] = run.transform;
  const length = Math.hypot(a, b) || 1;
  return { x: a / length, y: b / length };
}
