import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/contract/errors";
import {
  calibrationFromScale,
  calibrationFromTwoPoints,
  displayedScale,
  paperMetresPerUnit,
} from "../../shared/measure/calibrate";
import {
  calibrationFromViewport,
  viewportAt,
  viewportScales,
} from "../../shared/measure/measureDictionary";
import { decimalsFor, precisionM } from "../../shared/measure/precision";
import { distanceM } from "../../shared/measure/quantities";

describe("calibration", () => {
  it("makes a standard scale: 1/100 turns 72 pt (one inch) into 2.54 m", () => {
    const c = calibrationFromScale(100);
    expect(distanceM(c, { x: 0, y: 0 }, { x: 72, y: 0 })).toBeCloseTo(2.54, 9);
    expect(c.scaleDenominator).toBe(100);
  });

  it("honours /UserUnit: a unit of user space is UserUnit/72 inch", () => {
    expect(paperMetresPerUnit(1)).toBeCloseTo(0.0254 / 72, 12);
    const c = calibrationFromScale(100, 10);
    // 7.2 units of a UserUnit-10 page are one inch of paper.
    expect(distanceM(c, { x: 0, y: 0 }, { x: 0, y: 7.2 })).toBeCloseTo(2.54, 9);
  });

  it("derives the scale from two points and a known length", () => {
    const a = { x: 360, y: 453.54 };
    const b = { x: 360, y: 453.54 + 283.46 };
    const c = calibrationFromTwoPoints(a, b, 10);
    expect(distanceM(c, a, b)).toBeCloseTo(10, 9);
    expect(c.scaleDenominator).toBeCloseTo(100, 1);
    expect(displayedScale(c)).toBe(100);
    expect(c.source).toBe("two_points");
  });

  it("refuses coinciding points and a zero length with UserErrors", () => {
    const p = { x: 1, y: 1 };
    expect(() => calibrationFromTwoPoints(p, p, 5)).toThrow(UserError);
    expect(() => calibrationFromTwoPoints(p, { x: 2, y: 2 }, 0)).toThrow(
      UserError,
    );
    expect(() => calibrationFromScale(0)).toThrow(UserError);
  });

  it("shows the precision the scale supports (0.1 mm of paper)", () => {
    expect(precisionM(calibrationFromScale(100))).toBeCloseTo(0.01, 12);
    expect(decimalsFor(calibrationFromScale(100))).toBe(2);
    expect(decimalsFor(calibrationFromScale(50))).toBe(2);
    expect(decimalsFor(calibrationFromScale(1000))).toBe(1);
    expect(decimalsFor(calibrationFromScale(2000))).toBe(1);
  });
});

describe("PDF measure dictionaries (/VP)", () => {
  // As Bluebeam writes them: "1 in = 4 ft", C = 4/72 ft per point.
  const bluebeam = {
    Type: "Viewport",
    BBox: [0, 0, 3024, 2160],
    Measure: {
      Type: "Measure",
      Subtype: "RL",
      R: "1 in = 4 ft",
      X: [
        { C: 0.05555556, U: "'" },
        { C: 12, U: '"' },
      ],
    },
  };
  const detail = {
    Type: "Viewport",
    BBox: [100, 100, 500, 400],
    Measure: {
      Subtype: "RL",
      R: "1:50",
      X: [{ C: (0.0254 / 72) * 50, U: "m" }],
    },
  };

  it("reads feet and metres, skipping malformed entries", () => {
    const scales = viewportScales([bluebeam, { BBox: [0, 0] }, 7, detail]);
    expect(scales).toHaveLength(2);
    expect(scales[0]?.metresPerUnitX).toBeCloseTo(0.05555556 * 0.3048, 9);
    expect(scales[0]?.ratio).toBe("1 in = 4 ft");
  });

  it("lets the last viewport containing the point decide", () => {
    const scales = viewportScales([bluebeam, detail]);
    expect(viewportAt(scales, { x: 200, y: 200 })?.ratio).toBe("1:50");
    expect(viewportAt(scales, { x: 2000, y: 200 })?.ratio).toBe("1 in = 4 ft");
    expect(viewportAt(scales, { x: 4000, y: 200 })).toBeNull();
  });

  it("turns a viewport into a calibration with its paper scale", () => {
    const [whole, part] = viewportScales([bluebeam, detail]);
    const feet = calibrationFromViewport(whole!);
    expect(feet?.scaleDenominator).toBeCloseTo(48, 3);
    const metric = calibrationFromViewport(part!);
    expect(metric?.scaleDenominator).toBeCloseTo(50, 6);
    expect(metric?.source).toBe("document");
  });

  it("keeps a blank unit (AutoCAD) but gives no metres for it", () => {
    const [scale] = viewportScales([
      {
        BBox: [0, 0, 10, 10],
        Measure: { Subtype: "RL", X: [{ C: 1, U: " " }] },
      },
    ]);
    expect(scale?.unitsPerUnitX).toBe(1);
    expect(scale?.metresPerUnitX).toBeNull();
    expect(calibrationFromViewport(scale!)).toBeNull();
  });

  it("uses /Y for the vertical scale when the dictionary has one", () => {
    const [scale] = viewportScales([
      {
        BBox: [0, 0, 10, 10],
        Measure: {
          Subtype: "RL",
          X: [{ C: 1, U: "m" }],
          Y: [{ C: 2, U: "m" }],
        },
      },
    ]);
    const c = calibrationFromViewport(scale!)!;
    expect(distanceM(c, { x: 0, y: 0 }, { x: 0, y: 3 })).toBeCloseTo(6, 9);
    expect(distanceM(c, { x: 0, y: 0 }, { x: 3, y: 0 })).toBeCloseTo(3, 9);
  });
});
