import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { labelAnchor } from "../../shared/annotations/measureLabels";
import type { Markup } from "../../shared/domain/entities";
import { calibrationFromTwoPoints } from "../../shared/measure/calibrate";
import { insideRing } from "../../shared/measure/interiorPoint";
import { measurementValue } from "../../shared/measure/measurementValue";
import { registerAllMessages } from "../../renderer/i18n/registerAll";
import { MeasureLabels } from "../../renderer/measure/MeasureLabels";
import type { SheetViewport } from "../../renderer/viewer/sheetCoordinates";

/*
 * A building's area with its hall cut out: the value was right (152.92 m²
 * = 180 - 27.08) but only the hall was tinted, and the value was written
 * in the hall, at the mean of the outline's corners.
 */

registerAllMessages();

// 20 units of user space stand for 1 m: the building is 15 m x 12 m and
// the hall 5 m x 5.416 m in its middle.
const calibration = calibrationFromTwoPoints(
  { x: 0, y: 0 },
  { x: 20, y: 0 },
  1,
);
const building = [
  { x: 0, y: 0 },
  { x: 300, y: 0 },
  { x: 300, y: 240 },
  { x: 0, y: 240 },
];
const hall = [
  { x: 100, y: 65.84 },
  { x: 200, y: 65.84 },
  { x: 200, y: 174.16 },
  { x: 100, y: 174.16 },
];
const area = {
  id: "area",
  kind: "measure_area",
  points: building,
  strokes: [hall],
  deleted: false,
  comment: "152.92 m² · P 54.00 m",
  color: "#1864ab",
  measurement: { calibration },
} as unknown as Markup;

const viewport: SheetViewport = {
  width: 1000,
  height: 1000,
  convertToViewportPoint: (x, y) => [x, 1000 - y],
  convertToPdfPoint: (x, y) => [x, 1000 - y],
};

describe("an area with a cut-out", () => {
  it("measures the building less its hall", () => {
    const value = measurementValue(
      { kind: "measure_area", points: building, strokes: [hall] },
      calibration,
    );
    expect(value?.kind === "area" && value.areaM2).toBeCloseTo(152.92, 6);
  });

  it("writes its value on the measured surface, not in the hall", () => {
    const at = labelAnchor("measure_area", building, [hall]);
    expect(at).not.toBeNull();
    expect(insideRing(at!, building)).toBe(true);
    expect(insideRing(at!, hall)).toBe(false);
    // Above or below the hall, where a label written across has room,
    // rather than in the narrower strips beside it.
    expect(at!.y < 65.84 || at!.y > 174.16).toBe(true);
  });

  it("keeps a plain room's value at the centre", () => {
    expect(labelAnchor("measure_area", building)).toEqual({ x: 150, y: 120 });
  });

  it("writes an L-shaped area's value inside the L", () => {
    const ell = [
      { x: 0, y: 0 },
      { x: 300, y: 0 },
      { x: 300, y: 40 },
      { x: 40, y: 40 },
      { x: 40, y: 300 },
      { x: 0, y: 300 },
    ];
    const at = labelAnchor("measure_area", ell);
    expect(insideRing(at!, ell)).toBe(true);
  });

  it("tints the surface with the hall left clear, and labels the surface", () => {
    const html = renderToStaticMarkup(
      createElement(MeasureLabels, { viewport, markups: [area] }),
    );
    const surface = /<path[^>]*data-testid="measure-surface"[^>]*>/.exec(
      html,
    )?.[0];
    expect(surface).toBeDefined();
    expect(surface).toContain('fill-rule="evenodd"');
    // The outline and the hall, as two rings of one path.
    expect(surface?.match(/M/g)).toHaveLength(2);
    const [, x = "", y = ""] =
      /<text x="([\d.]+)" y="([\d.]+)"/.exec(html) ?? [];
    const label = { x: Number(x), y: 1000 - Number(y) };
    expect(insideRing(label, building)).toBe(true);
    expect(insideRing(label, hall)).toBe(false);
  });
});
