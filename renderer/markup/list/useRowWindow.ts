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
 */
export function useRowWindow(count: number, rowPx: number) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<RowWindow>(() =>
    rowWindow(placeOf(null), count, rowPx, OVERSCAN_ROWS),
  );

  const update = useCallback(() => {
    const next = rowWindow(
      placeOf(scrollerRef.current),
      count,
      rowPx,
      OVERSCAN_ROWS,
    );
    setRange((shown) => (sameWindow(shown, next) ? shown : next));
  }, [count, rowPx]);

  // The box scrolls, or the pane around it is resized.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    update();
    if (scroller === null) return undefined;
    scroller.addEventListener("scroll", update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(scroller);
    return () => {
      scroller.removeEventListener("scroll", update);
      resized.disconnect();
    };
  }, [update]);

  /** Scrolls row `index` into sight, if it is not, and mounts it now. */
  const reveal = useCallback(
    (index: number) => {
      const scroller = scrollerRef.current;
      if (scroller === null) return;
      const top = revealScrollTop(index, placeOf(scroller), rowPx);
      if (top === null) return;
      scroller.scrollTop = top;
      // The scroll event comes a frame later; the row is wanted now.
      update();
    },
    [rowPx, update],
  );

  /** How many rows the box shows at once, for the page keys. */
  const pageRows = () =>
    Math.max(1, Math.floor(placeOf(scrollerRef.current).viewportPx / rowPx));

  return { scrollerRef, range, reveal, pageRows };
}

function placeOf(scroller: HTMLElement | null): ScrollPlace {
  if (scroller === null || scroller.clientHeight === 0) {
    return { scrollTopPx: scroller?.scrollTop ?? 0, viewportPx: UNMEASURED_PX };
  }
  return {
    scrollTopPx: scroller.scrollTop,
    viewportPx: scroller.clientHeight,
  };
}
