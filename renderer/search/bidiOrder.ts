/** A piece of a line: part of a run's text, or a gap read as a space. */
export interface LinePiece {
  /** Index of the run, or -1 for a gap between runs. */
  readonly run: number;
  readonly text: string;
}

type Strength = "rtl" | "ltr" | "neutral";

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** Letter counts of a text by direction; digits read left to right. */
function letters(text: string): { rtl: number; ltr: number } {
  let rtl = 0;
  let ltr = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      // ASCII, most of a plan's text: letters and digits read left to right.
      if (/[a-z0-9]/i.test(char)) ltr++;
      continue;
    }
    if (LETTER.test(char) && RIGHT_TO_LEFT_SCRIPT.test(char)) rtl++;
    else if (LETTER.test(char) || DIGIT.test(char)) ltr++;
  }
  return { rtl, ltr };
}

function strengthOf(text: string): Strength {
  const { rtl, ltr } = letters(text);
  if (rtl > 0) return "rtl";
  return ltr > 0 ? "ltr" : "neutral";
}

/**
 * Spaces and punctuation between two pieces of one direction take that
 * direction; elsewhere, the line's.
 */
function resolveNeutrals(strengths: Strength[], base: Strength): Strength[] {
  return strengths.map((strength, index) => {
    if (strength !== "neutral") return strength;
    const before = strengths.slice(0, index).findLast((s) => s !== "neutral");
    const after = strengths.slice(index + 1).find((s) => s !== "neutral");
    return before !== undefined && before === after ? before : base;
  });
}

/**
 * The pieces of a line, given left to right as they stand on the sheet,
 * in reading order. Many PDFs (Chromium's among them) draw Arabic glyph
 * by glyph from the left, so a word's letters arrive reversed. This is
 * the part of the Unicode bidirectional algorithm that matters for
 * finding words: a line whose letters are mostly Arabic reads from the
 * right, and within any line a run of the other direction keeps its own
 * order (a number or a Latin word inside Arabic, an Arabic name inside
 * French).
 */
export function logicalOrder(visual: readonly LinePiece[]): LinePiece[] {
  const counts = letters(visual.map((p) => p.text).join(""));
  const base: Strength = counts.rtl > counts.ltr ? "rtl" : "ltr";
  const strengths = resolveNeutrals(
    visual.map((p) => strengthOf(p.text)),
    base,
  );

  // Consecutive pieces of one direction, left to right.
  const segments: { strength: Strength; pieces: LinePiece[] }[] = [];
  visual.forEach((piece, index) => {
    const strength = strengths[index] ?? base;
    const last = segments.at(-1);
    if (last?.strength === strength) last.pieces.push(piece);
    else segments.push({ strength, pieces: [piece] });
  });

  const ordered = base === "rtl" ? segments.reverse() : segments;
  return ordered.flatMap((segment) =>
    segment.strength === "rtl" ? segment.pieces.reverse() : segment.pieces,
  );
}
