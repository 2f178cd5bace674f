import { useEffect, useState, type PointerEvent } from "react";
import {
  viewportPixel,
  type ViewportPixel,
} from "../../shared/geo/coordinates";

/** A polyline or polygon being clicked out, in viewer pixels. */
export interface VertexDraft {
  readonly clicks: readonly ViewportPixel[];
  readonly hover: ViewportPixel | null;
}

function localPixel(event: PointerEvent<HTMLElement>): ViewportPixel {
  const box = event.currentTarget.getBoundingClientRect();
  return viewportPixel(event.clientX - box.left, event.clientY - box.top);
}

/**
 * Click-by-click drawing for polylines and polygons: each click adds a
 * vertex, a double-click (or `finish`, bound to Enter) ends the shape
 * and hands the clicks to `onDone`, `cancel` (Escape) drops it. The
 * rubber band follows the pointer between clicks.
 */
export function useVertexTool(options: {
  active: boolean;
  onDone: (clicks: readonly ViewportPixel[]) => void;
}) {
  const [draft, setDraft] = useState<VertexDraft | null>(null);

  // Changing tool or sheet abandons a half-clicked shape.
  useEffect(() => {
    if (!options.active) setDraft(null);
  }, [options.active]);

  const finish = () => {
    if (draft === null) return;
    setDraft(null);
    options.onDone(draft.clicks);
  };

  const handlers = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      event.preventDefault();
      const at = localPixel(event);
      setDraft((d) => ({ clicks: [...(d?.clicks ?? []), at], hover: at }));
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const at = localPixel(event);
      setDraft((d) => (d === null ? d : { ...d, hover: at }));
    },
    onDoubleClick: () => finish(),
  };

  return {
    draft,
    handlers,
    finish,
    cancel: () => setDraft(null),
    drawing: draft !== null,
  };
}
