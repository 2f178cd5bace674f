import type { Calibration } from "../domain/entities";
import type { MeasurementValue } from "./measurementValue";

/**
 * What a reviewer can read on paper: a tenth of a millimetre. At 1/100 it
 * stands for a centimetre, at 1/1000 for ten centimetres, so a value is
 * shown with no more digits than the drawing supports.
 */
export const PAPER_RESOLUTION_M = 0.0001;

/** The real-world size of the paper's resolution under a calibration. */
export function precisionM(calibration: Calibration): number {
  return PAPER_RESOLUTION_M * calibration.scaleDenominator;
}

/** Decimals of metres (and square metres) the calibration supports. */
export function decimalsFor(calibration: Calibration): number {
  const digits = Math.round(-Math.log10(precisionM(calibration)));
  return Math.max(0, Math.min(4, digits));
}

/**
 * A measurement's value as text in metres, square metres, degrees or a
 * count, e.g. `10.00 m`, `A 45.20 m² · P 27.00 m`, `90.0°`, `12`. Digits
 * are Western with a dot, as on the plans' own dimensions.
 */
export function formatMeasurement(
  value: MeasurementValue,
  calibration: Calibration,
): string {
  const d = decimalsFor(calibration);
  switch (value.kind) {
    case "length":
      return `${value.lengthM.toFixed(d)} m`;
    case "area":
      return `${value.areaM2.toFixed(d)} m² · P ${value.perimeterM.toFixed(d)} m`;
    case "angle":
      return `${value.degrees.toFixed(1)}°`;
    case "count":
      return String(value.count);
  }
}
