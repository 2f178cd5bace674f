import type { WrappedPdfiumModule } from "@embedpdf/pdfium";

/**
 * The glyphs PDFium reads on one sheet, in PDF user space points: for
 * glyph i, its Unicode code point `codes[i]`, its origin on the baseline
 * at (`origins[2i]`, `origins[2i + 1]`) and the upright box around its
 * advance and the font's height, `boxes[4i .. 4i + 3]` as left, bottom,
 * right, top. Spaces PDFium only infers (its "generated" characters) are
 * left out; spaces the PDF draws stay, as they end the word before them.
 */
export interface PageGlyphs {
  readonly codes: Uint32Array;
  readonly origins: Float64Array;
  readonly boxes: Float32Array;
}

/** A sheet with no glyphs (a scan, or a sheet PDFium cannot read). */
export const NO_GLYPHS: PageGlyphs = {
  codes: new Uint32Array(0),
  origins: new Float64Array(0),
  boxes: new Float32Array(0),
};

interface Heaps {
  HEAPF64: Float64Array;
  HEAPF32: Float32Array;
}

/** Reads the glyphs of a page PDFium has loaded (`FPDF_LoadPage`). */
export function readPageGlyphs(
  module: WrappedPdfiumModule,
  page: number,
): PageGlyphs {
  const textPage = module.FPDFText_LoadPage(page);
  if (textPage === 0) return NO_GLYPHS;
  // Two doubles for an origin, then four floats for a box.
  const scratch = module.pdfium.wasmExports.malloc(32);
  try {
    return collect(module, textPage, scratch);
  } finally {
    module.pdfium.wasmExports.free(scratch);
    module.FPDFText_ClosePage(textPage);
  }
}

function collect(
  module: WrappedPdfiumModule,
  textPage: number,
  scratch: number,
): PageGlyphs {
  const count = module.FPDFText_CountChars(textPage);
  const codes = new Uint32Array(count);
  const origins = new Float64Array(count * 2);
  const boxes = new Float32Array(count * 4);
  const box = scratch + 16;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    if (module.FPDFText_IsGenerated(textPage, i) !== 0) continue;
    const placed =
      module.FPDFText_GetCharOrigin(textPage, i, scratch, scratch + 8) &&
      module.FPDFText_GetLooseCharBox(textPage, i, box);
    if (!placed) continue;

    // Read the heaps afresh: they move when PDFium's memory grows.
    const { HEAPF64, HEAPF32 } = module.pdfium as unknown as Heaps;
    codes[kept] = module.FPDFText_GetUnicode(textPage, i);
    origins.set(HEAPF64.subarray(scratch / 8, scratch / 8 + 2), kept * 2);
    const [left = 0, top = 0, right = 0, bottom = 0] = HEAPF32.subarray(
      box / 4,
      box / 4 + 4,
    );
    boxes.set([left, bottom, right, top], kept * 4);
    kept++;
  }
  return {
    codes: codes.slice(0, kept),
    origins: origins.slice(0, kept * 2),
    boxes: boxes.slice(0, kept * 4),
  };
}
