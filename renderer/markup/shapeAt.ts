import type { Markup } from "../../shared/domain/entities";
import { pdfPoint, viewportPixel } from "../../shared/geo/coordinates";
import {
  toViewportPixel,
  type SheetViewport,
} from "../viewer/sheetCoordinates";
import { editedShape, editedStrokes, type EditGesture } from "./markupEditing";
import type { ShapeInput } from "./shapeBodies";
import { sheetAngleDeg, uprightFrame } from "./uprightFrame";

/**
 * A markup as drawn at `viewport`: its points in viewer pixels, after
 * the drag `edit` when one is under way, laid out in the upright frame
 * (uprightFrame.ts). The resting drawing and the drag preview share
 * this frame, or a stamp on a turned sheet showed unturned until it
 * was released.
 */
export function shapeAt(
  markup: Markup,
  viewport: SheetViewport,
  edit: EditGesture | null = null,
): Required<Pick<ShapeInput, "style" | "strokePixels">> & ShapeInput {
  const pixelsAt = (points: readonly { x: number; y: number }[]) =>
    points.map((p) => toViewportPixel(viewport, pdfPoint(p.x, p.y)));
  const pixels = pixelsAt(markup.points);
  const strokePixels = markup.strokes.map(pixelsAt);
  const turn = markup.style.rotationDeg ?? 0;

  const shape =
    edit === null
      ? { pixels, rotationDeg: turn }
      : editedShape(markup.kind, pixels, turn, edit);
  const upright = uprightFrame(
    markup.kind,
    shape.pixels,
    shape.rotationDeg,
    sheetAngleDeg(viewport),
    viewportPixel,
  );
  return {
    ...markup,
    pixels: upright.pixels,
    strokePixels:
      edit === null
        ? strokePixels
        : editedStrokes(markup.kind, pixels, strokePixels, edit),
    style: { ...markup.style, rotationDeg: upright.rotationDeg },
  };
}
