/**
 * Paper units for the demo sheets. PDF user space is in points (1/72 in);
 * drawings are laid out in millimetres of paper and metres of ground, and
 * converted exactly: 1 mm = 72/25.4 pt.
 */

/** Points per millimetre of paper, exact. */
export const PT_PER_MM = 72 / 25.4;

/** Millimetres of paper in points. */
export function mm(valueMm: number): number {
  return valueMm * PT_PER_MM;
}

/** ISO sheet formats used by the demo, landscape, in millimetres. */
export const SHEET_FORMATS = {
  A1: { widthMm: 841, heightMm: 594 },
  A2: { widthMm: 594, heightMm: 420 },
} as const;

/** A sheet format name. */
export type SheetFormat = keyof typeof SHEET_FORMATS;

/** A landscape sheet's size in points. */
export function sheetSizePt(format: SheetFormat): {
  widthPt: number;
  heightPt: number;
} {
  const size = SHEET_FORMATS[format];
  return { widthPt: mm(size.widthMm), heightPt: mm(size.heightMm) };
}

/**
 * Points of paper per metre of ground at 1/`scaleDenominator`: at 1/100 a
 * metre is 10 mm, i.e. 28.346 pt.
 */
export function ptPerMetre(scaleDenominator: number): number {
  return (1000 / scaleDenominator) * PT_PER_MM;
}

/**
 * Pen widths in millimetres, as a CAD plot style assigns them: heavy for
 * cut walls and parcel limits, fine for furniture, hairline for hatching.
 */
export const PEN_MM = {
  hairline: 0.13,
  fine: 0.18,
  thin: 0.25,
  medium: 0.35,
  thick: 0.5,
  heavy: 0.7,
  bold: 1.0,
} as const;

/** A pen weight name. */
export type PenWeight = keyof typeof PEN_MM;
