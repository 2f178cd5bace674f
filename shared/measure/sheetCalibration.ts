import type { Calibration, Markup } from "../domain/entities";
import type { SheetXy } from "./calibrate";
import {
  calibrationFromViewport,
  viewportAt,
  type ViewportScale,
} from "./measureDictionary";

/** A sheet's calibration at a point and where it came from. */
export interface SheetCalibration {
  readonly calibration: Calibration;
  /** The `measure_calibration` markup that set it, when one did. */
  readonly markupId: string | null;
}

/**
 * The sheet's current calibration record: the most recently updated,
 * not deleted `measure_calibration` markup of that document page, from
 * any author, so a scale set on one workstation holds on the others.
 */
export function latestCalibrationMarkup(
  markups: readonly Markup[],
  documentId: string,
  sheetIndex: number,
): Markup | null {
  let latest: Markup | null = null;
  for (const m of markups) {
    const candidate =
      m.kind === "measure_calibration" &&
      !m.deleted &&
      m.documentId === documentId &&
      m.sheetIndex === sheetIndex &&
      m.measurement !== undefined;
    if (candidate && (latest === null || m.updatedAt > latest.updatedAt)) {
      latest = m;
    }
  }
  return latest;
}

/**
 * The calibration that applies at `point` of a sheet: a reviewer's
 * calibration record wins (it was set on purpose, often because the PDF's
 * own scale is wrong or unitless); otherwise the PDF's viewport that
 * contains the point; otherwise none, and the tools ask for one.
 */
export function calibrationAt(options: {
  markups: readonly Markup[];
  documentId: string;
  sheetIndex: number;
  viewportScales: readonly ViewportScale[];
  userUnit: number;
  point: SheetXy | null;
}): SheetCalibration | null {
  const record = latestCalibrationMarkup(
    options.markups,
    options.documentId,
    options.sheetIndex,
  );
  if (record?.measurement !== undefined) {
    return { calibration: record.measurement.calibration, markupId: record.id };
  }
  if (options.point === null) return null;

  const scale = viewportAt(options.viewportScales, options.point);
  const calibration =
    scale === null ? null : calibrationFromViewport(scale, options.userUnit);
  return calibration === null ? null : { calibration, markupId: null };
}
