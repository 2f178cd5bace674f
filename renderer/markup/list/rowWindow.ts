/**
 * The arithmetic of a list that mounts only the rows in sight: every row
 * has the same height, so a row's place follows from its index and no
 * row has to be measured.
 */

/** The rows to mount: indices from `first` up to, not including, `end`. */
export interface RowWindow {
  readonly first: number;
  readonly end: number;
}

/** Where the list's scroll box stands, in CSS pixels. */
export interface ScrollPlace {
  readonly scrollTopPx: number;
  readonly viewportPx: number;
}

/**
 * The rows in sight at `place`, plus `overscan` rows on either side so a
 * short scroll shows rows already mounted rather than a blank strip.
 */
export function rowWindow(
  place: ScrollPlace,
  count: number,
  rowPx: number,
  overscan: number,
): RowWindow {
  const top = Math.floor(place.scrollTopPx / rowPx);
  const bottom = Math.ceil((place.scrollTopPx + place.viewportPx) / rowPx);
  return {
    first: clamp(top - overscan, 0, count),
    end: clamp(bottom + overscan, 0, count),
  };
}

/** Whether two windows mount the same rows. */
export function sameWindow(a: RowWindow, b: RowWindow): boolean {
  return a.first === b.first && a.end === b.end;
}

/**
 * The scroll top that brings row `index` fully into sight, moving as
 * little as possible; null when it is in sight already.
 */
export function revealScrollTop(
  index: number,
  place: ScrollPlace,
  rowPx: number,
): number | null {
  const rowTop = index * rowPx;
  const rowBottom = rowTop + rowPx;
  if (rowTop < place.scrollTopPx) return rowTop;
  if (rowBottom > place.scrollTopPx + place.viewportPx) {
    return Math.max(0, rowBottom - place.viewportPx);
  }
  return null;
}

/**
 * Where a key moves the keyboard cursor among `count` rows; `pageRows`
 * is how many rows a page key skips. Null for keys the list ignores.
 */
export function cursorAfterKey(
  key: string,
  index: number,
  count: number,
  pageRows: number,
): number | null {
  if (count === 0) return null;
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + pageRows,
    PageUp: index - pageRows,
    Home: 0,
    End: count - 1,
  };
  const next = moves[key];
  return next === undefined ? null : clamp(next, 0, count - 1);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The rows in the window, and the keyboard cursor's row wherever it is,
 * so the Tab key always finds the list and a focused row is never
 * unmounted by a scroll. The window is cut to `count`: it is state that
 * catches up with a deletion only after this render.
 */
export function mountedIndices(
  range: { first: number; end: number },
  cursor: number,
  count: number,
): number[] {
  const end = Math.min(range.end, count);
  const first = Math.min(range.first, end);
  const indices: number[] = [];
  if (cursor >= 0 && cursor < first) indices.push(cursor);
  for (let i = first; i < end; i++) indices.push(i);
  if (cursor >= end && cursor < count) indices.push(cursor);
  return indices;
}
