import { foldText } from "./foldText";
import {
  runDirection,
  runHeightPt,
  type SheetText,
  type TextRun,
} from "./sheetText";

/**
 * A sheet's runs joined into one searchable string. Runs that continue
 * each other on the same line are joined (with a space when the PDF
 * leaves a gap), so "Salle" and "d'eau" drawn as two pieces still match
 * "salle d'eau"; runs elsewhere on the sheet are separated by a line
 * break, which no query can cross.
 *
 * For each character of `folded`: the run it came from (-1 for a
 * separator), its offset in that run's text, and its index in `display`,
 * the same join of the original text (for snippets).
 */
export interface JoinedText {
  readonly folded: string;
  readonly display: string;
  readonly runOf: readonly number[];
  readonly offsetOf: readonly number[];
  readonly displayAt: readonly number[];
}

/** The break between runs that are not on one line. */
export const LINE_BREAK = "\n";

/** A gap wider than this share of the font size reads as a space. */
const SPACE_GAP = 0.15;
/** A gap wider than this share of the font size ends the line. */
const MAX_GAP = 1.5;
/** Baselines further apart than this share of the font size differ. */
const MAX_BASELINE_SHIFT = 0.5;

/**
 * What separates run `b` from the run `a` drawn just before it: nothing
 * when `b` continues `a`'s line without a gap, a space across a small
 * gap, a line break otherwise (another direction, another baseline, far
 * away or drawn back over `a`).
 */
export function separatorBetween(a: TextRun, b: TextRun): string {
  const along = runDirection(a);
  const next = runDirection(b);
  if (along.x * next.x + along.y * next.y < 0.99) return LINE_BREAK;

  const size = runHeightPt(a) || 1;
  const dx = b.transform[4] - a.transform[4];
  const dy = b.transform[5] - a.transform[5];
  const shift = -dx * along.y + dy * along.x;
  if (Math.abs(shift) > size * MAX_BASELINE_SHIFT) return LINE_BREAK;

  // Right-to-left text continues towards the baseline's start.
  const offset = dx * along.x + dy * along.y;
  const gap = a.rtl ? -(offset + b.widthPt) : offset - a.widthPt;
  if (gap < -size * MAX_BASELINE_SHIFT || gap > size * MAX_GAP) {
    return LINE_BREAK;
  }
  return gap > size * SPACE_GAP ? " " : "";
}

/** Joins a sheet's runs; see {@link JoinedText}. */
export function joinRuns(sheet: SheetText): JoinedText {
  let folded = "";
  let display = "";
  const runOf: number[] = [];
  const offsetOf: number[] = [];
  const displayAt: number[] = [];

  const push = (char: string, run: number, offset: number, at: number) => {
    // Spaces never start a line nor follow another space.
    const last = folded.at(-1);
    if (char === " " && (last === undefined || last === " ")) return;
    if (char === " " && last === LINE_BREAK) return;
    folded += char;
    runOf.push(run);
    offsetOf.push(offset);
    displayAt.push(at);
  };

  sheet.runs.forEach((run, index) => {
    const before = sheet.runs[index - 1];
    if (before !== undefined) {
      const separator = separatorBetween(before, run);
      if (separator !== "") push(separator, -1, 0, display.length);
      display += separator;
    }

    const start = display.length;
    const { text, origins } = foldText(run.text);
    for (let i = 0; i < text.length; i++) {
      const origin = origins[i] ?? 0;
      push(text[i] ?? "", index, origin, start + origin);
    }
    display += run.text;
  });

  return { folded, display, runOf, offsetOf, displayAt };
}
