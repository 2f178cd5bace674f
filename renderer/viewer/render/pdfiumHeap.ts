import type { WrappedPdfiumModule } from "@embedpdf/pdfium";

/**
 * PDFium's wasm memory as bytes, which the wrapped module does not type.
 * Read it again after each call into PDFium: a growing heap replaces
 * the array.
 */
export function pdfiumHeap(module: WrappedPdfiumModule): Uint8Array {
  return (module.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8;
}
