import {
  getDocument,
  GlobalWorkerOptions,
  PDFWorker,
  type PDFDocumentProxy,
} from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

// pdf.js parses in a worker so a heavy sheet never freezes the UI.
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Each document gets a pdf.js worker of its own, ended with it: a hostile
 * sheet (200,000 nested `q`, whose text pdf.js reads in quadratic time)
 * then holds only its own worker, and closing it stops the work. With one
 * shared worker it stalled every document opened after it.
 */
let spare: PDFWorker | null = null;

/** How long after an opening the next document's worker is started. */
const SPARE_DELAY_MS = 1_000;

/**
 * The worker for the next document: the one started ahead (loading and
 * compiling pdf.js is a good part of a first or reopened sheet's wait),
 * else a new one.
 */
function takeWorker(): PDFWorker {
  const worker = spare ?? new PDFWorker();
  spare = null;
  return worker;
}

/** Starts the next document's worker once the opening has drawn. */
function prepareSpare(): void {
  setTimeout(() => {
    spare ??= new PDFWorker();
  }, SPARE_DELAY_MS);
}

/**
 * Starts pdf.js's worker ahead of the first document: loading and
 * compiling it is a good part of a first sheet's wait otherwise.
 */
export function warmPdfjs(): Promise<void> {
  spare ??= new PDFWorker();
  return spare.promise.then(() => undefined);
}

/** Where the build puts pdf.js's data (see vite.config.ts). */
function dataUrl(folder: string): string {
  return new URL(`./pdfjs/${folder}/`, document.baseURI).href;
}

/**
 * Opens a document's bytes with pdf.js in a worker of its own, ended
 * with the document or when `signal` aborts the opening. Scripting and
 * eval stay off: the sheets come from outside and only need drawing. The
 * data folders give fonts a plotter did not embed and decoders for
 * scanned sheets.
 */
export async function openPdf(
  bytes: Uint8Array,
  signal?: AbortSignal,
): Promise<PDFDocumentProxy> {
  const worker = takeWorker();
  prepareSpare();
  // An opening given up (its time ran out) ends its worker at once.
  const giveUp = () => worker.destroy();
  signal?.addEventListener("abort", giveUp, { once: true });
  try {
    const pdf = await getDocument({
      data: bytes,
      worker,
      isEvalSupported: false,
      enableXfa: false,
      stopAtErrors: false,
      cMapUrl: dataUrl("cmaps"),
      cMapPacked: true,
      standardFontDataUrl: dataUrl("standard_fonts"),
      wasmUrl: dataUrl("wasm"),
      iccUrl: dataUrl("iccs"),
    }).promise;
    endsWithWorker(pdf, worker);
    return pdf;
  } catch (cause) {
    worker.destroy();
    throw cause;
  } finally {
    signal?.removeEventListener("abort", giveUp);
  }
}

/**
 * Makes the document's `destroy` end its worker too: pdf.js ends only
 * the workers it started itself, and every caller closes a document
 * with `destroy`.
 */
function endsWithWorker(pdf: PDFDocumentProxy, worker: PDFWorker): void {
  const close = pdf.destroy.bind(pdf);
  pdf.destroy = async () => {
    try {
      await close();
    } finally {
      worker.destroy();
    }
  };
}

export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
