import type { Markup } from "../domain/entities";
import type { MarkupAppearance } from "./appearanceOps";

/*
 * How the sheet viewer's turning and stacking of markups reach exports.
 * A markup turned by `style.rotationDeg` (boxes and texts; other kinds
 * turn their points, see renderer/markup/markupRotation.ts) is drawn
 * upright and turned as a whole, clockwise on paper, about its box's
 * centre or a text's anchor, as the sheet viewer draws it.
 */

/** Kinds whose rotation field turns them; others ignore it. */
const TURNED_BY_FIELD = new Set<Markup["kind"]>([
  "rectangle",
  "ellipse",
  "cloud",
  "highlight",
  "stamp",
  "text",
]);

type Point = { readonly x: number; readonly y: number };

/** The turn a markup is drawn with, in degrees clockwise; 0 when none. */
function turnOf(markup: Markup): number {
  if (!TURNED_BY_FIELD.has(markup.kind)) return 0;
  return markup.style.rotationDeg ?? 0;
}

/** The point the markup turns about, in page space. */
function centreOf(markup: Markup): Point {
  if (markup.kind === "text") return markup.points[0] ?? { x: 0, y: 0 };
  const corners = markup.points.slice(0, 4);
  const n = Math.max(1, corners.length);
  return {
    x: corners.reduce((s, p) => s + p.x, 0) / n,
    y: corners.reduce((s, p) => s + p.y, 0) / n,
  };
}

/** The PDF matrix turning page space clockwise by `deg` about `c` (y up). */
function turnMatrix(deg: number, c: Point): number[] {
  const r = (deg * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return [
    cos,
    -sin,
    sin,
    cos,
    c.x - cos * c.x - sin * c.y,
    c.y + sin * c.x - cos * c.y,
  ];
}

/** The appearance with the markup's turn applied, if it has one. */
export function turnedAppearance(
  markup: Markup,
  appearance: MarkupAppearance,
): MarkupAppearance {
  const deg = turnOf(markup);
  if (deg === 0 || appearance.ops === "") return appearance;
  const m = turnMatrix(deg, centreOf(markup))
    .map((n) => String(Math.round(n * 10_000) / 10_000))
    .join(" ");
  return { ...appearance, ops: `q ${m} cm ${appearance.ops} Q` };
}

/**
 * The markup's points (or `points`, the outline it draws) as drawn on
 * paper, so that an annotation's /Rect encloses its turned drawing.
 */
export function turnedPoints(
  markup: Markup,
  points: readonly Point[] = markup.points,
): Point[] {
  const deg = turnOf(markup);
  if (deg === 0) return [...points];
  const [a, b, c, d, e, f] = turnMatrix(deg, centreOf(markup)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return points.map((p) => ({
    x: a * p.x + c * p.y + e,
    y: b * p.x + d * p.y + f,
  }));
}

/**
 * Markups in the order the sheet draws them (`zOrder`, absent = 0, ties
 * keep their order): readers stack annotations in file order.
 */
export function inDrawingOrder(markups: readonly Markup[]): Markup[] {
  return [...markups].sort((a, b) => (a.zOrder ?? 0) - (b.zOrder ?? 0));
}
