import { getDocument, GlobalWorkerOptions } from "pdfjs-dist";
import type { PageViewport } from "pdfjs-dist";
import { UserError } from "../../shared/contract/errors";
import type { LajnaClient } from "../client/LajnaClient";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

/**
 * A sheet rendered once to an image, for picking control points on it and
 * drawing it on the map. `viewport` is the pdf.js viewport it was drawn
 * with: it converts image pixels to PDF points and back.
 */
export interface SheetImage {
  readonly canvas: HTMLCanvasElement;
  readonly viewport: PageViewport;
  readonly pageCount: number;
}

/**
 * The longest side of the rendered image. An A0 sheet at this size keeps
 * a 1 mm line visible on the map, while the image (about 24 MB of pixels)
 * stays well within what a committee laptop holds.
 */
export const MAX_SHEET_IMAGE_PX = 3000;

/** Points the pdf.js worker at its bundled script, unless already done. */
function ensurePdfWorker(): void {
  if (GlobalWorkerOptions.workerSrc === "") {
    GlobalWorkerOptions.workerSrc = workerUrl;
  }
}

/**
 * Reads a Document's bytes through the services and renders one page
 * (zero-based `sheetIndex`) to a canvas. A page pdf.js cannot draw gives
 * `map.error.render`; the cause stays with the thrown error for the log.
 */
export async function renderSheetImage(
  client: LajnaClient,
  documentId: string,
  sheetIndex: number,
): Promise<SheetImage> {
  ensurePdfWorker();
  const { bytes } = await client.request("documents.read", { documentId });

  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false });
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(sheetIndex + 1);
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(
      2,
      MAX_SHEET_IMAGE_PX / Math.max(base.width, base.height),
    );
    const viewport = page.getViewport({ scale });

    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    return { canvas, viewport, pageCount: pdf.numPages };
  } catch (cause) {
    throw new UserError("map.error.render", {}, { cause });
  } finally {
    void task.destroy();
  }
}
