import {
  toViewportPixel,
  type SheetViewport,
} from "../viewer/sheetCoordinates";
import { hitStyle } from "./hitStyle";
import type { SearchBox } from "./searchHit";

/**
 * Draws search hits over the sheet as translucent boxes; the current hit
 * stands out. Boxes are in PDF space, so they stay on their words at any
 * zoom and quarter turn, turned with slanted text (see hitStyle).
 */
export function SheetHighlights(props: {
  viewport: SheetViewport;
  boxes: readonly SearchBox[];
  current: readonly SearchBox[];
}) {
  const box = (b: SearchBox, isCurrent: boolean, index: number) => {
    const [p0, p1, p2, p3] = b.quad.map((p) =>
      toViewportPixel(props.viewport, p),
    );
    return (
      <div
        key={`${isCurrent ? "current" : "hit"}-${index}`}
        className={isCurrent ? "search-hit current" : "search-hit"}
        data-testid={isCurrent ? "search-hit-current" : "search-hit"}
        style={hitStyle([p0!, p1!, p2!, p3!])}
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
