import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { degrees, PDFDocument } from "pdf-lib";
import type { SheetViewport } from "../../../renderer/viewer/sheetCoordinates";

/**
 * Real pdf.js viewports of an A3 landscape sheet (1190 x 842 pt), made
 * with pdf-lib in memory: one upright, one whose page is turned by
 * /Rotate 90, so tool tests run on the viewer's own conversions.
 */
export async function sheetViewports(scale: number): Promise<{
  upright: SheetViewport;
  turned: SheetViewport;
}> {
  const doc = await PDFDocument.create();
  doc.addPage([1190, 842]);
  doc.addPage([1190, 842]).setRotation(degrees(90));
  const data = await doc.save();
  const pdf = await getDocument({ data, isEvalSupported: false }).promise;
  const [upright, turned] = await Promise.all([pdf.getPage(1), pdf.getPage(2)]);
  return {
    upright: upright.getViewport({ scale }),
    turned: turned.getViewport({ scale }),
  };
}
