import { logicalOrder } from "./bidiOrder";
import { foldText, unifyDecimals } from "./foldText";
import type { SheetText } from "./sheetText";
import { textLines } from "./textLines";

/**
 * A sheet's runs joined into one searchable string, line by line in
 * reading order (see textLines and logicalOrder), so "Salle" and "d'eau"
 * drawn as two pieces still match "salle d'eau" and an Arabic word drawn
 * glyph by glyph matches as typed. Lines are separated by a line break,
 * which no query can cross.
 *
 * For each character of `folded`: the run it came from (-1 for a space
 * read from a gap or a line break), its offset in that run's text, and
 * its index in `display`, the same join of the original text (for
 * snippets).
 */
export interface JoinedText {
  readonly folded: string;
  readonly display: string;
  readonly runOf: readonly number[];
  readonly offsetOf: readonly number[];
  readonly displayAt: readonly number[];
}

/** The break between lines. */
export const LINE_BREAK = "\n";

/** Joins a sheet's runs; see {@link JoinedText}. */
export function joinRuns(sheet: SheetText): JoinedText {
  // Characters gather in arrays: reading back the end of a string built
  // with += makes the engine flatten it each time.
  const folded: string[] = [];
  let display = "";
  const runOf: number[] = [];
  const offsetOf: number[] = [];
  const displayAt: number[] = [];
  let last = LINE_BREAK;

  const push = (char: string, run: number, offset: number, at: number) => {
    // Spaces never start a line nor follow another space.
    if (char === " " && (last === LINE_BREAK || last === " ")) return;
    last = char;
    folded.push(char);
    runOf.push(run);
    offsetOf.push(offset);
    displayAt.push(at);
  };

  textLines(sheet.runs).forEach((line, lineIndex) => {
    if (lineIndex > 0) {
      push(LINE_BREAK, -1, 0, display.length);
      display += LINE_BREAK;
    }
    for (const piece of logicalOrder(line)) {
      const start = display.length;
      const { text, origins } = foldText(piece.text);
      for (let i = 0; i < text.length; i++) {
        const origin = origins[i] ?? 0;
        push(text[i] ?? "", piece.run, origin, start + origin);
      }
      display += piece.text;
    }
  });

  // A dimension drawn glyph by glyph has its comma in a piece of its own.
  const joined = unifyDecimals(folded.join(""));
  return { folded: joined, display, runOf, offsetOf, displayAt };
}
