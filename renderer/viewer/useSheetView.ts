import { useCallback, useEffect, useMemo, useState } from "react";
import type { ViewportPixel } from "../../shared/geo/coordinates";
import type { PDFPageProxy } from "./pdfjs";
import type { SheetViewport } from "./sheetCoordinates";
import type { ViewerKeyActions } from "./useViewerKeys";
import {
  ACTUAL_SIZE_ZOOM,
  fitPage,
  fitWidth,
  keepInView,
  reveal,
  zoomCentre,
  ZOOM_STEP,
  type Size,
  type ViewState,
} from "./viewState";

/** The view's actions: the keyboard's, plus bringing points into view. */
export interface SheetViewActions extends ViewerKeyActions {
  reveal: (pixels: readonly ViewportPixel[]) => void;
}

/**
 * The zoom and position of the current sheet, the pdf.js viewport that
 * matches them (for markups and clicks), and the actions that change
 * them. A newly shown sheet starts fitted to the viewer.
 */
export function useSheetView(
  page: PDFPageProxy | null,
  size: Size | null,
  sheets: {
    sheetIndex: number;
    sheetCount: number;
    onSheetIndex: (index: number) => void;
  },
) {
  const [view, setViewState] = useState<ViewState | null>(null);

  // The page's size at zoom 1 with its own /Rotate applied.
  const pageSize = useMemo<Size | null>(() => {
    if (page === null) return null;
    const { width, height } = page.getViewport({ scale: 1 });
    return { width, height };
  }, [page]);

  const hasSize = size !== null;
  useEffect(() => {
    if (pageSize !== null && size !== null)
      setViewState(fitPage(pageSize, size));
    // Fit when the sheet changes or the stage first gets a size, not on
    // every resize: the reviewer's zoom is kept.
  }, [pageSize, hasSize]);

  const setView = useCallback(
    (update: (view: ViewState) => ViewState) =>
      setViewState((current) => {
        if (current === null) return null;
        const next = update(current);
        if (pageSize === null || size === null) return next;
        return keepInView(next, pageSize, size);
      }),
    [pageSize, size],
  );

  const viewport = useMemo<SheetViewport | null>(() => {
    if (page === null || view === null) return null;
    return page.getViewport({
      scale: view.zoom,
      offsetX: view.x,
      offsetY: view.y,
    });
  }, [page, view]);

  const { sheetIndex, sheetCount, onSheetIndex } = sheets;
  const actions = useMemo<SheetViewActions>(() => {
    const withSizes = (f: (page: Size, viewer: Size) => ViewState) => () => {
      if (pageSize !== null && size !== null) setViewState(f(pageSize, size));
    };
    const zoomBy = (factor: number) => () =>
      size && setView((v) => zoomCentre(v, factor, size));
    return {
      zoomIn: zoomBy(ZOOM_STEP),
      zoomOut: zoomBy(1 / ZOOM_STEP),
      fitPage: withSizes(fitPage),
      fitWidth: withSizes(fitWidth),
      actualSize: () =>
        size && setView((v) => zoomCentre(v, ACTUAL_SIZE_ZOOM / v.zoom, size)),
      nextSheet: () =>
        sheetIndex < sheetCount - 1 && onSheetIndex(sheetIndex + 1),
      previousSheet: () => sheetIndex > 0 && onSheetIndex(sheetIndex - 1),
      reveal: (pixels) => {
        if (size === null || pixels.length === 0) return;
        const xs = pixels.map((p) => p.x);
        const ys = pixels.map((p) => p.y);
        const box = {
          minX: Math.min(...xs),
          minY: Math.min(...ys),
          maxX: Math.max(...xs),
          maxY: Math.max(...ys),
        };
        setView((v) => reveal(v, box, size));
      },
    };
  }, [pageSize, size, setView, sheetIndex, sheetCount, onSheetIndex]);

  return { view, setView, viewport, actions };
}
