import { useEffect, useState } from "react";
import type { ViewportScale } from "../../shared/measure/measureDictionary";
import type { SnapGrid } from "../../shared/measure/snapGrid";
import type { LajnaClient } from "../client/LajnaClient";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { PDFPageProxy } from "../viewer/pdfjs";
import { readViewportScales } from "./pdfMeasureDictionaries";
import { buildSnapIndex } from "./snapIndex";

const log = rendererLogger("measure");

// Read once per document and page for the session: both are pure
// functions of the file, and a heavy sheet's index takes a moment.
const scalesByDocument = new Map<string, Promise<ViewportScale[][]>>();
const gridsByPage = new WeakMap<PDFPageProxy, Promise<SnapGrid>>();

function documentScales(
  client: LajnaClient,
  documentId: string,
): Promise<ViewportScale[][]> {
  let scales = scalesByDocument.get(documentId);
  if (scales === undefined) {
    scales = client
      .request("documents.read", { documentId })
      .then(({ bytes }) => readViewportScales(bytes));
    scalesByDocument.set(documentId, scales);
  }
  return scales;
}

function pageGrid(page: PDFPageProxy): Promise<SnapGrid> {
  let grid = gridsByPage.get(page);
  if (grid === undefined) {
    grid = buildSnapIndex(page);
    gridsByPage.set(page, grid);
  }
  return grid;
}

/** What the measuring tools know about the sheet on screen. */
export interface MeasureSheet {
  /** The PDF's measurable viewports on this sheet (may be empty). */
  readonly viewportScales: readonly ViewportScale[];
  /** The snapping index, null until built. */
  readonly grid: SnapGrid | null;
  readonly userUnit: number;
}

/**
 * Loads the sheet's own scales and its snapping index once the reviewer
 * starts measuring (`active`), not before: most sessions never measure,
 * and a heavy sheet's index costs a read of its whole operator list. A
 * failure only means no PDF scale or no snapping; it is logged.
 */
export function useMeasureSheet(
  client: LajnaClient,
  documentId: string,
  sheetIndex: number,
  page: PDFPageProxy | null,
  active: boolean,
): MeasureSheet {
  const [scales, setScales] = useState<ViewportScale[][]>([]);
  const [grid, setGrid] = useState<SnapGrid | null>(null);

  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    documentScales(client, documentId)
      .then((all) => live && setScales(all))
      .catch((cause: unknown) =>
        log.warn("sheet scales unreadable", describeCause(cause)),
      );
    return () => {
      live = false;
    };
  }, [client, documentId, active]);

  useEffect(() => {
    setGrid(null);
    if (!active || page === null) return undefined;
    let live = true;
    pageGrid(page)
      .then((built) => live && setGrid(built))
      .catch((cause: unknown) =>
        log.warn("snapping index failed", describeCause(cause)),
      );
    return () => {
      live = false;
    };
  }, [page, active]);

  return {
    viewportScales: scales[sheetIndex] ?? [],
    grid,
    userUnit: page?.userUnit ?? 1,
  };
}
