import type { MarkupKind } from "../../shared/domain/entities";
import { pdfPoint } from "../../shared/geo/coordinates";
import {
  toViewportPixel,
  type SheetViewport,
} from "../viewer/sheetCoordinates";
import type { Point } from "./cloudGeometry";
import { rotatePoints, rotationCentre } from "./markupRotation";

/**
 * Kinds whose drawing is laid out upright from a box (words, a stamp's
 * frame and byline). On a sheet turned by the page's /Rotate or the
 * reviewer, their corners arrive turned; laid out from those, a stamp
 * became a thin column of oversized sideways words.
 */
const uprightKinds: ReadonlySet<MarkupKind> = new Set(["text", "stamp"]);

/**
 * The angle, in degrees clockwise on screen, at which the viewport shows
 * the sheet's x axis: 0 on an upright sheet, 90 once it is turned a
 * quarter clockwise.
 */
export function sheetAngleDeg(viewport: SheetViewport): number {
  const origin = toViewportPixel(viewport, pdfPoint(0, 0));
  const along = toViewportPixel(viewport, pdfPoint(1, 0));
  const deg =
    (Math.atan2(along.y - origin.y, along.x - origin.x) * 180) / Math.PI;
  return Math.round(deg * 1e6) / 1e6;
}

/**
 * A markup's pixels and turn as its body should lay them out: for the
 * upright kinds on a turned sheet, the corners turned back about the
 * centre and the sheet's angle added to the markup's own rotation, so
 * the body draws an upright box that the rotation then turns with the
 * drawing. Other kinds, and upright sheets, pass through unchanged.
 */
export function uprightFrame<P extends Point>(
  kind: MarkupKind,
  pixels: readonly P[],
  rotationDeg: number,
  angleDeg: number,
  make: (x: number, y: number) => P,
): { pixels: readonly P[]; rotationDeg: number } {
  if (angleDeg === 0 || !uprightKinds.has(kind)) {
    return { pixels, rotationDeg };
  }
  const centre = rotationCentre(kind, pixels);
  return {
    pixels: rotatePoints(pixels, centre, -angleDeg, make),
    rotationDeg: rotationDeg + angleDeg,
  };
}
