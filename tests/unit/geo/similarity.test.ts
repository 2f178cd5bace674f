import { describe, expect, it } from "vitest";
import {
  applySimilarity,
  DegenerateControlPointsError,
  invertSimilarity,
  similarityFromTwoPoints,
  similarityResidual,
  similarityRotationRad,
  similarityScale,
} from "../../../shared/geo/similarity";

// A site plan at 1/500: one PDF point is 0.3528 mm on paper, 0.1764 m on
// the ground. The sheet is rotated 30 degrees against the map's north.
const metresPerPoint = (25.4 / 72 / 1000) * 500;
const angle = Math.PI / 6;
const origin = { x: 437_512.25, y: 358_904.5 };

function truth(p: { x: number; y: number }) {
  const c = Math.cos(angle) * metresPerPoint;
  const s = Math.sin(angle) * metresPerPoint;
  return { x: c * p.x - s * p.y + origin.x, y: s * p.x + c * p.y + origin.y };
}

describe("two-point similarity", () => {
  const sheet = [
    { x: 100, y: 200 },
    { x: 1500, y: 900 },
  ] as const;
  const map = [truth(sheet[0]), truth(sheet[1])] as const;
  const t = similarityFromTwoPoints(sheet, map);

  it("maps both control points exactly", () => {
    for (let i = 0; i < 2; i++) {
      const m = applySimilarity(t, sheet[i]!);
      expect(m.x).toBeCloseTo(map[i]!.x, 6);
      expect(m.y).toBeCloseTo(map[i]!.y, 6);
    }
  });

  it("recovers scale and rotation", () => {
    expect(similarityScale(t)).toBeCloseTo(metresPerPoint, 9);
    expect(similarityRotationRad(t)).toBeCloseTo(angle, 9);
  });

  it("has a residual near zero on a third, consistent point", () => {
    const third = { x: 800, y: -300 };
    expect(similarityResidual(t, third, truth(third))).toBeLessThan(1e-6);
  });

  it("reports the residual of a third point picked 2 m off", () => {
    const third = { x: 800, y: -300 };
    const picked = truth(third);
    const off = { x: picked.x + 1.2, y: picked.y - 1.6 };
    expect(similarityResidual(t, third, off)).toBeCloseTo(2, 6);
  });

  it("inverts back to sheet points", () => {
    const inverse = invertSimilarity(t);
    const p = { x: 333, y: 444 };
    const back = applySimilarity(inverse, applySimilarity(t, p));
    expect(back.x).toBeCloseTo(p.x, 6);
    expect(back.y).toBeCloseTo(p.y, 6);
  });

  it("refuses two identical control points", () => {
    expect(() => similarityFromTwoPoints([sheet[0], sheet[0]], map)).toThrow(
      DegenerateControlPointsError,
    );
  });
});
