import type { MarkupDraftInput } from "../../shared/contract/requests";
import type {
  Calibration,
  DossierDocument,
  Markup,
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
  return {
    id: crypto.randomUUID(),
    dossierId: sheet.document.dossierId,
    documentId: sheet.document.id,
    sheetIndex: sheet.sheetIndex,
    kind: "measure_calibration",
    points: plain(points),
    comment: calibrationComment(calibration),
    color: MEASURE_COLOUR,
    measurement: { calibration },
  };
}

/** A calibration record's comment: its scale, and its known length. */
function calibrationComment(calibration: Calibration): string {
  const scale = `1/${displayedScale(calibration)}`;
  const known = calibration.knownLengthM;
  return known === undefined ? scale : `${known} m · ${scale}`;
}

/**
 * The language-neutral comment a measurement or calibration markup is
 * saved with, for its shape and calibration as they are now; null for
 * other markups and for measurements without a value.
 */
export function neutralComment(
  markup: Pick<Markup, "kind" | "points" | "strokes" | "measurement">,
): string | null {
  const calibration = markup.measurement?.calibration;
  if (calibration === undefined) return null;
  if (markup.kind === "measure_calibration") {
    return calibrationComment(calibration);
  }
  if (!isMeasureKind(markup.kind)) return null;
  const value = measurementValue(
    { kind: markup.kind, points: markup.points, strokes: markup.strokes },
    calibration,
  );
  return value === null ? null : formatMeasurement(value, calibration);
}
