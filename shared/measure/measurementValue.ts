import type { Calibration, MarkupKind } from "../domain/entities";
import type { SheetXy } from "./calibrate";
import {
  angleDeg,
  areaWithCutOuts,
  distanceM,
  polylineLengthM,
} from "./quantities";

/** The markup kinds that are measurements. */
export const MEASURE_KINDS = [
  "measure_length",
  "measure_polyline",
  "measure_area",
  "measure_angle",
  "measure_count",
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Tells whether a markup kind is a measurement (calibration is not). */
export function isMeasureKind(
  kind: MarkupKind | "calibrate",
): kind is MeasureKind {
  return (MEASURE_KINDS as readonly string[]).includes(kind);
}

/** The value of one measurement, by kind. */
export type MeasurementValue =
  | { readonly kind: "length"; readonly lengthM: number }
  | {
      readonly kind: "area";
      readonly areaM2: number;
      readonly perimeterM: number;
    }
  | { readonly kind: "angle"; readonly degrees: number }
  | { readonly kind: "count"; readonly count: number };

/** What a measurement's value follows from: a measurement markup's parts. */
export interface MeasuredShape {
  readonly kind: MeasureKind;
  readonly points: readonly SheetXy[];
  /** The cut-outs of an area, each a ring. */
  readonly strokes?: readonly (readonly SheetXy[])[];
}

/**
 * A measurement's value from its points and calibration. Null while the
 * shape lacks the points its kind needs (a length with one point).
 */
export function measurementValue(
  shape: MeasuredShape,
  calibration: Calibration,
): MeasurementValue | null {
  const p = shape.points;
  switch (shape.kind) {
    case "measure_length":
      if (p.length < 2) return null;
      return { kind: "length", lengthM: distanceM(calibration, p[0]!, p[1]!) };
    case "measure_polyline":
      if (p.length < 2) return null;
      return { kind: "length", lengthM: polylineLengthM(calibration, p) };
    case "measure_area": {
      if (p.length < 3) return null;
      const area = areaWithCutOuts(calibration, p, shape.strokes ?? []);
      return { kind: "area", ...area };
    }
    case "measure_angle":
      if (p.length < 3) return null;
      return {
        kind: "angle",
        degrees: angleDeg(calibration, p[0]!, p[1]!, p[2]!),
      };
    case "measure_count":
      return { kind: "count", count: p.length };
  }
}
