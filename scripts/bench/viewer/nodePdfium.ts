import { readFileSync } from "node:fs";
import path from "node:path";
import { init, type WrappedPdfiumModule } from "@embedpdf/pdfium";

/**
 * PDFium from the same npm package the raster worker uses, run in Node so
 * a test or a bench can draw a document's bytes without a browser.
 */
export async function loadPdfium(): Promise<WrappedPdfiumModule> {
  const wasm = readFileSync(
    path.resolve(
      import.meta.dirname,
      "../../../node_modules/@embedpdf/pdfium/dist/pdfium.wasm",
    ),
  );
  const module = await init({ wasmBinary: wasm.buffer as ArrayBuffer });
  module.PDFiumExt_Init();
  return module;
}

/**
 * Draws the first sheet of `bytes` 400 px wide on white and counts its
 * dark pixels; null when PDFium cannot open the bytes.
 */
export function inkOfFirstSheet(
  module: WrappedPdfiumModule,
  bytes: Uint8Array,
): number | null {
  const heap = () =>
    (module.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8;
  const pointer = module.pdfium.wasmExports.malloc(bytes.length);
  heap().set(bytes, pointer);
  const doc = module.FPDF_LoadMemDocument(pointer, bytes.length, "");
  if (doc === 0) {
    module.pdfium.wasmExports.free(pointer);
    return null;
  }
  const page = module.FPDF_LoadPage(doc, 0);
  const width = 400;
  const { bitmap, height } = sheetOnWhite(module, page, width, 1);

  const buffer = module.FPDFBitmap_GetBuffer(bitmap);
  const pixels = heap().subarray(buffer, buffer + width * height * 4);
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if ((pixels[i] as number) < 200) ink++;
  }
  module.FPDFBitmap_Destroy(bitmap);
  module.FPDF_ClosePage(page);
  module.FPDF_CloseDocument(doc);
  module.pdfium.wasmExports.free(pointer);
  return ink;
}

/**
 * Sheet `page` drawn `width` px wide on white with PDFium's render
 * `flags`: a bitmap the caller destroys, and its height.
 */
export function sheetOnWhite(
  module: WrappedPdfiumModule,
  page: number,
  width: number,
  flags = 0,
): { bitmap: number; height: number } {
  const ratio =
    module.FPDF_GetPageHeightF(page) / module.FPDF_GetPageWidthF(page);
  const height = Math.round(width * ratio);
  const bitmap = module.FPDFBitmap_Create(width, height, 1);
  module.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
  module.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, flags);
  return { bitmap, height };
}
