import { useEffect, useRef, useState } from "react";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { ViewState } from "../viewer/viewState";
import { COMPARE_SETTLE_MS, followView } from "./paneDrawing";

const log = rendererLogger("compare");

/**
 * How one Compare pane makes its view sharp: what to draw for a view,
 * how to show it, and how to free what came too late to be shown.
 */
export interface SharpDrawing<T> {
  /** The pane's elements drawn for one view, moved along with the view. */
  readonly targets: () => readonly (HTMLElement | null)[];
  /** Draws `view`; null when there was nothing to draw. */
  readonly draw: (view: ViewState) => Promise<T | null>;
  readonly show: (drawn: T, view: ViewState) => void;
  readonly discard: (drawn: T) => void;
  /** What the log says when drawing failed. */
  readonly failure: string;
}

/**
 * Draws a pane's view sharp once it has been still for a moment (each
 * sharp view costs renders and maybe a diff), and meanwhile moves what
 * was drawn for the last view along with the gesture. A drag under way
 * is never drawn: the hand moves on. `busy` is true while a view is
 * drawn; `shownCount` counts the views shown sharp, which tells a test
 * (and nothing else) that the pixels on screen are the current view's.
 */
export function useSettledRender<T>(
  drawing: SharpDrawing<T>,
  view: ViewState,
  dragging: boolean,
  onError: (cause: unknown) => void,
) {
  const rendered = useRef<ViewState | null>(null);
  const [busy, setBusy] = useState(false);
  const [shownCount, setShownCount] = useState(0);

  useEffect(() => {
    followView(drawing.targets(), rendered.current, view);
    if (dragging) return undefined;
    let live = true;
    const done = (drawn: T | null) => {
      if (drawn === null) return;
      if (!live) {
        drawing.discard(drawn);
        return;
      }
      drawing.show(drawn, view);
      rendered.current = view;
      setBusy(false);
      setShownCount((n) => n + 1);
    };
    const failed = (cause: unknown) => {
      log.warn(drawing.failure, describeCause(cause));
      if (!live) return;
      setBusy(false);
      onError(cause);
    };
    const timer = setTimeout(() => {
      setBusy(true);
      drawing.draw(view).then(done, failed);
    }, COMPARE_SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [drawing, view, dragging, onError]);

  return { busy, shownCount };
}
