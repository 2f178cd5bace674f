import type { PdfPoint } from "../../shared/geo/coordinates";

/**
 * One place where the searched text occurs: a sheet of a document and
 * the boxes of the matched characters, as corner pairs in PDF user space
 * (points, y up), so they follow zoom and rotation like markups.
 */
export interface SearchHit {
  readonly documentId: string;
  readonly sheetIndex: number;
  readonly boxes: readonly SearchBox[];
}

/** Two opposite corners of a matched run of text, in PDF user space. */
export interface SearchBox {
  readonly from: PdfPoint;
  readonly to: PdfPoint;
}
