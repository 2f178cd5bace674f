import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PDFPageProxy } from "./pdfjs";
import type { SheetViewport } from "./sheetCoordinates";
import { turnedRotation } from "./render/renderTargets";
import {
  fits,
  sheetViewActions,
  type FitMode,
  type SheetViewActions,
} from "./sheetViewActions";
import { loadTurn, saveTurn, turnMemoryKey } from "./turnMemory";
import type { DocumentViewMemory } from "./viewMemory";
import {
  keepInView,
  type QuarterTurn,
  type Size,
  type ViewState,
} from "./viewState";

export type { SheetViewActions };

/**
 * The zoom, position and quarter turn of the current sheet, the pdf.js
 * viewport that matches them (for markups, measurements, hits and
 * clicks), and the actions that change them. A newly shown sheet starts
 * fitted, unless `memory` holds the view the reviewer left it in (a tab
 * shown again). Each sheet's turn is remembered under the document's
 * `sha256` (turnMemory.ts), so a tab shown again or a reload of the app
 * brings it back turned; without it, turns last while the viewer does.
 */
export function useSheetView(
  page: PDFPageProxy | null,
  size: Size | null,
  sheets: {
    sheetIndex: number;
    sheetCount: number;
    onSheetIndex: (index: number) => void;
  },
  memory: DocumentViewMemory | null = null,
  sha256: string | null = null,
) {
  const [view, setViewState] = useState<ViewState | null>(null);
  const [turns, setTurns] = useState(() => new Map<number, QuarterTurn>());
  const shown = page === null ? null : page.pageNumber - 1;
  // Read while rendering, not in an effect: a sheet drawn upright first
  // and turned a moment later would be fitted and rastered twice.
  const turn = useMemo<QuarterTurn>(() => {
    if (shown === null) return 0;
    const chosen = turns.get(shown);
    if (chosen !== undefined || sha256 === null) return chosen ?? 0;
    return loadTurn(turnMemoryKey(sha256, shown));
  }, [shown, turns, sha256]);

  // The page's size at zoom 1 with its own /Rotate and the turn applied.
  const pageSize = useMemo<Size | null>(() => {
    if (page === null) return null;
    const rotation = turnedRotation(page, turn);
    const { width, height } = page.getViewport({ scale: 1, rotation });
    return { width, height };
  }, [page, turn]);

  // A new sheet starts fitted (or as remembered). While the reviewer has
  // not zoomed or panned since the last fit, a resize or a turn fits
  // again the same way; after a gesture their view is kept as it is.
  const fitMode = useRef<FitMode | null>("page");
  const fittedPage = useRef<PDFPageProxy | null>(null);
  const restore = useRef(memory?.lastView ?? null);
  useEffect(() => {
    if (page === null || pageSize === null || size === null) return;
    if (fittedPage.current !== page) {
      fittedPage.current = page;
      fitMode.current = "page";
      const kept = restore.current;
      restore.current = null;
      if (kept !== null && kept.sheetIndex === page.pageNumber - 1) {
        fitMode.current = null;
        setViewState(kept.view);
      }
    }
    if (fitMode.current !== null) {
      setViewState(fits[fitMode.current](pageSize, size));
    }
  }, [page, pageSize, size]);

  // The tab's memory follows every change, to be there when it returns.
  useEffect(() => {
    if (memory === null || page === null || view === null) return;
    memory.lastView = { sheetIndex: page.pageNumber - 1, view };
  }, [memory, page, view]);

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

  const setTurn = useCallback(
    (sheetIndex: number, next: QuarterTurn) => {
      if (sha256 !== null) saveTurn(turnMemoryKey(sha256, sheetIndex), next);
      setTurns((current) => new Map(current).set(sheetIndex, next));
    },
    [sha256],
  );

  const viewport = useMemo<SheetViewport | null>(() => {
    if (page === null || view === null) return null;
    return page.getViewport({
      scale: view.zoom,
      rotation: turnedRotation(page, turn),
      offsetX: view.x,
      offsetY: view.y,
    });
  }, [page, view, turn]);

  const { sheetIndex, sheetCount: count, onSheetIndex: go } = sheets;
  const actions = useMemo<SheetViewActions>(
    () =>
      sheetViewActions({
        page,
        pageSize,
        size,
        turn,
        fitMode,
        sheets: { sheetIndex, sheetCount: count, onSheetIndex: go },
        setView,
        setViewState,
        setTurn,
      }),
    [page, pageSize, size, turn, setView, setTurn, sheetIndex, count, go],
  );

  return { view, setView, viewport, actions, turn };
}
