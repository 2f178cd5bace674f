import { describe, expect, it } from "vitest";
import {
  viewportPixel,
  type ViewportPixel,
} from "../../../shared/geo/coordinates";
import { hitStyle } from "../../../renderer/search/hitStyle";

/*
 * How a hit's quad becomes a box over the sheet: a plain box for text
 * along the pixel axes, a box turned onto slanted text otherwise.
 */

type Quad = [ViewportPixel, ViewportPixel, ViewportPixel, ViewportPixel];

/** A quad in pixels (y down) of a w x h word at `degrees` on screen. */
function word(degrees: number, w: number, h: number): Quad {
  const r = (degrees * Math.PI) / 180;
  const along = { x: Math.cos(r), y: -Math.sin(r) };
  const up = { x: -Math.sin(r), y: -Math.cos(r) };
  const at = (t: number, s: number) =>
    viewportPixel(50 + along.x * t + up.x * s, 80 + along.y * t + up.y * s);
  return [at(0, 0), at(w, 0), at(w, h), at(0, h)];
}

/** Where the style's box puts a point of its own (x, y), on screen. */
function placed(style: ReturnType<typeof hitStyle>, x: number, y: number) {
  const m = /matrix\(([^)]+)\)/.exec(style.transform ?? "matrix(1,0,0,1,0,0)");
  const [a = 1, b = 0, c = 0, d = 1] = (m?.[1] ?? "").split(",").map(Number);
  return { x: style.left + a * x + c * y, y: style.top + b * x + d * y };
}

describe("drawing a hit's quad", () => {
  it("draws upright and quarter-turned words as plain boxes", () => {
    expect(hitStyle(word(0, 40, 10))).toEqual({
      left: 50,
      top: 70,
      width: 40,
      height: 10,
    });
    const turned = hitStyle(word(90, 40, 10));
    expect(turned.transform).toBeUndefined();
    expect(turned.width).toBeCloseTo(10, 9);
    expect(turned.height).toBeCloseTo(40, 9);
  });

  it.each([30, 150, 200, 333])(
    "turns the box onto a word slanted %i°",
    (degrees) => {
      const quad = word(degrees, 40, 10);
      const style = hitStyle(quad);
      expect(style.transformOrigin).toBe("0 0");
      expect(style.width).toBeCloseTo(40, 6);
      expect(style.height).toBeCloseTo(10, 6);
      // The box's corners land on the word's: top-left on top-start.
      const corners = [
        placed(style, 0, style.height),
        placed(style, style.width, style.height),
        placed(style, style.width, 0),
        placed(style, 0, 0),
      ];
      corners.forEach((corner, i) => {
        expect(corner.x).toBeCloseTo(quad[i]!.x, 4);
        expect(corner.y).toBeCloseTo(quad[i]!.y, 4);
      });
    },
  );
});
