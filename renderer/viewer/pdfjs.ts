import {
  getDocument,
  GlobalWorkerOptions,
  PDFWorker,
  type PDFDocumentProxy,
} from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

// pdf.js parses in a worker so a heavy sheet never freezes the UI.
GlobalWorkerOptions.workerSrc = workerUrl;

let worker: PDFWorker | null = null;

/**
 * One pdf.js worker for every document of the window. Without it each
 * document starts its own and destroying the document ends it, so a
 * sheet opened again waited for a new worker to load pdf.js.
 */
function sharedWorker(): PDFWorker {
  worker ??= new PDFWorker();
  return worker;
}

/**
 * Starts pdf.js's worker ahead of the first document: loading and
 * compiling it is a good part of a first sheet's wait otherwise.
 */
export function warmPdfjs(): Promise<void> {
  return sharedWorker().promise.then(() => undefined);
}

/** Where the build puts pdf.js's data (see vite.config.ts). */
function dataUrl(folder: string): string {
  return new URL(`./pdfjs/${folder}/`, document.baseURI).href;
}

/**
 * Opens a document's bytes with pdf.js. Scripting and eval stay off: the
 * sheets come from outside and only need drawing. The data folders give
 * fonts a plotter did not embed and decoders for scanned sheets.
 */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes,
    worker: sharedWorker(),
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    cMapUrl: dataUrl("cmaps"),
    cMapPacked: true,
    standardFontDataUrl: dataUrl("standard_fonts"),
    wasmUrl: dataUrl("wasm"),
    iccUrl: dataUrl("iccs"),
  }).promise;
}

export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
