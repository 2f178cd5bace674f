import type { PDFPageProxy } from "pdfjs-dist";
import type { QuarterTurn, Size, ViewState } from "../viewState";
import type { RasterRegion } from "./engineMessages";
import type { LayerChoice } from "./layerPatch";

/**
 * What the sheet renderer asks to draw and what its canvas holds, in
 * the viewer's terms (a sheet, a view of it, a margin around the
 * viewer), and the geometry between those and PDFium's regions.
 */

/** One render the viewer asked for. */
export interface RenderTarget {
  readonly page: PDFPageProxy;
  readonly view: ViewState;
  readonly turn: QuarterTurn;
  /** CSS pixels drawn beyond each edge of the viewer. */
  readonly marginPx: number;
  /** The viewer with its margin, in CSS pixels. */
  readonly area: Size;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
  /** The renderer's count of renders when this one was asked for. */
  readonly generation: number;
}

/** What the display canvas holds: a render target, less its count. */
export interface Rendered extends Omit<RenderTarget, "generation"> {
  /** Device pixels per CSS pixel; 0 for a preview. */
  readonly ratio: number;
  /** PDFium's layer choice; undefined for pdf.js pixels or a preview. */
  readonly choice?: LayerChoice | null;
}

/** The PDFium region a render target covers, in device pixels. */
export function regionOf(target: RenderTarget): RasterRegion {
  const { page, view, turn, marginPx, area, ratio } = target;
  return {
    pageIndex: page.pageNumber - 1,
    turn,
    scale: view.zoom * ratio,
    userUnit: page.userUnit,
    x: (view.x + marginPx) * ratio,
    y: (view.y + marginPx) * ratio,
    width: Math.max(1, Math.round(area.width * ratio)),
    height: Math.max(1, Math.round(area.height * ratio)),
  };
}

/**
 * Whether the canvas holds PDFium's sharp bitmap of the target's very
 * region (its margin perhaps still coming), so a layer switch can patch
 * it in place.
 */
export function showsRegion(
  shown: Rendered | null,
  target: RenderTarget,
): boolean {
  return (
    shown !== null &&
    shown.choice !== undefined &&
    shown.page === target.page &&
    shown.turn === target.turn &&
    shown.ratio === target.ratio &&
    shown.marginPx === target.marginPx &&
    shown.area.width === target.area.width &&
    shown.area.height === target.area.height &&
    shown.view.zoom === target.view.zoom &&
    shown.view.x === target.view.x &&
    shown.view.y === target.view.y
  );
}

/** The page's rotation for pdf.js: its own /Rotate plus the reviewer's. */
export function turnedRotation(page: PDFPageProxy, turn: QuarterTurn): number {
  return (page.rotate + turn) % 360;
}

/** Whether the whole turned sheet lies inside the viewer. */
export function sheetInside(
  page: PDFPageProxy,
  view: ViewState,
  viewer: Size,
  turn: QuarterTurn,
): boolean {
  const size = page.getViewport({
    scale: view.zoom,
    rotation: turnedRotation(page, turn),
  });
  return (
    view.x >= 0 &&
    view.y >= 0 &&
    view.x + size.width <= viewer.width &&
    view.y + size.height <= viewer.height
  );
}
