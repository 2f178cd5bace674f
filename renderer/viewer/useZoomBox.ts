import { useEffect, useRef, useState, type PointerEvent } from "react";
import { isTypingTarget } from "../markup/keyTargets";
import type { PixelBox } from "./viewState";

/** The key that arms the zoom rectangle (then drag on the sheet). */
export const ZOOM_BOX_KEY = "z";

function localPixel(event: PointerEvent<HTMLElement>) {
  const box = event.currentTarget.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

/**
 * The zoom rectangle: once armed (toolbar button or Z), a drag on the
 * stage draws a rectangle and, on release, the view zooms to it; then
 * the viewer's tool is back in hand. Escape disarms it.
 */
export function useZoomBox(options: {
  isActive: () => boolean;
  onBox: (box: PixelBox) => void;
}) {
  const [armed, setArmed] = useState(false);
  const [box, setShownBox] = useState<PixelBox | null>(null);
  // The handlers read the drag from a ref: a release may come before
  // React has rendered the last move.
  const dragged = useRef<PixelBox | null>(null);
  const setBox = (next: PixelBox | null) => {
    dragged.current = next;
    setShownBox(next);
  };
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || !latest.current.isActive()) return;
      if (event.key.toLowerCase() === ZOOM_BOX_KEY) {
        event.preventDefault();
        setArmed(true);
      } else if (event.key === "Escape") {
        setArmed(false);
        setBox(null);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
    const at = localPixel(event);
    setBox({ x0: at.x, y0: at.y, x1: at.x, y1: at.y });
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const at = localPixel(event);
    const current = dragged.current;
    if (current !== null) setBox({ ...current, x1: at.x, y1: at.y });
  };

  const onPointerUp = () => {
    if (dragged.current !== null) latest.current.onBox(dragged.current);
    setBox(null);
    setArmed(false);
  };

  return {
    armed,
    setArmed,
    box,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: () => setBox(null),
    },
  };
}
