import type { PageViewport } from "pdfjs-dist";
import { UserError } from "../../shared/contract/errors";
import type { LajnaClient } from "../client/LajnaClient";
import { openPdf } from "../viewer/pdfjs";
import type { PDFDocumentProxy } from "../viewer/pdfjs";
import { sheetRenderScale } from "./sheetImageSize";

/**
 * A sheet rendered once to an image, for picking control points on it and
 * drawing it on the map. `viewport` is the pdf.js viewport it was drawn
 * with: it converts image pixels to PDF points and back.
 */
export interface SheetImage {
  readonly documentId: string;
  /** Zero-based page index within the document. */
  readonly sheetIndex: number;
  readonly canvas: HTMLCanvasElement;
  readonly viewport: PageViewport;
  readonly pageCount: number;
}

/**
 * Reads a Document's bytes through the services and renders one page
 * (zero-based `sheetIndex`) to a canvas, with the viewer's pdf.js set-up.
 * A page pdf.js cannot draw gives `map.error.render`; the cause stays
 * with the thrown error for the log.
 */
export async function renderSheetImage(
  client: LajnaClient,
  documentId: string,
  sheetIndex: number,
): Promise<SheetImage> {
  const { bytes } = await client.request("documents.read", { documentId });

  // pdf.js takes ownership of the buffer it is given, so hand it a copy:
  // the viewer may hold the same bytes.
  let pdf: PDFDocumentProxy | null = null;
  try {
    pdf = await openPdf(bytes.slice());
    const page = await pdf.getPage(sheetIndex + 1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({
      scale: sheetRenderScale(base.width, base.height),
    });

    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    return {
      documentId,
      sheetIndex,
      canvas,
      viewport,
      pageCount: pdf.numPages,
    };
  } catch (cause) {
    throw new UserError("map.error.render", {}, { cause });
  } finally {
    void pdf?.destroy();
  }
}
