import {
  toViewportPixel,
  type SheetViewport,
} from "../viewer/sheetCoordinates";
import type { SearchBox } from "./searchHit";

/**
 * Draws search hits over the sheet as translucent boxes; the current hit
 * stands out. Boxes are in PDF space, so they stay on their words at any
 * zoom and quarter turn.
 */
export function SheetHighlights(props: {
  viewport: SheetViewport;
  boxes: readonly SearchBox[];
  current: readonly SearchBox[];
}) {
  const box = (b: SearchBox, isCurrent: boolean, index: number) => {
    const a = toViewportPixel(props.viewport, b.from);
    const c = toViewportPixel(props.viewport, b.to);
    return (
      <div
        key={`${isCurrent ? "current" : "hit"}-${index}`}
        className={isCurrent ? "search-hit current" : "search-hit"}
        data-testid={isCurrent ? "search-hit-current" : "search-hit"}
        style={{
          left: Math.min(a.x, c.x),
          top: Math.min(a.y, c.y),
          width: Math.abs(c.x - a.x),
          height: Math.abs(c.y - a.y),
        }}
      />
    );
  };
  return (
    <div className="search-highlights" aria-hidden="true">
      {props.boxes.map((b, i) => box(b, false, i))}
      {props.current.map((b, i) => box(b, true, i))}
    </div>
  );
}
