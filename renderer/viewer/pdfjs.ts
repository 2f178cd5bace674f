import {
  getDocument,
  GlobalWorkerOptions,
  type PDFDocumentProxy,
} from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

// pdf.js parses in a worker so a heavy sheet never freezes the UI.
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Opens a document's bytes with pdf.js. Scripting and eval stay off: the
 * sheets come from outside and only need drawing.
 */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: false,
  }).promise;
}

export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
