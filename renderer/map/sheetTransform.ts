import type { Similarity } from "../../shared/geo/similarity";
import { similarityScale } from "../../shared/geo/similarity";
import { affineFromArray, compose, invertAffine } from "./affine";
import type { Affine } from "./affine";

/**
 * The chain that draws a placed sheet on the map:
 *
 *   image pixel → PDF point → map metre → canvas pixel
 *
 * The sheet is rendered once by pdf.js into an image; its viewport
 * transform says where each PDF point landed in that image. The placement
 * (a similarity from two control point pairs) takes PDF points to map
 * metres, and the map says which extent its canvas covers at which
 * resolution. Composing the three gives the one matrix a canvas needs.
 */

/** Metres on paper per PDF point (1/72 inch). */
export const METRES_PER_PDF_POINT = 0.0254 / 72;

/**
 * What one canvas drawn by the map covers: the map extent (metres,
 * [minX, minY, maxX, maxY]), the map metres per CSS pixel, and the device
 * pixels per CSS pixel. OpenLayers passes exactly these to an ImageCanvas
 * source's canvas function.
 */
export interface MapCanvasFrame {
  readonly extent: readonly [number, number, number, number];
  readonly resolutionM: number;
  readonly pixelRatio: number;
}

/** The placement as a matrix: PDF points to map metres. */
export function similarityToAffine(s: Similarity): Affine {
  return [s.a, s.b, -s.b, s.a, s.tx, s.ty];
}

/**
 * Map metres to pixels of the canvas that covers `frame`. Map y grows
 * northwards while canvas y grows downwards, hence the flip about the
 * extent's top edge.
 */
export function mapToCanvasAffine(frame: MapCanvasFrame): Affine {
  const k = frame.pixelRatio / frame.resolutionM;
  const [minX, , , maxY] = frame.extent;
  return [k, 0, 0, -k, -minX * k, maxY * k];
}

/**
 * Image pixels of the rendered sheet to PDF points, from the pdf.js
 * viewport transform the image was rendered with (PDF point to pixel).
 */
export function imageToPdfAffine(viewportTransform: readonly number[]) {
  return invertAffine(affineFromArray(viewportTransform));
}

/**
 * The whole chain for one canvas: hand the result to `setTransform` and
 * draw the sheet image at (0, 0).
 */
export function sheetImageToCanvas(
  imageToPdf: Affine,
  placement: Similarity,
  frame: MapCanvasFrame,
): Affine {
  const pdfToMap = similarityToAffine(placement);
  return compose(compose(imageToPdf, pdfToMap), mapToCanvasAffine(frame));
}

/**
 * The scale a placement implies, as the denominator of "1 : N": map metres
 * per metre of paper. An architect checks it against the scale printed in
 * the title block, which is how a wrong pick shows up.
 */
export function placementScaleDenominator(placement: Similarity): number {
  return similarityScale(placement) / METRES_PER_PDF_POINT;
}
