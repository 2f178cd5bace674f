import { useRef, useState, type PointerEvent } from "react";
import {
  viewportPixel,
  type ViewportPixel,
} from "../../shared/geo/coordinates";
import type { Tool } from "../markup/tools";
import { panBy, type ViewState } from "./viewState";

/** A drag in progress with a drawing tool, in viewer pixels. */
export interface DrawDrag {
  start: ViewportPixel;
  end: ViewportPixel;
  /** Every pixel the pointer passed, for freehand ink. */
  path?: readonly ViewportPixel[];
}

type Gesture =
  | { mode: "pan"; last: ViewportPixel; moved: boolean }
  | { mode: "draw"; drag: DrawDrag }
  | null;

function localPixel(event: PointerEvent<HTMLElement>): ViewportPixel {
  const box = event.currentTarget.getBoundingClientRect();
  return viewportPixel(event.clientX - box.left, event.clientY - box.top);
}

/**
 * The stage's pointer handling. The hand tool (or the middle button with
 * any tool) drags the sheet; a drawing tool drags out a shape and hands
 * it to `onDrawn` on release. A click that does not move clears the
 * selection.
 */
export function usePointerTool(options: {
  tool: Tool;
  enabled: boolean;
  setView: (update: (view: ViewState) => ViewState) => void;
  onDrawn: (drag: DrawDrag) => void;
  onEmptyClick: () => void;
}) {
  const gesture = useRef<Gesture>(null);
  const [drag, setDrag] = useState<DrawDrag | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (!options.enabled) return;
    const at = localPixel(event);
    const panning = options.tool === "pan" || event.button === 1;
    if (!panning && event.button !== 0) return;

    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
    if (panning) {
      gesture.current = { mode: "pan", last: at, moved: false };
    } else {
      gesture.current = {
        mode: "draw",
        drag: { start: at, end: at, path: [at] },
      };
      setDrag(gesture.current.drag);
    }
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = gesture.current;
    if (current === null) return;
    const at = localPixel(event);

    if (current.mode === "pan") {
      const dx = at.x - current.last.x;
      const dy = at.y - current.last.y;
      current.last = at;
      current.moved ||= Math.abs(dx) + Math.abs(dy) > 0;
      options.setView((view) => panBy(view, dx, dy));
    } else {
      const path = [...(current.drag.path ?? []), at];
      current.drag = { start: current.drag.start, end: at, path };
      setDrag(current.drag);
    }
  };

  const onPointerUp = () => {
    const current = gesture.current;
    gesture.current = null;
    if (current?.mode === "draw") {
      setDrag(null);
      options.onDrawn(current.drag);
    } else if (current?.mode === "pan" && !current.moved) {
      options.onEmptyClick();
    }
  };

  return {
    drag,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
    },
  };
}
