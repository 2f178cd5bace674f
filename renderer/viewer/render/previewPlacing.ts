import type { PDFPageProxy } from "pdfjs-dist";
import type { QuarterTurn, ViewState } from "../viewState";
import type { PdfiumEngine } from "./PdfiumEngine";
import { turnedRotation } from "./renderTargets";
import type { SheetCanvas } from "./sheetCanvas";
import {
  getPreview,
  hasPreview,
  previewKey,
  PREVIEW_SIDE_PX,
  putPreview,
} from "./sheetPreviews";

/**
 * A sheet seen before shows its small preview (sheetPreviews.ts) the
 * moment it comes back, blurred, while its sharp pixels are drawn; the
 * preview is asked for once, after the sheet's first sharp view.
 */

/** Worker channel 0 is the previews'; each renderer takes its own. */
export const PREVIEW_CHANNEL = 0;

/**
 * Draws the sheet's cached preview at the view's place; false when
 * there is none. It then counts as the canvas's last render, so that
 * gestures move it like a sharp one.
 */
export function showPreview(
  canvas: SheetCanvas,
  documentKey: string | undefined,
  page: PDFPageProxy,
  view: ViewState,
  turn: QuarterTurn,
): boolean {
  const preview =
    documentKey === undefined
      ? undefined
      : getPreview(previewKey(documentKey, page.pageNumber - 1, turn));
  if (preview === undefined) return false;
  const size = page.getViewport({
    scale: view.zoom,
    rotation: turnedRotation(page, turn),
  });
  canvas.place(preview.width, preview.height, size, 0);
  canvas.context()?.drawImage(preview, 0, 0);
  canvas.rendered = {
    page,
    view: { zoom: view.zoom, x: 0, y: 0 },
    turn,
    marginPx: 0,
    area: size,
    ratio: 0,
  };
  return true;
}

/**
 * Asks the worker once for a sheet's preview, for its next opening.
 * Only at the document's default layers: a preview per layer choice
 * would hold the worker for a whole-sheet render after each switch.
 */
export function keepPreview(
  engine: PdfiumEngine,
  key: string,
  page: PDFPageProxy,
  turn: QuarterTurn,
): void {
  const id = previewKey(key, page.pageNumber - 1, turn);
  if (hasPreview(id)) return;
  const rotation = turnedRotation(page, turn);
  const size = page.getViewport({ scale: 1, rotation });
  const scale = PREVIEW_SIDE_PX / Math.max(size.width, size.height);
  const region = {
    pageIndex: page.pageNumber - 1,
    turn,
    scale,
    userUnit: page.userUnit,
    x: 0,
    y: 0,
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
  engine.render(key, PREVIEW_CHANNEL, region).then(
    (bitmap) => bitmap && putPreview(id, bitmap),
    () => undefined,
  );
}
