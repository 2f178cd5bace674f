import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { glyphFrame } from "./glyphFrame";

/**
 * The glyphs PDFium reads on one sheet, in PDF user space points: for
 * glyph i, its Unicode code point `codes[i]`, its origin on the baseline
 * at (`origins[2i]`, `origins[2i + 1]`) and its frame (see GlyphFrame)
 * as `frames[3i .. 3i + 2]`: advance, ascent, descent, all NaN when
 * PDFium's loose box does not tell them. Spaces PDFium only infers (its
 * "generated" characters) are left out; spaces the PDF draws stay, as
 * they end the word before them.
 */
export interface PageGlyphs {
  readonly codes: Uint32Array;
  readonly origins: Float64Array;
  readonly frames: Float32Array;
}

/** A sheet with no glyphs (a scan, or a sheet PDFium cannot read). */
export const NO_GLYPHS: PageGlyphs = {
  codes: new Uint32Array(0),
  origins: new Float64Array(0),
  frames: new Float32Array(0),
};

interface Heaps {
  HEAPF64: Float64Array;
  HEAPF32: Float32Array;
}

/** Where PDFium writes a glyph's answers in the scratch memory. */
const ORIGIN_AT = 0;
const BOX_AT = 16;
const MATRIX_AT = 32;
const SCRATCH_BYTES = 56;

/** Reads the glyphs of a page PDFium has loaded (`FPDF_LoadPage`). */
export function readPageGlyphs(
  module: WrappedPdfiumModule,
  page: number,
): PageGlyphs {
  const textPage = module.FPDFText_LoadPage(page);
  if (textPage === 0) return NO_GLYPHS;
  const scratch = module.pdfium.wasmExports.malloc(SCRATCH_BYTES);
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
  const frames = new Float32Array(count * 3);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    if (module.FPDFText_IsGenerated(textPage, i) !== 0) continue;
    const origin = scratch + ORIGIN_AT;
    if (!module.FPDFText_GetCharOrigin(textPage, i, origin, origin + 8)) {
      continue;
    }
    codes[kept] = module.FPDFText_GetUnicode(textPage, i);
    // Read the heaps afresh: they move when PDFium's memory grows.
    const { HEAPF64 } = module.pdfium as unknown as Heaps;
    origins.set(HEAPF64.subarray(origin / 8, origin / 8 + 2), kept * 2);
    frames.set(readFrame(module, textPage, i, scratch), kept * 3);
    kept++;
  }
  return {
    codes: codes.slice(0, kept),
    origins: origins.slice(0, kept * 2),
    frames: frames.slice(0, kept * 3),
  };
}

const UNKNOWN_FRAME = [Number.NaN, Number.NaN, Number.NaN];

/**
 * Glyph `i`'s advance, ascent and descent from its loose box and matrix
 * (see glyphFrame), its origin being already in the scratch memory.
 */
function readFrame(
  module: WrappedPdfiumModule,
  textPage: number,
  i: number,
  scratch: number,
): number[] {
  const box = scratch + BOX_AT;
  const matrix = scratch + MATRIX_AT;
  const read =
    module.FPDFText_GetLooseCharBox(textPage, i, box) &&
    module.FPDFText_GetMatrix(textPage, i, matrix);
  if (!read) return UNKNOWN_FRAME;

  const { HEAPF64, HEAPF32 } = module.pdfium as unknown as Heaps;
  const floats = (at: number) => HEAPF32.subarray(at / 4, at / 4 + 4);
  const [x = 0, y = 0] = HEAPF64.subarray(scratch / 8, scratch / 8 + 2);
  // FS_RECTF is left, top, right, bottom; FS_MATRIX is a, b, c, d, e, f.
  const [left = 0, top = 0, right = 0, bottom = 0] = floats(box);
  const [a = 0, b = 0, c = 0, d = 0] = floats(matrix);
  const frame = glyphFrame({ x, y }, { left, bottom, right, top }, [
    a,
    b,
    c,
    d,
  ]);
  if (frame === null) return UNKNOWN_FRAME;
  return [frame.advancePt, frame.ascentPt, frame.descentPt];
}
