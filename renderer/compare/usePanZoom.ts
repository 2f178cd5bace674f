import { useEffect, useRef, type RefObject } from "react";
import { useWheelZoom } from "../viewer/useWheelZoom";
import { panBy, type ViewState } from "../viewer/viewState";

/** A press that moves less than this is a click, not a drag. */
const CLICK_SLOP_PX = 4;

/**
 * Wheel zoom and drag pan on one pane of the Compare stage, and clicks
 * (a press that did not move) reported in the pane's pixels, which is
 * how alignment points are picked. `onDrag` is told when a drag starts
 * moving the view and when it ends.
 */
export function usePanZoom(
  ref: RefObject<HTMLElement | null>,
  setView: (update: (view: ViewState) => ViewState) => void,
  onClick: (at: { x: number; y: number }) => void,
  onDrag: (dragging: boolean) => void = () => undefined,
): void {
  useWheelZoom(ref, setView);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const dragRef = useRef(onDrag);
  dragRef.current = onDrag;

  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    let press: { x: number; y: number; moved: boolean } | null = null;
    let last = { x: 0, y: 0 };

    const down = (event: PointerEvent) => {
      if (event.button !== 0) return;
      element.setPointerCapture(event.pointerId);
      press = { x: event.clientX, y: event.clientY, moved: false };
      last = { x: event.clientX, y: event.clientY };
    };
    const move = (event: PointerEvent) => {
      if (press === null) return;
      const far =
        Math.hypot(event.clientX - press.x, event.clientY - press.y) >
        CLICK_SLOP_PX;
      if (far && !press.moved) {
        press.moved = true;
        dragRef.current(true);
      }
      if (!press.moved) return;
      const [dx, dy] = [event.clientX - last.x, event.clientY - last.y];
      last = { x: event.clientX, y: event.clientY };
      setView((view) => panBy(view, dx, dy));
    };
    const up = (event: PointerEvent) => {
      if (press === null) return;
      const wasClick = !press.moved;
      press = null;
      if (!wasClick) {
        dragRef.current(false);
        return;
      }
      const box = element.getBoundingClientRect();
      clickRef.current({
        x: event.clientX - box.left,
        y: event.clientY - box.top,
      });
    };

    element.addEventListener("pointerdown", down);
    element.addEventListener("pointermove", move);
    element.addEventListener("pointerup", up);
    element.addEventListener("pointercancel", up);
    return () => {
      element.removeEventListener("pointerdown", down);
      element.removeEventListener("pointermove", move);
      element.removeEventListener("pointerup", up);
      element.removeEventListener("pointercancel", up);
    };
  }, [ref, setView]);
}
