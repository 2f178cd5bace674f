import { describe, expect, it } from "vitest";
import {
  marginStrips,
  splitRegion,
  STRIP_PAD_PX,
  stripRegion,
} from "../../renderer/viewer/render/marginStrips";

/**
 * The margin strips and the two halves of a region must cover every
 * pixel of the region exactly once, each drawn with the page where a
 * whole render of the region puts it.
 */

const region = {
  pageIndex: 0,
  turn: 0,
  scale: 8,
  userUnit: 1,
  x: -12345.6,
  y: -6789.4,
  width: 2700,
  height: 2100,
} as const;

/** How many times each pixel of a `width` x `height` bitmap is covered. */
function coverage(
  width: number,
  height: number,
  rects: readonly { x: number; y: number; width: number; height: number }[],
): Uint8Array {
  const counts = new Uint8Array(width * height);
  for (const rect of rects) {
    for (let y = rect.y; y < rect.y + rect.height; y++) {
      for (let x = rect.x; x < rect.x + rect.width; x++) {
        counts[y * width + x]! += 1;
      }
    }
  }
  return counts;
}

describe("margin strips", () => {
  it("cover the region around the viewer's rectangle exactly once", () => {
    const inner = { x: 350, y: 350, width: 2000, height: 1400 };
    const strips = marginStrips(region, inner);
    expect(strips).toHaveLength(4);
    const counts = coverage(region.width, region.height, [inner, ...strips]);
    expect(counts.every((count) => count === 1)).toBe(true);
  });

  it("leave out empty strips when the rectangle touches an edge", () => {
    const inner = { x: 0, y: 0, width: 2700, height: 1400 };
    expect(marginStrips(region, inner)).toEqual([
      { x: 0, y: 1400, width: 2700, height: 700 },
    ]);
  });

  it("draw each strip with the page where the whole region has it", () => {
    const strip = { x: 2350, y: 350, width: 350, height: 1400 };
    const drawn = stripRegion(region, strip);
    // The strip's pixel (0, 0) is the region's (2350, 350), found at
    // (pad, pad) in the padded bitmap.
    expect(Math.round(drawn.x) + strip.x - STRIP_PAD_PX).toBe(
      Math.round(region.x),
    );
    expect(Math.round(drawn.y) + strip.y - STRIP_PAD_PX).toBe(
      Math.round(region.y),
    );
    expect(drawn.width).toBe(strip.width + 2 * STRIP_PAD_PX);
  });
});

describe("a region split for two engines", () => {
  it("puts the halves' kept parts edge to edge over the whole region", () => {
    const halves = splitRegion(region)!;
    const kept = halves.map((half) => ({
      ...half.at,
      width: half.crop.width,
      height: half.crop.height,
    }));
    const counts = coverage(region.width, region.height, kept);
    expect(counts.every((count) => count === 1)).toBe(true);

    // Each kept pixel is the page's pixel of the whole region there.
    for (const half of halves) {
      const pageX = Math.round(half.region.x) - half.crop.x + half.at.x;
      const pageY = Math.round(half.region.y) - half.crop.y + half.at.y;
      expect([pageX, pageY]).toEqual([
        Math.round(region.x),
        Math.round(region.y),
      ]);
    }
  });

  it("keeps a short region whole", () => {
    expect(splitRegion({ ...region, height: 200 })).toBeNull();
  });
});
