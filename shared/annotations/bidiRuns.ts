/**
 * Lines of a comment split into runs of one direction, in the order they
 * are drawn from left to right. This is the small part of the Unicode
 * bidirectional algorithm an appearance stream needs: Arabic words read
 * right to left, while Latin words and numbers inside them keep reading
 * left to right ("قرار رقم 12" keeps "12", not "21"). A line whose first
 * strong letter is Arabic is right to left: its runs are drawn in reverse.
 */

/** One run of text, in logical (typed) order. */
export interface TextRun {
  readonly text: string;
  /** Right to left: an Arabic run, shaped and reversed by the font. */
  readonly rtl: boolean;
}

/** A line ready to be drawn: its runs left to right, and its direction. */
export interface VisualLine {
  readonly runs: readonly TextRun[];
  readonly rtl: boolean;
}

const ARABIC =
  "\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF";
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
/** Arabic letters, with the spaces and punctuation between two of them. */
const ARABIC_RUN = new RegExp(
  `[${ARABIC}]+(?:[\\s.,:;!?()«»"'-]+[${ARABIC}]+)*`,
  "g",
);

/** True when the text holds an Arabic-script character. */
export function hasArabic(text: string): boolean {
  return new RegExp(`[${ARABIC}]`).test(text);
}

/** The runs of a line in drawing order (see the file comment). */
export function visualLine(line: string): VisualLine {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of line.matchAll(ARABIC_RUN)) {
    const start = match.index;
    if (start > last) runs.push({ text: line.slice(last, start), rtl: false });
    runs.push({ text: match[0], rtl: true });
    last = start + match[0].length;
  }
  if (last < line.length) runs.push({ text: line.slice(last), rtl: false });

  const rtl = firstStrongIsArabic(line);
  if (!rtl) return { runs, rtl };

  // In a right-to-left line the spaces and punctuation around a Latin
  // run or a number follow the line's direction: " 12" after an Arabic
  // word is drawn "12 ", and the " · " before a date in a stamp's byline
  // stays between the name and the date.
  const mirrored = runs.map((run) =>
    run.rtl ? run : { ...run, text: mirrorEdgeNeutrals(run.text) },
  );
  return { runs: mirrored.reverse(), rtl };
}

/** A run with its edge spaces and punctuation drawn right to left. */
function mirrorEdgeNeutrals(text: string): string {
  const [, lead = "", core = "", trail = ""] =
    /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
  const reversed = (neutrals: string) => [...neutrals].reverse().join("");
  return reversed(trail) + core + reversed(lead);
}

function firstStrongIsArabic(line: string): boolean {
  for (const ch of line) {
    if (hasArabic(ch)) return true;
    if (LATIN_LETTER.test(ch)) return false;
  }
  return false;
}
