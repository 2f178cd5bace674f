import { pdfiumHeap } from "../../../renderer/viewer/render/pdfiumHeap";
import { loadPdfium } from "./sheetTextKit";

/** Where a glyph's ink lies (PDFium's tight box), in user space. */
export interface InkBox {
  readonly char: string;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly top: number;
}

/**
 * The ink of every drawn glyph on a sheet (from 0), as PDFium's
 * `FPDFText_GetCharBox` bounds its outline: a witness that a hit box
 * covers the letters it claims, whatever ascent the font declares.
 */
export async function inkBoxes(
  bytes: Uint8Array,
  sheetIndex: number,
): Promise<InkBox[]> {
  const pdfium = await loadPdfium();
  const { malloc, free } = pdfium.pdfium.wasmExports;
  const data = malloc(bytes.length);
  pdfiumHeap(pdfium).set(bytes, data);
  const doc = pdfium.FPDF_LoadMemDocument(data, bytes.length, "");
  const page = pdfium.FPDF_LoadPage(doc, sheetIndex);
  const textPage = pdfium.FPDFText_LoadPage(page);
  const scratch = malloc(32);
  const boxes: InkBox[] = [];
  for (let i = 0; i < pdfium.FPDFText_CountChars(textPage); i++) {
    const [left, right, bottom, top] = [0, 8, 16, 24].map((o) => scratch + o);
    if (
      !pdfium.FPDFText_GetCharBox(textPage, i, left!, right!, bottom!, top!)
    ) {
      continue;
    }
    const heap = (pdfium.pdfium as unknown as { HEAPF64: Float64Array })
      .HEAPF64;
    const [l = 0, r = 0, b = 0, t = 0] = heap.subarray(
      scratch / 8,
      scratch / 8 + 4,
    );
    if (r - l <= 0 || t - b <= 0) continue;
    const char = String.fromCodePoint(pdfium.FPDFText_GetUnicode(textPage, i));
    boxes.push({ char, left: l, right: r, bottom: b, top: t });
  }
  free(scratch);
  pdfium.FPDFText_ClosePage(textPage);
  pdfium.FPDF_ClosePage(page);
  pdfium.FPDF_CloseDocument(doc);
  free(data);
  return boxes;
}
