import type { LinePiece } from "./bidiOrder";
import { runDirection, runHeightPt, type TextRun } from "./sheetText";

/** A gap wider than this share of the font size reads as a space. */
const SPACE_GAP = 0.15;
/** A gap wider than this share of the font size ends the line. */
const MAX_GAP = 1.5;
/**
 * Baselines further apart than this share of the font size differ, and
 * a run reaching back over its line by as much starts another one (a
 * CAD program's overdrawn bold, a label drawn across another).
 */
const MAX_OVERLAP = 0.5;

/** A line being gathered, measured along its first run's baseline. */
interface OpenLine {
  readonly first: TextRun;
  readonly members: { index: number; startPt: number; endPt: number }[];
  startPt: number;
  endPt: number;
}

/** Where a run lies along a line's baseline, or null if off the line. */
function placeOnLine(
  line: OpenLine,
  run: TextRun,
): { startPt: number; endPt: number } | null {
  const along = runDirection(line.first);
  const next = runDirection(run);
  if (along.x * next.x + along.y * next.y < 0.99) return null;

  const size = runHeightPt(line.first) || 1;
  const dx = run.transform[4] - line.first.transform[4];
  const dy = run.transform[5] - line.first.transform[5];
  if (Math.abs(-dx * along.y + dy * along.x) > size * MAX_OVERLAP) {
    return null;
  }

  const startPt = dx * along.x + dy * along.y;
  const endPt = startPt + run.widthPt;
  const fits = (gap: number) =>
    gap >= -size * MAX_OVERLAP && gap <= size * MAX_GAP;
  return fits(startPt - line.endPt) || fits(line.startPt - endPt)
    ? { startPt, endPt }
    : null;
}

/** A line's pieces left to right, with a space piece across each gap. */
function piecesOf(line: OpenLine, runs: readonly TextRun[]): LinePiece[] {
  const size = runHeightPt(line.first) || 1;
  const members = [...line.members].sort((a, b) => a.startPt - b.startPt);
  const pieces: LinePiece[] = [];
  members.forEach((member, i) => {
    const before = members[i - 1];
    if (
      before !== undefined &&
      member.startPt - before.endPt > size * SPACE_GAP
    ) {
      pieces.push({ run: -1, text: " " });
    }
    pieces.push({ run: member.index, text: runs[member.index]?.text ?? "" });
  });
  return pieces;
}

/**
 * A sheet's runs gathered into lines, each left to right along its
 * baseline. A run joins the line being gathered when it shares its
 * direction and baseline and continues it on either side; text drawn
 * right to left, glyph by glyph, or in pieces thus still makes one line.
 * Runs elsewhere start a new line, which no query can cross.
 */
export function textLines(runs: readonly TextRun[]): LinePiece[][] {
  const lines: LinePiece[][] = [];
  let open: OpenLine | null = null;

  runs.forEach((run, index) => {
    const place = open === null ? null : placeOnLine(open, run);
    if (open !== null && place !== null) {
      open.members.push({ index, ...place });
      open.startPt = Math.min(open.startPt, place.startPt);
      open.endPt = Math.max(open.endPt, place.endPt);
      return;
    }
    if (open !== null) lines.push(piecesOf(open, runs));
    const member = { index, startPt: 0, endPt: run.widthPt };
    open = { first: run, members: [member], startPt: 0, endPt: run.widthPt };
  });
  if (open !== null) lines.push(piecesOf(open, runs));
  return lines;
}
