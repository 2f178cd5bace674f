import type { Calibration, Markup } from "../../shared/domain/entities";
import { displayedScale } from "../../shared/measure/calibrate";
import {
  isMeasureKind,
  measurementValue,
  type MeasurementValue,
} from "../../shared/measure/measurementValue";
import { decimalsFor } from "../../shared/measure/precision";
import { translate, type Language } from "../i18n/catalog";
import { formatDecimal } from "../i18n/formatNumber";

/**
 * A measurement's value as the reviewer reads it in the UI language: the
 * language's decimal sign ("21,92 m" in French, as Compare writes its
 * numbers), units and the perimeter's name translated ("م", "المحيط" in
 * Arabic), with the digits the calibration supports (precision.ts).
 */
export function measurementText(
  value: MeasurementValue,
  calibration: Calibration,
  language: Language,
): string {
  const digits = decimalsFor(calibration);
  const number = (n: number, d = digits) => formatDecimal(n, language, d);
  switch (value.kind) {
    case "length":
      return translate(language, "measure.value.length", {
        length: number(value.lengthM),
      });
    case "area":
      return translate(language, "measure.value.area", {
        area: number(value.areaM2),
        perimeter: number(value.perimeterM),
      });
    case "angle":
      return translate(language, "measure.value.angle", {
        degrees: number(value.degrees, 1),
      });
    case "count":
      return String(value.count);
  }
}

/**
 * The text of a measurement or calibration markup in the UI language,
 * computed from its points and calibration (the saved comment keeps the
 * language-neutral form for XFDF and other tools); null for other kinds.
 */
export function markupMeasureText(
  markup: Markup,
  language: Language,
): string | null {
  const calibration = markup.measurement?.calibration;
  if (calibration === undefined) return null;
  if (markup.kind === "measure_calibration") {
    return calibrationText(calibration, language);
  }
  if (!isMeasureKind(markup.kind)) return null;
  const value = measurementValue(
    { kind: markup.kind, points: markup.points, strokes: markup.strokes },
    calibration,
  );
  return value === null ? null : measurementText(value, calibration, language);
}

/** A calibration's scale, and its known length when set on two points. */
function calibrationText(calibration: Calibration, language: Language) {
  const scale = translate(language, "measure.scaleOption", {
    denominator: displayedScale(calibration),
  });
  const known = calibration.knownLengthM;
  if (known === undefined) return scale;
  // The digits of the measurements taken at this scale, so "10 m" typed
  // reads "10,00 m" beside the lengths measured with it.
  const length = translate(language, "measure.value.length", {
    length: formatDecimal(known, language, decimalsFor(calibration)),
  });
  return `${length} · ${scale}`;
}
