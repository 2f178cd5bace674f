import { lonLat } from "../../shared/geo/coordinates";
import type { LonLat } from "../../shared/geo/coordinates";
import type { Xy } from "./geometry";

/**
 * Where the demo lies: a square of about 2 km × 2 km over Khemisset. The
 * generator works in local metres from the square's south-west corner and
 * shifts to EPSG:26191 at the end, so every shape is easy to read here.
 */

/** Khemisset town centre (WGS 84), on the RN6 near the town hall. */
export const KHEMISSET_CENTRE: LonLat = lonLat(-6.066, 33.824);

/**
 * The EPSG:26191 coordinates of the local origin. Projecting the town
 * centre with shared/geo/projection.ts gives (438 217.4, 358 585.7); the
 * origin sits about 1 km south-west of it, rounded to whole metres, so
 * the centre falls in the middle of the square (local 1017, 986).
 */
export const LOCAL_ORIGIN: Readonly<Xy> = { x: 437_200, y: 357_600 };

/** Side of the demo square, metres. */
export const AREA_SIDE_M = 2000;

/** A local point (metres from the origin) in EPSG:26191 metres. */
export function toMap(p: Xy): { x: number; y: number } {
  return { x: round2(LOCAL_ORIGIN.x + p.x), y: round2(LOCAL_ORIGIN.y + p.y) };
}

/** A local ring in EPSG:26191 metres. */
export function ringToMap(ring: readonly Xy[]): { x: number; y: number }[] {
  return ring.map(toMap);
}

// Centimetres are the survey's precision; rounding keeps the output stable.
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
