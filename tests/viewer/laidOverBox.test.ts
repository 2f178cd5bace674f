import { describe, expect, it } from "vitest";
import { laidOverBox } from "../../renderer/viewer/render/laidOver";
import { displayFrame } from "../../renderer/viewer/render/sheetCanvas";

/**
 * The halves of a view laid over the display canvas must cover the CSS
 * box the display shows their device pixels in: at a device pixel
 * ratio of 1.5 the display's width and height are rounded on their own,
 * so its horizontal and vertical scales differ.
 */

/** A 1333 x 901 CSS px viewer area at a device pixel ratio of 1.5. */
const area = { width: 1333, height: 901 };
const widthPx = Math.round(area.width * 1.5);
const heightPx = Math.round(area.height * 1.5);
const frame = displayFrame({ widthPx, heightPx, area, marginPx: 200 });

describe("laid-over halves", () => {
  it("meet at the display's row and end at its lower edge", () => {
    const upper = Math.floor(heightPx / 2);
    const top = laidOverBox({ width: widthPx, height: upper }, 0, 0, frame);
    const size = { width: widthPx, height: heightPx - upper };
    const bottom = laidOverBox(size, 0, upper, frame);

    expect(top.top + top.height).toBeCloseTo(bottom.top, 9);
    expect(bottom.top).toBeCloseTo(
      frame.top + (upper * area.height) / heightPx,
    );
    expect(bottom.top + bottom.height).toBeCloseTo(frame.top + area.height, 9);
    expect(bottom.left + bottom.width).toBeCloseTo(frame.left + area.width, 9);
  });

  it("keep a bitmap's place when both scales are the same", () => {
    const even = { left: 0, top: 0, ratioX: 2, ratioY: 2 };
    const box = laidOverBox({ width: 100, height: 50 }, 40, 20, even);
    expect(box).toEqual({ left: 20, top: 10, width: 50, height: 25 });
  });
});
