import type { PDFPageProxy } from "./pdfjs";
import { turnedRotation } from "./render/renderTargets";
import type { PixelBox, QuarterTurn, ViewState } from "./viewState";

/**
 * The sheet's paper under its drawing: where the turned page lies in
 * the viewer, so its edges show before the first pixels arrive and the
 * sheet stands out from the backdrop. Tests read its place too.
 */
export function SheetFrame(props: {
  page: PDFPageProxy;
  view: ViewState;
  turn: QuarterTurn;
}) {
  const { page, view, turn } = props;
  const rotation = turnedRotation(page, turn);
  const size = page.getViewport({ scale: view.zoom, rotation });
  return (
    <div
      className="sheet-frame"
      data-testid="sheet-frame"
      style={{
        left: view.x,
        top: view.y,
        width: size.width,
        height: size.height,
      }}
    />
  );
}

/** The rectangle being dragged out to zoom to, in viewer pixels. */
export function ZoomBoxOutline(props: { box: PixelBox }) {
  const { x0, y0, x1, y1 } = props.box;
  return (
    <div
      className="zoom-box"
      data-testid="zoom-box"
      style={{
        left: Math.min(x0, x1),
        top: Math.min(y0, y1),
        width: Math.abs(x1 - x0),
        height: Math.abs(y1 - y0),
      }}
    />
  );
}
