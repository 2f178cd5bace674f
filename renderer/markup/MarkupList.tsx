import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from "react";
import type { Markup } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import { cursorAfterKey, mountedIndices } from "./list/rowWindow";
import { MarkupListRow } from "./list/MarkupListRow";
import { useRowWindow } from "./list/useRowWindow";
import "./list/markupList.css";

/**
 * Height of a row in CSS pixels, two lines of text; markupList.css
 * keeps each line to one, so every row has this height and none needs
 * measuring.
 */
const ROW_PX = 60;

interface MarkupListProps {
  markups: readonly Markup[];
  replyCounts?: ReadonlyMap<string, number>;
  selectedId: string | null;
  onPick: (markup: Markup) => void;
}

/**
 * Every markup of the open document, by sheet, with its review status
 * and how many replies it has. Clicking one goes to its sheet and
 * highlights it. An imported review can bring thousands of markups, so
 * only the rows in sight are mounted; the arrow, page, Home and End
 * keys move among all of them, and a markup selected elsewhere (on the
 * sheet) is scrolled into sight.
 */
export const MarkupList = memo(function MarkupList(props: MarkupListProps) {
  const t = useT();
  const sorted = useMemo(() => byPlace(props.markups), [props.markups]);
  const count = sorted.length;
  const { scrollerRef, range, reveal, pageRows } = useRowWindow(count, ROW_PX);
  const selectedIndex = useMemo(
    () => sorted.findIndex((m) => m.id === props.selectedId),
    [sorted, props.selectedId],
  );
  const cursor = useCursor(
    { id: props.selectedId, index: selectedIndex },
    count,
    { scrollerRef, reveal },
  );
  const titleId = useId();

  // Rows get stable handlers, which read the latest list through a ref.
  const latest = useRef({ sorted, onPick: props.onPick, pageRows });
  useLayoutEffect(() => {
    latest.current = { sorted, onPick: props.onPick, pageRows };
  });
  const onPick = useCallback((index: number) => {
    const markup = latest.current.sorted[index];
    if (markup !== undefined) latest.current.onPick(markup);
  }, []);
  const { moveTo } = cursor;
  const onKey = useCallback(
    (index: number, event: KeyboardEvent) => {
      const { sorted: rows, pageRows: page } = latest.current;
      const next = cursorAfterKey(event.key, index, rows.length, page());
      if (next === null) return;
      event.preventDefault();
      if (next !== index) moveTo(next);
    },
    [moveTo],
  );

  return (
    <div className="markup-list">
      <h3 id={titleId}>{t("markup.list")}</h3>
      {count === 0 && <p className="muted">{t("markup.listEmpty")}</p>}
      <div
        ref={scrollerRef}
        className="markup-list-scroller"
        data-testid="markup-list-scroller"
      >
        <ul aria-labelledby={titleId} style={{ height: count * ROW_PX }}>
          {mountedIndices(range, cursor.index, count).map((index) => (
            <MarkupListRow
              key={sorted[index]!.id}
              markup={sorted[index]!}
              index={index}
              count={count}
              rowPx={ROW_PX}
              replies={props.replyCounts?.get(sorted[index]!.id) ?? 0}
              selected={index === selectedIndex}
              tabbable={index === cursor.index}
              onPick={onPick}
              onKey={onKey}
            />
          ))}
        </ul>
      </div>
    </div>
  );
});

/** The markups by sheet, then oldest first. */
function byPlace(markups: readonly Markup[]): Markup[] {
  return [...markups].sort(
    (a, b) =>
      a.sheetIndex - b.sheetIndex || a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * The row the keyboard is on: it follows the selection, and the keys
 * move it, scroll it into sight and focus it.
 */
function useCursor(
  selected: { id: string | null; index: number },
  count: number,
  list: {
    scrollerRef: RefObject<HTMLDivElement | null>;
    reveal: (index: number) => void;
  },
) {
  const { scrollerRef, reveal } = list;
  const [index, setIndex] = useState(0);
  const focusPending = useRef(false);
  const clamped = Math.min(index, count - 1);

  const { id: selectedId, index: selectedIndex } = selected;
  const found = selectedIndex >= 0;
  useLayoutEffect(() => {
    if (selectedIndex >= 0) setIndex(selectedIndex);
  }, [selectedIndex]);

  // A markup selected on the sheet, or from this list, comes into sight;
  // markups a sync adds or removes must not pull the list back to it.
  useLayoutEffect(() => {
    if (selectedIndex >= 0) reveal(selectedIndex);
  }, [selectedId, found]);

  // Focus moves once the row the keys went to is mounted.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const row = scrollerRef.current?.querySelector<HTMLElement>(
      `[data-index="${clamped}"]`,
    );
    row?.focus({ preventScroll: true });
  }, [clamped, scrollerRef]);

  const moveTo = useCallback(
    (next: number) => {
      focusPending.current = true;
      setIndex(next);
      reveal(next);
    },
    [reveal],
  );

  return { index: clamped, moveTo };
}
