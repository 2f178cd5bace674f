import {
  pdfPoint,
  viewportPixel,
  type PdfPoint,
  type ViewportPixel,
} from "../../shared/geo/coordinates";

/**
 * The part of a pdf.js `PageViewport` the viewer needs: its two point
 * conversions, which account for the page's /Rotate, the zoom and the
 * offset of the visible region.
 */
export interface SheetViewport {
  readonly width: number;
  readonly height: number;
  convertToPdfPoint(x: number, y: number): number[];
  convertToViewportPoint(x: number, y: number): number[];
}

/** A pixel of the viewer (CSS pixels, y down) to PDF user space. */
export function toPdfPoint(
  viewport: SheetViewport,
  pixel: ViewportPixel,
): PdfPoint {
  const [x = 0, y = 0] = viewport.convertToPdfPoint(pixel.x, pixel.y);
  return pdfPoint(x, y);
}

/** A point of PDF user space to a pixel of the viewer. */
export function toViewportPixel(
  viewport: SheetViewport,
  point: PdfPoint,
): ViewportPixel {
  const [x = 0, y = 0] = viewport.convertToViewportPoint(point.x, point.y);
  return viewportPixel(x, y);
}
