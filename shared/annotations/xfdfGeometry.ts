import { UserError } from "../contract/errors";
import { exchangeLimits } from "./exchangeTypes";

/** A point in PDF user space of a page (points, y up). */
export interface PagePoint {
  readonly x: number;
  readonly y: number;
}

/**
 * The numbers of an XFDF coordinate list ("x,y;x,y" or "a,b,c,d"),
 * refused with `xfdf.error.badCoordinate` when one is not finite or lies
 * beyond the limit, so a hostile file cannot place shapes at infinity.
 */
export function numbersOf(text: string, element: string): number[] {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const numbers = parts.map(Number);
  for (const n of numbers) {
    if (!Number.isFinite(n) || Math.abs(n) > exchangeLimits.maxCoordinatePt) {
      throw new UserError("xfdf.error.badCoordinate", { element });
    }
  }
  return numbers;
}

/** Pairs of numbers as points; an odd count is a malformed list. */
export function pointsOf(text: string, element: string): PagePoint[] {
  const numbers = numbersOf(text, element);
  if (numbers.length % 2 !== 0 || numbers.length === 0) {
    throw new UserError("xfdf.error.badCoordinate", { element });
  }
  if (numbers.length / 2 > exchangeLimits.maxPointsPerPath) {
    throw new UserError("xfdf.error.tooMany", {
      max: exchangeLimits.maxPointsPerPath,
    });
  }

  const points: PagePoint[] = [];
  for (let i = 0; i < numbers.length; i += 2) {
    points.push({ x: numbers[i] ?? 0, y: numbers[i + 1] ?? 0 });
  }
  return points;
}

/**
 * The four corners of a rectangle "x1,y1,x2,y2", top-left first and
 * clockwise, so that the first point anchors text as the viewer draws it.
 */
export function cornersOf(text: string, element: string): PagePoint[] {
  const numbers = numbersOf(text, element);
  const [a, b, c, d] = numbers;
  if (numbers.length !== 4 || a === undefined || b === undefined) {
    throw new UserError("xfdf.error.badCoordinate", { element });
  }
  const x1 = Math.min(a, c ?? a);
  const x2 = Math.max(a, c ?? a);
  const y1 = Math.min(b, d ?? b);
  const y2 = Math.max(b, d ?? b);
  return [
    { x: x1, y: y2 },
    { x: x2, y: y2 },
    { x: x2, y: y1 },
    { x: x1, y: y1 },
  ];
}

/** The bounding box of points, as [left, bottom, right, top]. */
export function boundsOf(
  points: readonly PagePoint[],
  marginPt = 0,
): [number, number, number, number] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return [
    Math.min(...xs) - marginPt,
    Math.min(...ys) - marginPt,
    Math.max(...xs) + marginPt,
    Math.max(...ys) + marginPt,
  ];
}

/** A number as XFDF writes it: fixed six decimals, well under 0.01 pt. */
export function xfdfNumber(n: number): string {
  return n.toFixed(6);
}

/** Points as an XFDF vertices or gesture list, "x,y;x,y". */
export function xfdfPoints(points: readonly PagePoint[]): string {
  return points.map((p) => `${xfdfNumber(p.x)},${xfdfNumber(p.y)}`).join(";");
}
