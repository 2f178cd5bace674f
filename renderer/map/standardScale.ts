/**
 * The scales planning sheets are drawn at in Morocco: level plans at 1/50
 * or 1/100, site plans at 1/200 to 1/500, location plans at 1/1000 to
 * 1/5000 (1/2000 for zoning plans).
 */
export const STANDARD_SCALES: readonly number[] = [
  50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000,
];

/**
 * How far a placement may stray from a standard scale and still read as
 * drawn at it: a click a pixel off on a sheet shown at screen size moves
 * the implied scale by about one percent.
 */
export const SCALE_TOLERANCE = 0.02;

/** The standard scale nearest an implied one, and the relative gap. */
export interface ScaleCheck {
  readonly standard: number;
  /** (implied − standard) / standard; 0.01 means one percent too small. */
  readonly deviation: number;
  /** Whether the gap is within SCALE_TOLERANCE. */
  readonly matches: boolean;
}

/**
 * Compares the scale a placement implies with the usual ones, so a
 * placement on the wrong points (or a sheet printed "fit to page") shows
 * up before it is saved.
 */
export function checkScale(impliedDenominator: number): ScaleCheck {
  let standard = STANDARD_SCALES[0] ?? 1;
  for (const candidate of STANDARD_SCALES) {
    const gap = Math.abs(Math.log(impliedDenominator / candidate));
    if (gap < Math.abs(Math.log(impliedDenominator / standard))) {
      standard = candidate;
    }
  }
  const deviation = (impliedDenominator - standard) / standard;
  return {
    standard,
    deviation,
    matches: Math.abs(deviation) <= SCALE_TOLERANCE,
  };
}
