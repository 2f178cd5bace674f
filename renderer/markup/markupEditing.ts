import type { MarkupKind } from "../../shared/domain/entities";
import {
  viewportPixel,
  type ViewportPixel,
} from "../../shared/geo/coordinates";
import {
  dragTurn,
  normaliseDeg,
  resizeTurnedBox,
  rotatePoints,
  rotationCentre,
  rotationModeOf,
} from "./markupRotation";
import {
  isBoxKind,
  isVertexKind,
  moveVertex,
  resizeBox,
  translatePoints,
} from "./shapeGeometry";

/** The handle number of a drag of the whole markup. */
export const MOVE_HANDLE = -1;

/** The handle number of the rotation grip. */
export const ROTATE_HANDLE = -2;

/**
 * A drag of a markup on screen: the whole markup (MOVE_HANDLE), its
 * rotation grip (ROTATE_HANDLE, `snap` when Shift is held), or one of
 * its handles (a box corner or a vertex), from one pixel to another.
 */
export interface EditGesture {
  readonly markupId: string;
  readonly handle: number;
  readonly from: ViewportPixel;
  readonly to: ViewportPixel;
  readonly snap?: boolean;
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

/** A shape on screen: upright pixels and the rotation they are drawn at. */
export interface TurnedPixels {
  readonly pixels: ViewportPixel[];
  readonly rotationDeg: number;
}

/** A markup's pixels as drawn: upright ones turned by its rotation. */
export function drawnPixels(
  kind: MarkupKind,
  pixels: readonly ViewportPixel[],
  rotationDeg: number,
): ViewportPixel[] {
  if (rotationModeOf(kind) !== "field" || rotationDeg === 0) {
    return [...pixels];
  }
  const centre = rotationCentre(kind, pixels);
  return rotatePoints(pixels, centre, rotationDeg, viewportPixel);
}

/**
 * A markup after any drag, rotation included: a turn changes the
 * rotation of boxes and texts and the points of the other kinds; a
 * turned box is resized along its own sides.
 */
export function editedShape(
  kind: MarkupKind,
  pixels: readonly ViewportPixel[],
  rotationDeg: number,
  gesture: Pick<EditGesture, "handle" | "from" | "to" | "snap">,
): TurnedPixels {
  const mode = rotationModeOf(kind);
  if (gesture.handle === ROTATE_HANDLE && mode !== null) {
    const centre = rotationCentre(kind, pixels);
    const base = mode === "field" ? rotationDeg : 0;
    const turn = dragTurn(
      centre,
      gesture.from,
      gesture.to,
      base,
      gesture.snap ?? false,
    );
    if (mode === "field") {
      return { pixels: [...pixels], rotationDeg: normaliseDeg(base + turn) };
    }
    const turned = rotatePoints(pixels, centre, turn, viewportPixel);
    return { pixels: turned, rotationDeg };
  }
  const turnedBox = mode === "field" && isBoxKind(kind) && rotationDeg !== 0;
  if (turnedBox && gesture.handle >= 0 && pixels.length === 4) {
    const resized = resizeTurnedBox(
      pixels,
      rotationDeg,
      gesture.handle,
      gesture.to,
      viewportPixel,
    );
    return { pixels: resized, rotationDeg };
  }
  if (gesture.handle === ROTATE_HANDLE) {
    return { pixels: [...pixels], rotationDeg };
  }
  return { pixels: editedPixels(kind, pixels, gesture), rotationDeg };
}

/**
 * Ink strokes after a drag: moved with the markup, or turned about the
 * same centre as its points.
 */
export function editedStrokes(
  kind: MarkupKind,
  pixels: readonly ViewportPixel[],
  strokes: readonly (readonly ViewportPixel[])[],
  gesture: Pick<EditGesture, "handle" | "from" | "to" | "snap">,
): ViewportPixel[][] {
  if (gesture.handle === ROTATE_HANDLE && rotationModeOf(kind) === "points") {
    const centre = rotationCentre(kind, pixels);
    const turn = dragTurn(
      centre,
      gesture.from,
      gesture.to,
      0,
      gesture.snap ?? false,
    );
    return strokes.map((s) => rotatePoints(s, centre, turn, viewportPixel));
  }
  if (gesture.handle === ROTATE_HANDLE) return strokes.map((s) => [...s]);
  return strokes.map((s) =>
    editedPixels("ink", s, { ...gesture, handle: MOVE_HANDLE }),
  );
}
