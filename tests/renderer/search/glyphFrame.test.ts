import { describe, expect, it } from "vitest";
import {
  coverInk,
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

describe("covering a glyph's ink", () => {
  const declared = { advancePt: 10, ascentPt: 7, descentPt: -0.2 };

  it("stretches a frame over ink its font's metrics leave out", () => {
    // A "y" of a subset whose declared descent is nearly none.
    const ink = { left: 100.5, bottom: 197.9, right: 109, top: 205.2 };
    const covered = coverInk(declared, ORIGIN, ink, turned(0));
    expect(covered.descentPt).toBeCloseTo(-2.1, 6);
    expect(covered.ascentPt).toBe(7);
    expect(covered.advancePt).toBe(10);
  });

  it("measures a quarter-turned glyph's ink across its baseline", () => {
    // Turned a quarter: "up" is towards -x, so ink at x 92 is 8 pt up.
    const ink = { left: 92, bottom: 200, right: 103, top: 209 };
    const covered = coverInk(declared, ORIGIN, ink, turned(90));
    expect(covered.ascentPt).toBeCloseTo(8, 6);
    expect(covered.descentPt).toBeCloseTo(-3, 6);
  });

  it("leaves a slanted glyph's frame alone: its ink box overstates", () => {
    const ink = { left: 90, bottom: 190, right: 120, top: 230 };
    expect(coverInk(declared, ORIGIN, ink, turned(30))).toBe(declared);
  });
});
