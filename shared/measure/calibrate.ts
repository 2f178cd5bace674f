import { UserError } from "../contract/errors";
import type { Calibration } from "../domain/entities";

/** A point of a sheet's PDF user space; branded PdfPoints fit it too. */
export interface SheetXy {
  readonly x: number;
  readonly y: number;
}

/** One inch, in metres: a unit of user space is /UserUnit / 72 inch. */
const INCH_M = 0.0254;

/**
 * The standard scales a reviewer picks from, by denominator, largest
 * first: details (1/20, 1/25) to rural location plans (1/5000).
 */
export const STANDARD_SCALES = [
  20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
] as const;

/**
 * The length on paper of one unit of the page's user space, in metres.
 * `userUnit` is the page's /UserUnit (1 when absent, as on most sheets).
 */
export function paperMetresPerUnit(userUnit = 1): number {
  return (userUnit * INCH_M) / 72;
}

/**
 * The calibration of a sheet drawn at 1/`denominator`: one metre of paper
 * stands for `denominator` metres of the real world.
 */
export function calibrationFromScale(
  denominator: number,
  userUnit = 1,
): Calibration {
  if (!(denominator > 0) || !Number.isFinite(denominator)) {
    throw new UserError("measure.error.badScale");
  }
  const metresPerUnit = paperMetresPerUnit(userUnit) * denominator;
  return {
    source: "standard_scale",
    metresPerUnitX: metresPerUnit,
    metresPerUnitY: metresPerUnit,
    scaleDenominator: denominator,
  };
}

/**
 * The calibration given by two points picked on the sheet (user space) and
 * the real distance between them. Fails with a UserError when the points
 * coincide or the length is not a positive number.
 */
export function calibrationFromTwoPoints(
  a: SheetXy,
  b: SheetXy,
  knownLengthM: number,
  userUnit = 1,
): Calibration {
  const units = Math.hypot(b.x - a.x, b.y - a.y);
  if (units === 0) throw new UserError("measure.error.samePoints");
  if (!(knownLengthM > 0) || !Number.isFinite(knownLengthM)) {
    throw new UserError("measure.error.badLength");
  }

  const metresPerUnit = knownLengthM / units;
  return {
    source: "two_points",
    metresPerUnitX: metresPerUnit,
    metresPerUnitY: metresPerUnit,
    scaleDenominator: metresPerUnit / paperMetresPerUnit(userUnit),
    knownLengthM,
  };
}

/**
 * The scale denominator a calibration implies, rounded to the standard
 * scale when within one percent of it (a two-point pick is rarely exact).
 */
export function displayedScale(calibration: Calibration): number {
  const implied = calibration.scaleDenominator;
  const near = STANDARD_SCALES.find((s) => Math.abs(implied - s) / s <= 0.01);
  return near ?? Math.round(implied);
}
