import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { readPageGlyphs, type PageGlyphs } from "./pageGlyphs";
import { pdfiumHeap } from "../../viewer/render/pdfiumHeap";

/** A document open in PDFium for reading its glyphs, sheet by sheet. */
export interface GlyphDocument {
  readonly sheetCount: number;
  /** The glyphs of a sheet (from 0); each sheet is loaded and let go. */
  sheet(index: number): PageGlyphs;
  /** Frees PDFium's copy of the document; the object is dead after. */
  close(): void;
}

/**
 * Opens a PDF's bytes in PDFium. PDFium reads from its own heap for as
 * long as the document is open, so the bytes are copied there and freed
 * on close. Throws when PDFium cannot open them.
 */
export function openGlyphDocument(
  module: WrappedPdfiumModule,
  bytes: Uint8Array,
): GlyphDocument {
  const { malloc, free } = module.pdfium.wasmExports;
  const bytesPtr = malloc(bytes.length);
  pdfiumHeap(module).set(bytes, bytesPtr);
  const handle = module.FPDF_LoadMemDocument(bytesPtr, bytes.length, "");
  if (handle === 0) {
    free(bytesPtr);
    throw new Error(`PDFium cannot open it: ${module.FPDF_GetLastError()}`);
  }

  return {
    sheetCount: module.FPDF_GetPageCount(handle),
    sheet(index) {
      const page = module.FPDF_LoadPage(handle, index);
      if (page === 0) throw new Error(`PDFium cannot read sheet ${index}`);
      try {
        return readPageGlyphs(module, page);
      } finally {
        module.FPDF_ClosePage(page);
      }
    },
    close() {
      module.FPDF_CloseDocument(handle);
      free(bytesPtr);
    },
  };
}
