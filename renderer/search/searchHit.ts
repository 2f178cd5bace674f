import type { PdfPoint } from "../../shared/geo/coordinates";

/**
 * One place where the searched text occurs: a sheet of a document and
 * the boxes of the matched characters in PDF user space (points, y up),
 * so they follow zoom and rotation like markups.
 */
export interface SearchHit {
  readonly documentId: string;
  readonly sheetIndex: number;
  readonly boxes: readonly SearchBox[];
}

/**
 * A matched run of text in PDF user space. `quad` is the rectangle its
 * glyphs fill, turned with the text: the start and end of its bottom
 * edge, then the end and start of its top edge, in the direction its
 * baseline runs (left to right on upright text, Arabic included).
 * `from` and `to` are opposite corners of the upright box around it,
 * for bringing the hit into view.
 */
export interface SearchBox {
  readonly from: PdfPoint;
  readonly to: PdfPoint;
  readonly quad: readonly [PdfPoint, PdfPoint, PdfPoint, PdfPoint];
}
