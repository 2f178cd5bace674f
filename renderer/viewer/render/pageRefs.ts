import type { PDFDocumentProxy } from "pdfjs-dist";

/**
 * Each page object of a document by pdf.js's id ("12R", "12R3"), in page
 * order: what a layer choice needs to rebuild the page tree for PDFium
 * (layerPatch.ts). Fetched only for documents that have layers.
 */
export async function pageRefsOf(pdf: PDFDocumentProxy): Promise<string[]> {
  const refs: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { ref } = await pdf.getPage(number);
    if (ref === null) throw new Error(`sheet ${number} has no object`);
    refs.push(`${ref.num}R${ref.gen === 0 ? "" : ref.gen}`);
  }
  return refs;
}
