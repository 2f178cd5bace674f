import { describe, expect, it } from "vitest";
import { calibrationFromScale } from "../../shared/measure/calibrate";
import { measurementValue } from "../../shared/measure/measurementValue";
import { formatMeasurement } from "../../shared/measure/precision";

// At 1/100 a metre of the real world is 1 cm of paper: 72/2.54 points.
const M = 72 / 2.54;
const at100 = calibrationFromScale(100);
const p = (x: number, y: number) => ({ x: x * M, y: y * M });

describe("measurement values", () => {
  it("measures a polyline's length", () => {
    const value = measurementValue(
      { kind: "measure_polyline", points: [p(0, 0), p(3, 0), p(3, 4)] },
      at100,
    );
    expect(value?.kind === "length" && value.lengthM).toBeCloseTo(7, 9);
    expect(formatMeasurement(value!, at100)).toBe("7.00 m");
  });

  it("takes cut-outs off an area; the perimeter is the outline's", () => {
    // A 12 x 10 m floor with a 3 x 4 m courtyard.
    const value = measurementValue(
      {
        kind: "measure_area",
        points: [p(0, 0), p(12, 0), p(12, 10), p(0, 10)],
        strokes: [[p(2, 2), p(5, 2), p(5, 6), p(2, 6)]],
      },
      at100,
    );
    expect(value?.kind).toBe("area");
    if (value?.kind !== "area") return;
    expect(value.areaM2).toBeCloseTo(108, 6);
    expect(value.perimeterM).toBeCloseTo(44, 9);
    expect(formatMeasurement(value, at100)).toBe("108.00 m² · P 44.00 m");
  });

  it("measures an angle at its middle point", () => {
    const right = measurementValue(
      { kind: "measure_angle", points: [p(5, 0), p(0, 0), p(0, 5)] },
      at100,
    );
    expect(right?.kind === "angle" && right.degrees).toBeCloseTo(90, 9);
    const wide = measurementValue(
      { kind: "measure_angle", points: [p(1, 0), p(0, 0), p(-1, 1)] },
      at100,
    );
    expect(wide?.kind === "angle" && wide.degrees).toBeCloseTo(135, 9);
    expect(formatMeasurement(wide!, at100)).toBe("135.0°");
  });

  it("counts the points of a count", () => {
    const value = measurementValue(
      { kind: "measure_count", points: [p(1, 1), p(2, 2), p(3, 3)] },
      at100,
    );
    expect(value).toEqual({ kind: "count", count: 3 });
  });

  it("gives no value while points are missing", () => {
    expect(
      measurementValue({ kind: "measure_length", points: [p(0, 0)] }, at100),
    ).toBeNull();
  });
});
