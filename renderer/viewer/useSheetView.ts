import { useCallback, useEffect, useMemo, useRef, useState } from "react";
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

type FitMode = "page" | "width";
const fits = { page: fitPage, width: fitWidth } as const;

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

  // A new sheet starts fitted. While the reviewer has not zoomed or
  // panned since the last fit, a resize (window, layout settling) fits
  // again the same way; after a gesture their view is kept as it is.
  const fitMode = useRef<FitMode | null>("page");
  const fittedPage = useRef<Size | null>(null);
  useEffect(() => {
    if (pageSize === null || size === null) return;
    if (fittedPage.current !== pageSize) {
      fittedPage.current = pageSize;
      fitMode.current = "page";
    }
    if (fitMode.current !== null) {
      setViewState(fits[fitMode.current](pageSize, size));
    }
  }, [pageSize, size]);

  const setView = useCallback(
    (update: (view: ViewState) => ViewState) =>
      setViewState((current) => {
        fitMode.current = null;
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
    const fit = (mode: FitMode) => () => {
      fitMode.current = mode;
      if (pageSize !== null && size !== null) {
        setViewState(fits[mode](pageSize, size));
      }
    };
    const zoomBy = (factor: number) => () =>
      size && setView((v) => zoomCentre(v, factor, size));
    return {
      zoomIn: zoomBy(ZOOM_STEP),
      zoomOut: zoomBy(1 / ZOOM_STEP),
      fitPage: fit("page"),
      fitWidth: fit("width"),
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
