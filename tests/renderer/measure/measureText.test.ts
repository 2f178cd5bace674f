import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Markup } from "../../../shared/domain/entities";
import { calibrationFromScale } from "../../../shared/measure/calibrate";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import { MeasureLabels } from "../../../renderer/measure/MeasureLabels";
import {
  markupMeasureText,
  measurementText,
} from "../../../renderer/measure/measureText";
import type { SheetViewport } from "../../../renderer/viewer/sheetCoordinates";

/*
 * Measurement values follow the UI language's number format, as Compare's
 * do: "21,92 m" in French (the sheet once said "21.92 m"), a point in
 * English, and Arabic units and perimeter name.
 */

registerAllMessages();

const at200 = calibrationFromScale(200);

const area = {
  kind: "area",
  areaM2: 526.5612,
  perimeterM: 91.8834,
} as const;

describe("measurement text", () => {
  it("writes a decimal comma in French and a point in English", () => {
    const length = { kind: "length", lengthM: 21.9234 } as const;
    expect(measurementText(length, at200, "fr")).toBe("21,92 m");
    expect(measurementText(length, at200, "en")).toBe("21.92 m");
    expect(measurementText(area, at200, "fr")).toBe("526,56 m² · P 91,88 m");
  });

  it("names the perimeter and the metre in Arabic", () => {
    const text = measurementText(area, at200, "ar");
    expect(text).toContain("المحيط");
    expect(text).toContain("م²");
    expect(text).not.toMatch(/\bP\b|\bm\b/);
    expect(text).toContain("526,56");
  });

  it("writes an angle with one decimal in the language's format", () => {
    const angle = { kind: "angle", degrees: 89.96 } as const;
    expect(measurementText(angle, at200, "fr")).toBe("90,0°");
  });

  it("writes a two-point calibration's length and scale", () => {
    const calibration = { ...at200, knownLengthM: 12.5 };
    const markup = {
      kind: "measure_calibration",
      measurement: { calibration },
    };
    expect(markupMeasureText(markup as Markup, "fr")).toBe("12,50 m · 1/200");
  });

  it("writes a whole known length with the measurements' digits", () => {
    const calibration = { ...at200, knownLengthM: 10 };
    const markup = {
      kind: "measure_calibration",
      measurement: { calibration },
    } as Markup;
    expect(markupMeasureText(markup, "fr")).toBe("10,00 m · 1/200");
    expect(markupMeasureText(markup, "en")).toBe("10.00 m · 1/200");
    // At 1/1000 a tenth of a millimetre of paper is ten centimetres.
    const coarse = { ...calibrationFromScale(1000), knownLengthM: 10 };
    const far = { ...markup, measurement: { calibration: coarse } };
    expect(markupMeasureText(far, "fr")).toBe("10,0 m · 1/1000");
  });
});

describe("measure labels on the sheet", () => {
  it("draws a length in French with a decimal comma", () => {
    const viewport: SheetViewport = {
      width: 1000,
      height: 1000,
      convertToViewportPoint: (x, y) => [x, 1000 - y],
      convertToPdfPoint: (x, y) => [x, 1000 - y],
    };
    // 100 pt of paper at 1/200: 35.28 mm, 7.06 m.
    const markup = {
      id: "m1",
      kind: "measure_length",
      points: [
        { x: 100, y: 100 },
        { x: 200, y: 100 },
      ],
      strokes: [],
      deleted: false,
      comment: "7.06 m",
      measurement: { calibration: at200 },
    } as unknown as Markup;
    const html = renderToStaticMarkup(
      createElement(MeasureLabels, { viewport, markups: [markup] }),
    );
    expect(html).toContain(">7,06 m<");
  });
});
