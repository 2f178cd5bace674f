import type { WrappedPdfiumModule } from "@embedpdf/pdfium";

/**
 * The glyphs PDFium reads on one sheet: for glyph i, its Unicode code
 * point `codes[i]` and its origin on the baseline at
 * (`origins[2i]`, `origins[2i + 1]`), in PDF user space points. Spaces
 * PDFium only infers (its "generated" characters) are left out; spaces
 * the PDF draws stay, as they end the word before them.
 */
export interface PageGlyphs {
  readonly codes: Uint32Array;
  readonly origins: Float64Array;
}

/** A sheet with no glyphs (a scan, or a sheet PDFium cannot read). */
export const NO_GLYPHS: PageGlyphs = {
  codes: new Uint32Array(0),
  origins: new Float64Array(0),
};

function heapF64(module: WrappedPdfiumModule): Float64Array {
  return (module.pdfium as unknown as { HEAPF64: Float64Array }).HEAPF64;
}

/** Reads the glyphs of a page PDFium has loaded (`FPDF_LoadPage`). */
export function readPageGlyphs(
  module: WrappedPdfiumModule,
  page: number,
): PageGlyphs {
  const textPage = module.FPDFText_LoadPage(page);
  if (textPage === 0) return NO_GLYPHS;
  // Two doubles PDFium writes each origin into.
  const point = module.pdfium.wasmExports.malloc(16);
  try {
    return collect(module, textPage, point);
  } finally {
    module.pdfium.wasmExports.free(point);
    module.FPDFText_ClosePage(textPage);
  }
}

function collect(
  module: WrappedPdfiumModule,
  textPage: number,
  point: number,
): PageGlyphs {
  const count = module.FPDFText_CountChars(textPage);
  const codes = new Uint32Array(count);
  const origins = new Float64Array(count * 2);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    if (module.FPDFText_IsGenerated(textPage, i) !== 0) continue;
    if (!module.FPDFText_GetCharOrigin(textPage, i, point, point + 8)) {
      continue;
    }
    // The heap may have grown (and moved) since the last glyph.
    const heap = heapF64(module);
    codes[kept] = module.FPDFText_GetUnicode(textPage, i);
    origins[kept * 2] = heap[point / 8] ?? 0;
    origins[kept * 2 + 1] = heap[point / 8 + 1] ?? 0;
    kept++;
  }
  return {
    codes: codes.slice(0, kept),
    origins: origins.slice(0, kept * 2),
  };
}
