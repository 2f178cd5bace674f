import type { MarkupDraftInput } from "../../shared/contract/requests";
import type {
  Calibration,
  DossierDocument,
} from "../../shared/domain/entities";
import { displayedScale, type SheetXy } from "../../shared/measure/calibrate";
import {
  finishedShape,
  type MeasureDraft,
} from "../../shared/measure/measureDraft";
import {
  isMeasureKind,
  measurementValue,
} from "../../shared/measure/measurementValue";
import { formatMeasurement } from "../../shared/measure/precision";
import { MEASURE_COLOUR } from "./measureGeometry";

/** Where a new markup goes: the document and its sheet. */
export interface SheetRef {
  readonly document: DossierDocument;
  readonly sheetIndex: number;
}

function plain(points: readonly SheetXy[]): { x: number; y: number }[] {
  return points.map((p) => ({ x: p.x, y: p.y }));
}

/**
 * The markup a finished measurement is saved as. Its comment is the value
 * as text, so the markup list, XFDF exports and other tools show it; the
 * value itself always follows from the points and the calibration kept in
 * `measurement`. Null when the draft's kind is not a measurement or it
 * lacks points.
 */
export function measurementMarkup(
  sheet: SheetRef,
  draft: MeasureDraft,
  calibration: Calibration,
): MarkupDraftInput | null {
  if (!isMeasureKind(draft.tool)) return null;
  const shape = finishedShape(draft);
  const value = measurementValue(
    { kind: draft.tool, points: shape.points, strokes: shape.strokes },
    calibration,
  );
  if (value === null) return null;

  return {
    id: crypto.randomUUID(),
    dossierId: sheet.document.dossierId,
    documentId: sheet.document.id,
    sheetIndex: sheet.sheetIndex,
    kind: draft.tool,
    points: plain(shape.points),
    strokes: shape.strokes.map(plain),
    comment: formatMeasurement(value, calibration),
    color: MEASURE_COLOUR,
    measurement: { calibration },
  };
}

/**
 * The calibration record of a sheet: two picked points (or, for a chosen
 * scale, the spot it was set from) and the calibration. The latest record
 * of a sheet is its scale on every workstation.
 */
export function calibrationMarkup(
  sheet: SheetRef,
  points: readonly SheetXy[],
  calibration: Calibration,
): MarkupDraftInput {
  const scale = `1/${displayedScale(calibration)}`;
  const known = calibration.knownLengthM;
  return {
    id: crypto.randomUUID(),
    dossierId: sheet.document.dossierId,
    documentId: sheet.document.id,
    sheetIndex: sheet.sheetIndex,
    kind: "measure_calibration",
    points: plain(points),
    comment: known === undefined ? scale : `${known} m · ${scale}`,
    color: MEASURE_COLOUR,
    measurement: { calibration },
  };
}
