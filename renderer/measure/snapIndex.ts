import { OPS, type PDFPageProxy } from "pdfjs-dist";
import { PathWalker } from "../../shared/measure/pathSegments";
import { snapGridForPage, type SnapGrid } from "../../shared/measure/snapGrid";

/** Operators read, then segments indexed, between two yields. */
const OPERATORS_PER_SLICE = 40_000;
const SEGMENTS_PER_SLICE = 15_000;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The snapping index of one sheet: every straight piece of the drawing's
 * paths from pdf.js's operator list, in PDF user space, in a grid. Built
 * once per page when a reviewer starts measuring. The operator list is
 * made in pdf.js's worker; reading and indexing it here go in slices
 * (a heavy 42 x 30 in sheet has half a million operators) so the main
 * thread never stalls while the reviewer pans.
 */
export async function buildSnapIndex(page: PDFPageProxy): Promise<SnapGrid> {
  const list = await page.getOperatorList();
  const walker = new PathWalker(list, OPS);
  while (!walker.step(OPERATORS_PER_SLICE)) await nextFrame();

  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const grid = snapGridForPage(walker.result(), x1 - x0, y1 - y0, true);
  while (!grid.indexStep(SEGMENTS_PER_SLICE)) await nextFrame();
  return grid;
}
