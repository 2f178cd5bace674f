import { describe, expect, it } from "vitest";
import { viewportPixel } from "../../../shared/geo/coordinates";
import { fittedFontPx } from "../../../renderer/markup/shapeBodies";
import {
  sheetAngleDeg,
  uprightFrame,
} from "../../../renderer/markup/uprightFrame";
import type { SheetViewport } from "../../../renderer/viewer/sheetCoordinates";

/*
 * A stamp on a sheet turned a quarter clockwise arrived as a tall thin
 * box with oversized sideways words. Its body must lay out upright and
 * be turned with the drawing instead.
 */

/** A 600 x 400 pt sheet shown at zoom 1, turned `deg` clockwise. */
function turnedViewport(deg: 0 | 90): SheetViewport {
  return {
    width: deg === 0 ? 600 : 400,
    height: deg === 0 ? 400 : 600,
    convertToViewportPoint: (x, y) => (deg === 0 ? [x, 400 - y] : [y, x]),
    convertToPdfPoint: (x, y) => (deg === 0 ? [x, 400 - y] : [y, x]),
  };
}

describe("markups laid out upright on a turned sheet", () => {
  it("reads the sheet's angle from the viewport", () => {
    expect(sheetAngleDeg(turnedViewport(0))).toBe(0);
    expect(sheetAngleDeg(turnedViewport(90))).toBe(90);
  });

  it("turns a stamp's corners back and adds the sheet's angle", () => {
    // A 100 x 40 pt stamp, seen on the turned sheet as 40 wide, 100 tall.
    const corners = [
      viewportPixel(50, 100),
      viewportPixel(50, 200),
      viewportPixel(90, 200),
      viewportPixel(90, 100),
    ];
    const frame = uprightFrame("stamp", corners, 0, 90, viewportPixel);
    const xs = frame.pixels.map((p) => p.x);
    const ys = frame.pixels.map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(100);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(40);
    expect(frame.rotationDeg).toBe(90);
  });

  it("leaves outlines and upright sheets alone", () => {
    const corners = [viewportPixel(0, 0), viewportPixel(10, 20)];
    expect(uprightFrame("line", corners, 5, 90, viewportPixel)).toEqual({
      pixels: corners,
      rotationDeg: 5,
    });
    expect(
      uprightFrame("stamp", corners, 5, 0, viewportPixel).rotationDeg,
    ).toBe(5);
  });

  it("shrinks a long stamp text to its frame's width", () => {
    const long = "Vu — Protection civile, sous réserve des conditions";
    const size = fittedFontPx(long, 200, 30, 0.72);
    expect(size * long.length * 0.72).toBeLessThanOrEqual(200 * 0.9 + 1e-9);
    expect(fittedFontPx("OK", 200, 30)).toBe(30);
  });
});
