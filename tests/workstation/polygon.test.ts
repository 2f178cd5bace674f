import { describe, expect, it } from "vitest";
import {
  pointInPolygon,
  pointInRing,
  ringCentroid,
  ringSignedArea,
} from "../../shared/geo/polygon";

// A 100 m square near Khemisset in EPSG:26191 metres, given open.
const square = [
  { x: 420_000, y: 360_000 },
  { x: 420_100, y: 360_000 },
  { x: 420_100, y: 360_100 },
  { x: 420_000, y: 360_100 },
];

describe("ringCentroid", () => {
  it("finds the centre of a square, open or closed", () => {
    expect(ringCentroid(square)).toEqual({ x: 420_050, y: 360_050 });
    const closed = [...square, square[0]!];
    expect(ringCentroid(closed)).toEqual({ x: 420_050, y: 360_050 });
  });

  it("weights by area, not by vertices", () => {
    // An L shape: a 2x1 bar plus a 1x1 block on its left end.
    const ell = [
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 1 },
      { x: 1, y: 1 },
      { x: 1, y: 2 },
      { x: 0, y: 2 },
    ];
    const c = ringCentroid(ell)!;
    expect(c.x).toBeCloseTo(5 / 6, 10);
    expect(c.y).toBeCloseTo(5 / 6, 10);
  });

  it("falls back to the vertex mean for a degenerate ring", () => {
    expect(
      ringCentroid([
        { x: 0, y: 0 },
        { x: 4, y: 0 },
      ]),
    ).toEqual({
      x: 2,
      y: 0,
    });
    expect(ringCentroid([])).toBeNull();
  });

  it("gives the same centroid clockwise and counter-clockwise", () => {
    const reversed = [...square].reverse();
    expect(ringCentroid(reversed)).toEqual(ringCentroid(square));
    expect(ringSignedArea(square)).toBe(10_000);
    expect(ringSignedArea(reversed)).toBe(-10_000);
  });
});

describe("pointInPolygon", () => {
  const hole = [
    { x: 420_040, y: 360_040 },
    { x: 420_060, y: 360_040 },
    { x: 420_060, y: 360_060 },
    { x: 420_040, y: 360_060 },
  ];

  it("tells inside from outside", () => {
    expect(pointInRing({ x: 420_010, y: 360_090 }, square)).toBe(true);
    expect(pointInRing({ x: 419_999, y: 360_050 }, square)).toBe(false);
    expect(pointInRing({ x: 420_050, y: 360_101 }, square)).toBe(false);
  });

  it("excludes holes", () => {
    expect(pointInPolygon({ x: 420_050, y: 360_050 }, [square, hole])).toBe(
      false,
    );
    expect(pointInPolygon({ x: 420_020, y: 360_050 }, [square, hole])).toBe(
      true,
    );
    expect(pointInPolygon({ x: 0, y: 0 }, [])).toBe(false);
  });

  it("handles a concave ring", () => {
    const u = [
      { x: 0, y: 0 },
      { x: 3, y: 0 },
      { x: 3, y: 3 },
      { x: 2, y: 3 },
      { x: 2, y: 1 },
      { x: 1, y: 1 },
      { x: 1, y: 3 },
      { x: 0, y: 3 },
    ];
    expect(pointInRing({ x: 1.5, y: 2 }, u)).toBe(false);
    expect(pointInRing({ x: 0.5, y: 2 }, u)).toBe(true);
    expect(pointInRing({ x: 1.5, y: 0.5 }, u)).toBe(true);
  });
});
