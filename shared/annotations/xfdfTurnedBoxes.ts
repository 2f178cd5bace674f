import type { Markup, MarkupKind } from "../domain/entities";
import type { XfdfAnnotation } from "./exchangeTypes";
import { turnedPoints } from "./turnedAppearance";
import { boundsOf, pointsOf, xfdfPoints, type PagePoint } from "./xfdfGeometry";

/*
 * A rectangle or ellipse turned by `style.rotationDeg` goes to XFDF as a
 * polygon of its turned outline, because readers ignore the rotation of
 * a Square or Circle and would draw it upright. Lajna-named attributes
 * keep the upright box and the turn, so our own import gets the markup
 * back as it was; other readers skip attributes they do not know.
 */

/** Attributes of a turned box that the import turns back into fields. */
export const TURNED_BOX_KEYS = ["lajna-kind", "lajna-box", "lajna-rotation"];

/** Points on a turned ellipse's outline; enough for a smooth print. */
const ELLIPSE_STEPS = 48;

/** A turned box written as a polygon. */
export interface TurnedBox {
  readonly attrs: Record<string, string>;
  readonly vertices: PagePoint[];
}

/** The polygon a turned rectangle or ellipse is written as, or null. */
export function turnedBoxOf(markup: Markup): TurnedBox | null {
  const deg = markup.style.rotationDeg ?? 0;
  const box = markup.points.slice(0, 4);
  const turnable = markup.kind === "rectangle" || markup.kind === "ellipse";
  if (!turnable || deg === 0 || box.length !== 4) return null;

  const outline = markup.kind === "rectangle" ? box : ellipseOf(box);
  return {
    attrs: {
      "lajna-kind": markup.kind,
      "lajna-box": xfdfPoints(box),
      "lajna-rotation": String(deg),
    },
    vertices: turned(outline, deg, centreOf(box)),
  };
}

/** Room around a stamp's box for the outer half of its 2 pt border. */
const STAMP_BORDER_MARGIN_PT = 1;

/**
 * The rect (left, bottom, right, top) of a stamp written with our
 * appearance: its turned drawing with its border, since readers fit the
 * appearance into the rect and would squeeze a turned stamp into its
 * upright box.
 */
export function stampRectOf(markup: Markup): number[] {
  return boundsOf(turnedPoints(markup).slice(0, 4), STAMP_BORDER_MARGIN_PT);
}

/**
 * The attributes that give our import a stamp's upright box and turn
 * back from a rect that is its drawing's bounds (`stampRectOf`). The
 * turn is not XFDF's `rotation`, which readers would apply on top of
 * the appearance that already draws it turned.
 */
export function stampBoxAttributes(markup: Markup): Record<string, string> {
  const deg = markup.style.rotationDeg ?? 0;
  return {
    "lajna-kind": "stamp",
    "lajna-box": xfdfPoints(markup.points.slice(0, 4)),
    ...(deg === 0 ? {} : { "lajna-rotation": String(deg) }),
  };
}

/**
 * The upright box and turn of a polygon or stamp we wrote, or null for
 * others.
 */
export function turnedBoxFromXfdf(a: XfdfAnnotation): {
  kind: MarkupKind;
  points: PagePoint[];
  rotationDeg: number;
} | null {
  const kind = boxKindOf(a);
  const box = a.attrs["lajna-box"];
  const deg = Number(a.attrs["lajna-rotation"] ?? 0);
  if (box === undefined || kind === null) return null;
  const points = pointsOf(box, a.element);
  if (points.length !== 4 || !Number.isFinite(deg) || Math.abs(deg) > 360) {
    return null;
  }
  return { kind, points: followMove(a, points), rotationDeg: deg };
}

/**
 * The box moved as far as another program moved the annotation: it
 * rewrites the rect or vertices it knows and carries our attributes over
 * untouched. Our rect and outline are centred on the box, so a shift of
 * their centre is the move.
 */
function followMove(a: XfdfAnnotation, box: PagePoint[]): PagePoint[] {
  const text = a.element === "stamp" ? a.attrs["rect"] : a.vertices;
  if (text === undefined || text === null || text.trim() === "") return box;
  const now = middleOf(pointsOf(text, a.element));
  const was = middleOf(box);
  const dx = now.x - was.x;
  const dy = now.y - was.y;
  if (Math.hypot(dx, dy) < 0.01) return box;
  return box.map((p) => ({ x: p.x + dx, y: p.y + dy }));
}

/** The middle of the points' bounds (a repeated closing vertex or an
 * uneven spread of outline points does not move it). */
function middleOf(points: readonly PagePoint[]): PagePoint {
  const [left = 0, bottom = 0, right = 0, top = 0] = boundsOf(points);
  return { x: (left + right) / 2, y: (bottom + top) / 2 };
}

/** The kind a box we wrote names, checked against its element. */
function boxKindOf(a: XfdfAnnotation): MarkupKind | null {
  const kind = a.attrs["lajna-kind"];
  if (a.element === "stamp") return kind === "stamp" ? kind : null;
  const turnable = kind === "rectangle" || kind === "ellipse";
  return a.element === "polygon" && turnable ? kind : null;
}

function centreOf(box: readonly PagePoint[]): PagePoint {
  return {
    x: box.reduce((s, p) => s + p.x, 0) / box.length,
    y: box.reduce((s, p) => s + p.y, 0) / box.length,
  };
}

function ellipseOf(box: readonly PagePoint[]): PagePoint[] {
  const xs = box.map((p) => p.x);
  const ys = box.map((p) => p.y);
  const c = centreOf(box);
  const rx = (Math.max(...xs) - Math.min(...xs)) / 2;
  const ry = (Math.max(...ys) - Math.min(...ys)) / 2;
  return Array.from({ length: ELLIPSE_STEPS }, (_, i) => {
    const t = (2 * Math.PI * i) / ELLIPSE_STEPS;
    return { x: c.x + rx * Math.cos(t), y: c.y + ry * Math.sin(t) };
  });
}

/** Points turned clockwise on paper (y up) about `c`, as the viewer turns. */
function turned(
  points: readonly PagePoint[],
  deg: number,
  c: PagePoint,
): PagePoint[] {
  const r = (deg * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return points.map((p) => ({
    x: c.x + cos * (p.x - c.x) + sin * (p.y - c.y),
    y: c.y - sin * (p.x - c.x) + cos * (p.y - c.y),
  }));
}
