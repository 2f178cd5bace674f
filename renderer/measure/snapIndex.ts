import { OPS, type PDFPageProxy } from "pdfjs-dist";
import { pathsFromOperatorList } from "../../shared/measure/pathSegments";
import { snapGridForPage, type SnapGrid } from "../../shared/measure/snapGrid";

/**
 * The snapping index of one sheet: every straight piece of the drawing's
 * paths from pdf.js's operator list, in PDF user space, in a grid. Built
 * once per page when a reviewer starts measuring; the operator list comes
 * from pdf.js's worker, so the main thread only does the indexing.
 */
export async function buildSnapIndex(page: PDFPageProxy): Promise<SnapGrid> {
  const list = await page.getOperatorList();
  const paths = pathsFromOperatorList(list, OPS);
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  return snapGridForPage(paths, x1 - x0, y1 - y0);
}
