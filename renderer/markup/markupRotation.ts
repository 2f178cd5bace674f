import type { MarkupKind } from "../../shared/domain/entities";
import type { Point } from "./cloudGeometry";
import { centroid, isBoxKind, resizeBox } from "./shapeGeometry";

/*
 * Turning markups. Boxes (rectangle, ellipse, cloud, highlight, stamp)
 * and texts keep upright points and a rotation (`style.rotationDeg`),
 * so that they are resized along their own sides and a stamp's words
 * stay a stamp's words. Lines, arrows, polylines, polygons and ink turn
 * their points instead: every point is already free, and exchanges with
 * Acrobat or Bluebeam carry no rotation for those kinds. All angles are
 * clockwise as seen on screen (y down), which is clockwise on paper at
 * any quarter turn of the sheet since the view never mirrors it.
 */

/** How a kind turns: by its rotation field, by its points, or not. */
export type RotationMode = "field" | "points" | null;

const pointKinds: ReadonlySet<MarkupKind> = new Set([
  "arrow",
  "line",
  "polyline",
  "polygon",
  "ink",
]);

/** How a markup kind is turned, or null when it does not turn. */
export function rotationModeOf(kind: MarkupKind): RotationMode {
  if (isBoxKind(kind) || kind === "text") return "field";
  if (pointKinds.has(kind)) return "points";
  return null;
}

/** Snap step when Shift is held, in degrees. */
export const ROTATION_SNAP_DEG = 15;

/** Step of the rotate keys, in degrees. */
export const ROTATION_KEY_STEP_DEG = 15;

/** How far above the shape the rotation grip stands, in CSS pixels. */
export const ROTATION_GRIP_OFFSET_PX = 24;

/** An angle brought into [0, 360), rounded to a hundredth of a degree. */
export function normaliseDeg(deg: number): number {
  const turned = ((deg % 360) + 360) % 360;
  const rounded = Math.round(turned * 100) / 100;
  return rounded === 360 ? 0 : rounded;
}

/** `p` turned by `deg` clockwise (screen, y down) about `centre`. */
export function rotatePoint(p: Point, centre: Point, deg: number): Point {
  const r = (deg * Math.PI) / 180;
  const dx = p.x - centre.x;
  const dy = p.y - centre.y;
  return {
    x: centre.x + dx * Math.cos(r) - dy * Math.sin(r),
    y: centre.y + dx * Math.sin(r) + dy * Math.cos(r),
  };
}

/** The point a markup turns about: a text's anchor, else the centre. */
export function rotationCentre(kind: MarkupKind, pixels: readonly Point[]) {
  if (kind === "text") return pixels[0] ?? { x: 0, y: 0 };
  return centroid(pixels);
}

/** Some points turned about a centre, each rebuilt by `make`. */
export function rotatePoints<P extends Point>(
  points: readonly P[],
  centre: Point,
  deg: number,
  make: (x: number, y: number) => P,
): P[] {
  if (deg === 0) return [...points];
  return points.map((p) => {
    const q = rotatePoint(p, centre, deg);
    return make(q.x, q.y);
  });
}

/**
 * The turn a drag of the grip from `from` to `to` makes about `centre`,
 * in degrees; with `snap` the resulting rotation `base + turn` lands on
 * a multiple of 15°.
 */
export function dragTurn(
  centre: Point,
  from: Point,
  to: Point,
  base: number,
  snap: boolean,
): number {
  const angle = (p: Point) =>
    (Math.atan2(p.y - centre.y, p.x - centre.x) * 180) / Math.PI;
  const turn = angle(to) - angle(from);
  if (!snap) return turn;
  const target = Math.round((base + turn) / ROTATION_SNAP_DEG);
  return target * ROTATION_SNAP_DEG - base;
}

/**
 * Where the rotation grip of a shape stands: above the middle of its
 * top side as drawn (upright pixels turned by `deg`).
 */
export function rotationGrip(
  kind: MarkupKind,
  pixels: readonly Point[],
  deg: number,
): Point {
  const centre = rotationCentre(kind, pixels);
  const top = Math.min(...pixels.map((p) => p.y));
  const above = { x: centre.x, y: top - ROTATION_GRIP_OFFSET_PX };
  return rotatePoint(above, centre, deg);
}

/**
 * A turned box resized by dragging corner `handle` (as drawn) to `to`:
 * the work is done upright, then the box is shifted so that the
 * opposite corner stays where it is drawn.
 */
export function resizeTurnedBox<P extends Point>(
  corners: readonly P[],
  deg: number,
  handle: number,
  to: Point,
  make: (x: number, y: number) => P,
): P[] {
  const centre = centroid(corners);
  const upright = rotatePoint(to, centre, -deg);
  const resized = resizeBox(corners, handle, upright, make);
  const moved = centroid(resized);
  const shift = { x: moved.x - centre.x, y: moved.y - centre.y };
  const turnedShift = rotatePoint(shift, { x: 0, y: 0 }, deg);
  const tx = turnedShift.x - shift.x;
  const ty = turnedShift.y - shift.y;
  return resized.map((p) => make(p.x + tx, p.y + ty));
}
