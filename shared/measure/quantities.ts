import type { Calibration } from "../domain/entities";
import type { SheetXy } from "./calibrate";

/**
 * The quantities the measuring tools give, from points in PDF user space
 * and the calibration they were taken with. Scales may differ along x and
 * y (a PDF measure dictionary's /Y), so each step maps to metres first.
 */

function toMetres(calibration: Calibration, p: SheetXy): SheetXy {
  return {
    x: p.x * calibration.metresPerUnitX,
    y: p.y * calibration.metresPerUnitY,
  };
}

/** The real distance between two points, in metres. */
export function distanceM(
  calibration: Calibration,
  a: SheetXy,
  b: SheetXy,
): number {
  const dx = (b.x - a.x) * calibration.metresPerUnitX;
  const dy = (b.y - a.y) * calibration.metresPerUnitY;
  return Math.hypot(dx, dy);
}

/** The length of an open polyline through the points, in metres. */
export function polylineLengthM(
  calibration: Calibration,
  points: readonly SheetXy[],
): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    total += distanceM(calibration, points[i - 1]!, points[i]!);
  }
  return total;
}

/** The perimeter of a closed ring (last point joins the first), in m. */
export function ringPerimeterM(
  calibration: Calibration,
  ring: readonly SheetXy[],
): number {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined || ring.length < 2) return 0;
  return (
    polylineLengthM(calibration, ring) + distanceM(calibration, last, first)
  );
}

/** The unsigned area of a ring by the shoelace formula, in m². */
export function ringAreaM2(
  calibration: Calibration,
  ring: readonly SheetXy[],
): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = toMetres(calibration, ring[i]!);
    const b = toMetres(calibration, ring[(i + 1) % ring.length]!);
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

/** An area's value: net of its cut-outs, and its outline's perimeter. */
export interface AreaValue {
  readonly areaM2: number;
  /** The outer outline's perimeter, cut-outs not included. */
  readonly perimeterM: number;
  /** The area of the outline alone, before the cut-outs. */
  readonly grossAreaM2: number;
}

/**
 * An area with cut-outs: `outer` is the outline, each of `holes` a ring
 * inside it (a courtyard, a stairwell) whose area is taken off.
 */
export function areaWithCutOuts(
  calibration: Calibration,
  outer: readonly SheetXy[],
  holes: readonly (readonly SheetXy[])[],
): AreaValue {
  const grossAreaM2 = ringAreaM2(calibration, outer);
  const cut = holes.reduce((s, h) => s + ringAreaM2(calibration, h), 0);
  return {
    areaM2: Math.max(0, grossAreaM2 - cut),
    perimeterM: ringPerimeterM(calibration, outer),
    grossAreaM2,
  };
}

/**
 * The angle at `vertex` between the rays to `a` and `b`, in degrees from
 * 0 to 180, measured in real-world metres so an unequal x/y scale counts.
 */
export function angleDeg(
  calibration: Calibration,
  a: SheetXy,
  vertex: SheetXy,
  b: SheetXy,
): number {
  const v = toMetres(calibration, vertex);
  const pa = toMetres(calibration, a);
  const pb = toMetres(calibration, b);
  const ux = pa.x - v.x;
  const uy = pa.y - v.y;
  const wx = pb.x - v.x;
  const wy = pb.y - v.y;
  const radians = Math.atan2(Math.abs(ux * wy - uy * wx), ux * wx + uy * wy);
  return (radians * 180) / Math.PI;
}
