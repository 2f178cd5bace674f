import { describe, expect, it } from "vitest";
import {
  glyphFrame,
  type GlyphFrame,
} from "../../../renderer/search/glyphs/glyphFrame";

/*
 * A glyph's advance, ascent and descent read back from the upright loose
 * box PDFium gives for it, at any turn.
 */

const ORIGIN = { x: 100, y: 200 };

/** Turn matrix [a, b, c, d] for `degrees`, scaled by `scale`. */
function turned(degrees: number, scale = 1) {
  const r = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(r) * scale, Math.sin(r) * scale];
  return [cos, sin, -sin, cos] as const;
}

/** The upright box PDFium gives around a turned glyph's frame. */
function looseBox(
  frame: GlyphFrame,
  matrix: readonly [number, number, number, number],
) {
  const [a, b, c, d] = matrix;
  const along = Math.hypot(a, b);
  const up = Math.hypot(c, d);
  const corners = [0, frame.advancePt].flatMap((t) =>
    [frame.descentPt, frame.ascentPt].map((s) => ({
      x: ORIGIN.x + (a / along) * t + (c / up) * s,
      y: ORIGIN.y + (b / along) * t + (d / up) * s,
    })),
  );
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return {
    left: Math.min(...xs),
    bottom: Math.min(...ys),
    right: Math.max(...xs),
    top: Math.max(...ys),
  };
}

function expectFrame(actual: GlyphFrame | null, expected: GlyphFrame) {
  expect(actual).not.toBeNull();
  expect(actual!.advancePt).toBeCloseTo(expected.advancePt, 3);
  expect(actual!.ascentPt).toBeCloseTo(expected.ascentPt, 3);
  expect(actual!.descentPt).toBeCloseTo(expected.descentPt, 3);
}

describe("a glyph's frame from its loose box", () => {
  const frame = { advancePt: 13.34, ascentPt: 18.9, descentPt: -4.48 };

  it.each([0, 30, 45, 90, 135, 180, 210, 270, 333])(
    "reads advance, ascent and descent back at %i°",
    (degrees) => {
      const matrix = turned(degrees, 0.7);
      expectFrame(glyphFrame(ORIGIN, looseBox(frame, matrix), matrix), frame);
    },
  );

  it("reads PDFium's own box of a Helvetica A drawn at 30°", () => {
    const box = { left: 140.55, bottom: 146.12, right: 163.79, top: 173.04 };
    const read = glyphFrame({ x: 150, y: 150 }, box, turned(30));
    expect(read!.advancePt).toBeCloseTo(13.34, 1);
    expect(read!.ascentPt).toBeCloseTo(18.9, 1);
    expect(read!.descentPt).toBeCloseTo(-4.48, 1);
  });

  it("refuses a box that is no turned rectangle around the origin", () => {
    // Vertical writing: PDFium boxes the glyph beside its origin.
    const box = { left: 90, bottom: 150, right: 110, top: 180 };
    expect(glyphFrame(ORIGIN, box, turned(0))).toBeNull();
    expect(glyphFrame(ORIGIN, box, [0, 0, 0, 1])).toBeNull();
  });
});

describe("ink PDFium joins to a loose box", () => {
  it("keeps an upright j's ink left of its origin and below its descent", () => {
    // An AutoCAD site plan's Arial "j", as PDFium gives it.
    const origin = { x: 2284.05, y: 294.51 };
    const box = { left: 2283.58, bottom: 289.68, right: 2287.25, top: 311.19 };
    const read = glyphFrame(origin, box, [0.03, 0, 0, 0.03]);
    expect(read!.advancePt).toBeCloseTo(3.2, 6);
    expect(read!.ascentPt).toBeCloseTo(16.68, 6);
    expect(read!.descentPt).toBeCloseTo(-4.83, 6);
  });

  it("reads a quarter-turned underscore across its baseline", () => {
    // The electrical plan's "_" drawn upwards: "up" points to -x.
    const origin = { x: 119.76, y: 404.88 };
    const box = { left: 112.87, bottom: 404.74, right: 121.75, top: 410.23 };
    const read = glyphFrame(origin, box, [0, 1, -1, 0]);
    expect(read!.advancePt).toBeCloseTo(5.35, 6);
    expect(read!.ascentPt).toBeCloseTo(6.89, 6);
    expect(read!.descentPt).toBeCloseTo(-1.99, 6);
  });
});
