import { loadPdfium, sheetOnWhite } from "./nodePdfium";

/** The viewer width the bench's first view is drawn at, in pixels. */
const WIDTH_PX = 2000;

/**
 * The engine's own floor for a first view on this machine: PDFium (the
 * same wasm the raster workers run) in this Node process, on one thread,
 * opening the bytes, reading sheet 1 and drawing it `WIDTH_PX` wide, as
 * the reference table measured it. The median of `runs` fresh
 * documents; the first run also loads and compiles PDFium, and is left
 * out as the viewer's workers compile theirs before a sheet is opened.
 */
export async function pdfiumAloneMs(
  bytes: Uint8Array,
  runs = 5,
): Promise<number> {
  const module = await loadPdfium();
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    drawFirstSheet(module, bytes);
    if (run > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

type Pdfium = Awaited<ReturnType<typeof loadPdfium>>;

function drawFirstSheet(module: Pdfium, bytes: Uint8Array): void {
  const heap = (module.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8;
  const pointer = module.pdfium.wasmExports.malloc(bytes.length);
  heap.set(bytes, pointer);
  const doc = module.FPDF_LoadMemDocument(pointer, bytes.length, "");
  const page = doc === 0 ? 0 : module.FPDF_LoadPage(doc, 0);
  if (page !== 0) {
    module.FPDFBitmap_Destroy(sheetOnWhite(module, page, WIDTH_PX).bitmap);
    module.FPDF_ClosePage(page);
  }
  if (doc !== 0) module.FPDF_CloseDocument(doc);
  module.pdfium.wasmExports.free(pointer);
}
