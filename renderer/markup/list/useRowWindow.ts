import { useCallback, useLayoutEffect, useRef, useState } from "react";
import {
  revealScrollTop,
  rowWindow,
  sameWindow,
  type RowWindow,
  type ScrollPlace,
} from "./rowWindow";

/** Rows mounted beyond each edge of the scroll box. */
const OVERSCAN_ROWS = 6;
/** The box's height until it is measured, so the first paint has rows. */
const UNMEASURED_PX = 600;

/**
 * The rows of a fixed-height list that its scroll box shows. The window
 * is state, but it changes only when a row crosses an edge of the box,
 * so scrolling within a row re-renders nothing.
 *
 * The box's place is kept from its scroll and resize events rather than
 * read when needed: a read during a commit (a selection that also
 * changed the sheet) would force the page's layout early.
 */
export function useRowWindow(count: number, rowPx: number) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const place = useRef<ScrollPlace>({
    scrollTopPx: 0,
    viewportPx: UNMEASURED_PX,
  });
  const [range, setRange] = useState<RowWindow>(() =>
    rowWindow(place.current, count, rowPx, OVERSCAN_ROWS),
  );

  const update = useCallback(() => {
    const next = rowWindow(place.current, count, rowPx, OVERSCAN_ROWS);
    setRange((shown) => (sameWindow(shown, next) ? shown : next));
  }, [count, rowPx]);

  useLayoutEffect(
    () => watchPlace(scrollerRef.current, place, update),
    [update],
  );

  /** Scrolls row `index` into sight, if it is not, and mounts it now. */
  const reveal = useCallback(
    (index: number) => {
      const scroller = scrollerRef.current;
      const top = revealScrollTop(index, place.current, rowPx);
      if (scroller === null || top === null) return;
      scroller.scrollTop = top;
      // The scroll event comes a frame later; the row is wanted now.
      place.current = { ...place.current, scrollTopPx: top };
      update();
    },
    [rowPx, update],
  );

  /** How many rows the box shows at once, for the page keys. */
  const pageRows = () =>
    Math.max(1, Math.floor(place.current.viewportPx / rowPx));

  return { scrollerRef, range, reveal, pageRows };
}

/**
 * Keeps `place` up to date with the box's scroll and height, calling
 * `changed` after each change; answers the function that stops it.
 */
function watchPlace(
  scroller: HTMLElement | null,
  place: { current: ScrollPlace },
  changed: () => void,
): () => void {
  if (scroller === null) return () => undefined;
  const measure = () => {
    const viewportPx = scroller.clientHeight;
    place.current = {
      scrollTopPx: scroller.scrollTop,
      viewportPx: viewportPx > 0 ? viewportPx : UNMEASURED_PX,
    };
    changed();
  };
  measure();
  scroller.addEventListener("scroll", measure, { passive: true });
  const resized = new ResizeObserver(measure);
  resized.observe(scroller);
  return () => {
    scroller.removeEventListener("scroll", measure);
    resized.disconnect();
  };
}
