/**
 * Text folded for searching, with the way back: `origins[i]` is the index
 * (UTF-16 unit) in the original string of the character that gave folded
 * character `i`, so a match found in folded text can be drawn on the
 * original glyphs.
 */
export interface FoldedText {
  readonly text: string;
  readonly origins: readonly number[];
}

/**
 * Letters that differ in writing but not for a reviewer looking for a
 * word. Arabic: tāʾ marbūṭa is often typed as hāʾ and alif maqṣūra as yāʾ;
 * the wasla alif, Persian yeh and keheh come from some Arabic keyboards.
 * French: the ligatures œ and æ are typed as two letters. Apostrophes
 * come curly from CAD text and straight from a keyboard.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  "\u0629": "\u0647", // ة → ه
  "\u0649": "\u064A", // ى → ي
  "\u0671": "\u0627", // ٱ → ا
  "\u06CC": "\u064A", // ی → ي
  "\u06A9": "\u0643", // ک → ك
  œ: "oe",
  æ: "ae",
  "\u2019": "'",
  "\u2018": "'",
  "\u02BC": "'",
};

/** Arabic tatweel (kashida): stretches a word, carries no letter. */
const TATWEEL = "\u0640";

/**
 * Combining marks: French accents once decomposed, Arabic tashkeel and
 * the hamza and madda that decomposition splits off alif (أ إ آ → ا).
 */
const COMBINING_MARK = /\p{M}/u;

const WHITESPACE = /\s/u;

function isWhitespace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(char);
}

/** Arabic-Indic and extended Arabic-Indic digits, as Latin digits. */
function foldDigit(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return char;
}

/** One character (code point) of the original, folded; may be empty. */
function foldChar(char: string): string {
  // Most CAD text is ASCII, which only needs its case folded.
  if (char.charCodeAt(0) < 0x80) return char.toLowerCase();

  let folded = "";
  // NFKD splits accents and hamza off their letters, and turns Arabic
  // presentation forms (how some PDFs store shaped Arabic) and ligatures
  // such as "ﬁ" back into plain letters.
  for (const part of char.normalize("NFKD")) {
    if (COMBINING_MARK.test(part) || part === TATWEEL) continue;
    const lower = part.toLowerCase();
    folded += LETTER_FOLDS[lower] ?? foldDigit(lower);
  }
  return folded;
}

/**
 * A decimal separator between two (folded) digits: the comma of French
 * and Moroccan practice, the point of CAD defaults, the Arabic decimal
 * separator (٫).
 */
const DECIMAL_SEPARATOR = /(?<=[0-9])[.,\u066B](?=[0-9])/g;

/**
 * Makes every decimal separator between digits a point, so "17,53" finds
 * "17.53" and the other way round, whichever a dimension was written
 * with. One character stands for one, so indexes (and hit boxes) hold.
 * Exported for text folded in pieces and joined afterwards (joinRuns),
 * where a separator and its digits may come from different pieces.
 */
export function unifyDecimals(folded: string): string {
  return folded.replace(DECIMAL_SEPARATOR, ".");
}

/**
 * Folds text for a case-, accent- and tashkeel-insensitive search: lower
 * case, no combining marks, no tatweel, the letter variants above made
 * one, decimal separators between digits a point, and any run of
 * whitespace (including no-break spaces) one space.
 */
export function foldText(original: string): FoldedText {
  let text = "";
  const origins: number[] = [];
  let index = 0;
  let afterSpace = false;

  for (const char of original) {
    const folded = isWhitespace(char) ? " " : foldChar(char);
    for (const part of folded) {
      // One space stands for a whole run of whitespace.
      if (part === " " && afterSpace) continue;
      afterSpace = part === " ";
      text += part;
      // One origin per UTF-16 unit, so indexes into `text` find theirs.
      for (let unit = 0; unit < part.length; unit++) origins.push(index);
    }
    index += char.length;
  }
  return { text: unifyDecimals(text), origins };
}

/** A query folded like the sheets' text, without outer spaces. */
export function foldQuery(query: string): string {
  return foldText(query).text.trim();
}
