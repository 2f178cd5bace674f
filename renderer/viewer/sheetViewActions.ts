import type { Dispatch, RefObject, SetStateAction } from "react";
import type { ViewportPixel } from "../../shared/geo/coordinates";
import type { PDFPageProxy } from "./pdfjs";
import { revealText, type PixelBounds } from "./revealText";
import type { ViewerKeyActions } from "./useViewerKeys";
import {
  ACTUAL_SIZE_ZOOM,
  fitPage,
  fitWidth,
  keepInView,
  nextTurn,
  panBy,
  PAN_STEP_PX,
  reveal,
  turnAbout,
  turnedSize,
  zoomCentre,
  zoomToBox,
  ZOOM_STEP,
  type PixelBox,
  type QuarterTurn,
  type Size,
  type ViewState,
} from "./viewState";

/** The view's actions: the keyboard's, plus the pointer's and reveals. */
export interface SheetViewActions extends ViewerKeyActions {
  /** Brings viewer pixels (a markup, a search hit) into view. */
  reveal: (pixels: readonly ViewportPixel[]) => void;
  /**
   * Brings text (a search hit) into view zoomed so it reads, never
   * zooming out; `textHeightPx` is its height at the current zoom.
   */
  revealText: (pixels: readonly ViewportPixel[], textHeightPx: number) => void;
  /** Zooms so that a rectangle drawn on the viewer fills it. */
  zoomToBox: (box: PixelBox) => void;
}

/** What the actions read and change; see useSheetView. */
export interface SheetViewParts {
  page: PDFPageProxy | null;
  pageSize: Size | null;
  size: Size | null;
  turn: QuarterTurn;
  fitMode: RefObject<FitMode | null>;
  sheets: {
    sheetIndex: number;
    sheetCount: number;
    onSheetIndex: (index: number) => void;
  };
  setView: (update: (view: ViewState) => ViewState) => void;
  setViewState: Dispatch<SetStateAction<ViewState | null>>;
  setTurn: (sheetIndex: number, turn: QuarterTurn) => void;
}

/** How a fitted view follows resizes and turns. */
export type FitMode = "page" | "width";
export const fits = { page: fitPage, width: fitWidth } as const;

/** Builds the actions of the current sheet's view. */
export function sheetViewActions(parts: SheetViewParts): SheetViewActions {
  const { pageSize, size, setView } = parts;
  const { sheetIndex, sheetCount, onSheetIndex } = parts.sheets;
  const fit = (mode: FitMode) => () => {
    parts.fitMode.current = mode;
    if (pageSize !== null && size !== null) {
      parts.setViewState(fits[mode](pageSize, size));
    }
  };
  const zoomBy = (factor: number) => () =>
    size && setView((v) => zoomCentre(v, factor, size));
  const pan = (dx: number, dy: number) => () =>
    setView((v) => panBy(v, dx, dy));
  const goTo = (index: number) => () =>
    index !== sheetIndex &&
    index >= 0 &&
    index < sheetCount &&
    onSheetIndex(index);

  return {
    zoomIn: zoomBy(ZOOM_STEP),
    zoomOut: zoomBy(1 / ZOOM_STEP),
    fitPage: fit("page"),
    fitWidth: fit("width"),
    actualSize: () =>
      size && setView((v) => zoomCentre(v, ACTUAL_SIZE_ZOOM / v.zoom, size)),
    nextSheet: goTo(sheetIndex + 1),
    previousSheet: goTo(sheetIndex - 1),
    firstSheet: goTo(0),
    lastSheet: goTo(sheetCount - 1),
    // An arrow shows more of the sheet on that side: the sheet moves away.
    panLeft: pan(PAN_STEP_PX, 0),
    panRight: pan(-PAN_STEP_PX, 0),
    panUp: pan(0, PAN_STEP_PX),
    panDown: pan(0, -PAN_STEP_PX),
    turnClockwise: () => turn(parts, false),
    turnAnticlockwise: () => turn(parts, true),
    zoomToBox: (box) => size && setView((v) => zoomToBox(v, box, size)),
    reveal: (pixels) => {
      if (size === null || pixels.length === 0) return;
      const box = boundsOf(pixels);
      setView((v) => reveal(v, box, size));
    },
    revealText: (pixels, textHeightPx) => {
      if (size === null || pixels.length === 0) return;
      const box = boundsOf(pixels);
      setView((v) => revealText(v, box, textHeightPx, size));
    },
  };
}

/** The upright rectangle around some viewer pixels. */
function boundsOf(pixels: readonly ViewportPixel[]): PixelBounds {
  const xs = pixels.map((p) => p.x);
  const ys = pixels.map((p) => p.y);
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}

/**
 * Turns the current sheet a quarter. A fitted sheet is fitted again in
 * its new shape; a zoomed one keeps the spot at the viewer's centre.
 */
function turn(parts: SheetViewParts, back: boolean): void {
  const { page, pageSize, size } = parts;
  if (page === null || pageSize === null || size === null) return;
  parts.setTurn(page.pageNumber - 1, nextTurn(parts.turn, back));
  if (parts.fitMode.current !== null) return;

  const after = turnedSize(pageSize, 90);
  parts.setViewState(
    (v) => v && keepInView(turnAbout(v, pageSize, size, back), after, size),
  );
}
