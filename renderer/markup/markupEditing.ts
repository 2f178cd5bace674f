import type { MarkupKind } from "../../shared/domain/entities";
import {
  viewportPixel,
  type ViewportPixel,
} from "../../shared/geo/coordinates";
import {
  isBoxKind,
  isVertexKind,
  moveVertex,
  resizeBox,
  translatePoints,
} from "./shapeGeometry";

/**
 * A drag of a markup on screen: the whole markup (handle -1), or one of
 * its handles (a box corner or a vertex), from one pixel to another.
 */
export interface EditGesture {
  readonly markupId: string;
  readonly handle: number;
  readonly from: ViewportPixel;
  readonly to: ViewportPixel;
}

/**
 * The pixels the author may grab on a selected markup: a box's four
 * corners, a line's or polygon's vertices, a callout's tip. Other kinds
 * (text, note, ink) only move as a whole.
 */
export function editHandles(
  kind: MarkupKind,
  pixels: readonly ViewportPixel[],
): ViewportPixel[] {
  if (isBoxKind(kind) || isVertexKind(kind)) return [...pixels];
  if (kind === "callout") return pixels.slice(0, 1);
  return [];
}

/** A markup's pixels after a move, resize or vertex drag. */
export function editedPixels(
  kind: MarkupKind,
  pixels: readonly ViewportPixel[],
  gesture: Pick<EditGesture, "handle" | "from" | "to">,
): ViewportPixel[] {
  const { handle, from, to } = gesture;
  if (handle < 0) {
    return translatePoints(pixels, to.x - from.x, to.y - from.y, viewportPixel);
  }
  if (isBoxKind(kind) && pixels.length === 4) {
    return resizeBox(pixels, handle, to, viewportPixel);
  }
  return moveVertex(pixels, handle, to);
}
