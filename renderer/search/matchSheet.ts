import { LINE_BREAK, type JoinedText } from "./joinedText";
import type { SearchBox } from "./searchHit";
import type { SheetText } from "./sheetText";
import { runBox } from "./textBoxes";

/** A few words around a hit, to recognise it in the results list. */
export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** One occurrence of the query on a sheet. */
export interface SheetMatch {
  /** One box per run the match touches, in PDF user space. */
  readonly boxes: readonly SearchBox[];
  readonly snippet: Snippet;
}

/** Characters of context kept on each side of a hit. */
const CONTEXT_CHARS = 32;

/**
 * More hits than this on one sheet are not listed: a one-letter query
 * on a dense electrical plan would otherwise fill memory with boxes.
 */
export const MAX_MATCHES_PER_SHEET = 500;

/**
 * Every occurrence of a folded query (see `foldQuery`) in a sheet's
 * joined text, in drawing order, without overlaps.
 */
export function findInSheet(
  sheet: SheetText,
  joined: JoinedText,
  query: string,
): SheetMatch[] {
  const matches: SheetMatch[] = [];
  if (query === "") return matches;

  let at = joined.folded.indexOf(query);
  while (at >= 0 && matches.length < MAX_MATCHES_PER_SHEET) {
    const end = at + query.length;
    matches.push({
      boxes: matchBoxes(sheet, joined, at, end),
      snippet: snippetOf(joined, at, end),
    });
    at = joined.folded.indexOf(query, end);
  }
  return matches;
}

/** The boxes of folded characters `[start, end)`, one per run. */
function matchBoxes(
  sheet: SheetText,
  joined: JoinedText,
  start: number,
  end: number,
): SearchBox[] {
  // Per run touched: the first and last original offsets matched.
  const spans = new Map<number, { first: number; last: number }>();
  for (let i = start; i < end; i++) {
    const run = joined.runOf[i] ?? -1;
    if (run < 0) continue;
    const offset = joined.offsetOf[i] ?? 0;
    const span = spans.get(run);
    if (span === undefined) spans.set(run, { first: offset, last: offset });
    else span.last = Math.max(span.last, offset);
  }

  const boxes: SearchBox[] = [];
  for (const [index, span] of spans) {
    const run = sheet.runs[index];
    if (run === undefined) continue;
    boxes.push(
      runBox(run, span.first, span.last + charLength(run.text, span.last)),
    );
  }
  return boxes;
}

/** How many UTF-16 units the character at `offset` takes. */
function charLength(text: string, offset: number): number {
  const code = text.codePointAt(offset) ?? 0;
  return code > 0xffff ? 2 : 1;
}

/** The hit with some of its line on each side. */
function snippetOf(joined: JoinedText, start: number, end: number): Snippet {
  const { display, displayAt } = joined;
  const from = displayAt[start] ?? 0;
  const last = displayAt[end - 1] ?? from;
  const to = last + charLength(display, last);

  const lineStart = display.lastIndexOf(LINE_BREAK, from - 1) + 1;
  const lineEnd = display.indexOf(LINE_BREAK, to);
  const stop = lineEnd < 0 ? display.length : lineEnd;
  const left = Math.max(lineStart, from - CONTEXT_CHARS);
  const right = Math.min(stop, to + CONTEXT_CHARS);

  return {
    before: (left > lineStart ? "…" : "") + display.slice(left, from),
    match: display.slice(from, to),
    after: display.slice(to, right) + (right < stop ? "…" : ""),
  };
}
