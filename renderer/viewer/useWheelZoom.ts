import { useEffect, type RefObject } from "react";
import { zoomAround, type ViewState } from "./viewState";

/** How fast a wheel notch zooms; a notch is about 100 pixels of delta. */
const ZOOM_PER_DELTA_PX = 0.0018;
const LINE_PX = 16;

/**
 * Wheel (and ctrl+wheel, which is what trackpad pinches send) zooms
 * around the cursor. The listener is not passive so the page itself never
 * scrolls or zooms under the viewer.
 */
export function useWheelZoom(
  ref: RefObject<HTMLElement | null>,
  setView: (update: (view: ViewState) => ViewState) => void,
): void {
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;

    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const deltaPx =
        event.deltaMode === WheelEvent.DOM_DELTA_LINE
          ? event.deltaY * LINE_PX
          : event.deltaY;
      const factor = Math.exp(-deltaPx * ZOOM_PER_DELTA_PX);
      const box = element.getBoundingClientRect();
      const anchor = {
        x: event.clientX - box.left,
        y: event.clientY - box.top,
      };
      setView((view) => zoomAround(view, factor, anchor));
    };

    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [ref, setView]);
}
