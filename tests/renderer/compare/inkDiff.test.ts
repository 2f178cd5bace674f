import { describe, expect, it } from "vitest";
import { changeRegions } from "../../../renderer/compare/changeRegions";
import { paintLayer } from "../../../renderer/compare/diffLayers";
import {
  changedShare,
  looksUnrelated,
  dilate,
  inkDiff,
  PixelClass,
} from "../../../renderer/compare/inkDiff";

const W = 60;
const H = 40;

/** A white page, fully opaque, the size of the tests' renders. */
function page(): Uint8ClampedArray {
  return new Uint8ClampedArray(W * H * 4).fill(255);
}

/** Paints a filled rectangle in a grey level (0 black), max exclusive. */
function rect(
  rgba: Uint8ClampedArray,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  level = 0,
): void {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const p = (y * W + x) * 4;
      rgba.set([level, level, level, 255], p);
    }
  }
}

function classAt(diff: ReturnType<typeof inkDiff>, x: number, y: number) {
  return diff.classes[y * W + x];
}

describe("inkDiff", () => {
  it("classifies ink only in the older render as removed, only in the newer as added, in both as unchanged", () => {
    const older = page();
    const newer = page();
    rect(older, 5, 5, 15, 15); // kept
    rect(newer, 5, 5, 15, 15);
    rect(older, 30, 5, 40, 15); // deleted
    rect(newer, 30, 25, 40, 35); // new

    const diff = inkDiff(older, newer, W, H, 1);

    expect(classAt(diff, 10, 10)).toBe(PixelClass.unchanged);
    expect(classAt(diff, 35, 10)).toBe(PixelClass.removed);
    expect(classAt(diff, 35, 30)).toBe(PixelClass.added);
    expect(classAt(diff, 50, 38)).toBe(PixelClass.blank);
    expect(diff.counts).toEqual({ unchanged: 100, removed: 100, added: 100 });
    expect(changedShare(diff.counts)).toBeCloseTo(2 / 3, 6);
  });

  it("does not light up a line shifted within the tolerance, but does beyond it", () => {
    const older = page();
    const shifted = page();
    rect(older, 10, 0, 12, H); // a 2 px vertical line
    rect(shifted, 11, 0, 13, H); // one pixel to the right

    const within = inkDiff(older, shifted, W, H, 1);
    expect(within.counts.removed + within.counts.added).toBe(0);

    const strict = inkDiff(older, shifted, W, H, 0);
    expect(strict.counts.removed).toBe(H);
    expect(strict.counts.added).toBe(H);

    const far = page();
    rect(far, 16, 0, 18, H);
    const moved = inkDiff(older, far, W, H, 2);
    expect(moved.counts.removed).toBe(2 * H);
    expect(moved.counts.added).toBe(2 * H);
  });

  it("treats light tints and the transparent backdrop as no ink", () => {
    const older = page();
    const newer = page();
    rect(newer, 0, 0, 20, 20, 235); // a pale tint
    // Transparent black outside the page must not count as ink.
    newer.fill(0, 30 * W * 4, 31 * W * 4);

    const diff = inkDiff(older, newer, W, H, 1);
    expect(diff.counts).toEqual({ unchanged: 0, removed: 0, added: 0 });
  });

  it("calls a pair unrelated only when most of its ink changed", () => {
    const revision = { unchanged: 900, removed: 40, added: 60 };
    const otherSheet = { unchanged: 300, removed: 400, added: 300 };
    expect(looksUnrelated(revision)).toBe(false);
    expect(looksUnrelated(otherSheet)).toBe(true);
    expect(looksUnrelated({ unchanged: 0, removed: 0, added: 0 })).toBe(false);
  });

  it("refuses buffers of the wrong size", () => {
    expect(() => inkDiff(page(), new Uint8ClampedArray(8), W, H)).toThrow(
      RangeError,
    );
  });
});

describe("dilate", () => {
  it("grows a pixel into a square of side 2r+1, clipped at the edges", () => {
    const mask = new Uint8Array(W * H);
    mask[5 * W + 5] = 1;
    mask[0] = 1;
    const grown = dilate(mask, W, H, 2);
    const set = grown.reduce((sum, v) => sum + v, 0);
    expect(set).toBe(25 + 9);
    expect(grown[7 * W + 7]).toBe(1);
    expect(grown[8 * W + 5]).toBe(0);
  });
});

describe("paintLayer and changeRegions", () => {
  it("colours each class on its own layer and boxes the changes", () => {
    const older = page();
    const newer = page();
    rect(older, 2, 2, 10, 8);
    rect(newer, 40, 20, 56, 36);
    const diff = inkDiff(older, newer, W, H, 1);

    const removed = paintLayer(diff, "removed");
    const at = (x: number, y: number) => (y * W + x) * 4;
    expect(removed[at(5, 5) + 3]).toBe(255);
    expect(removed[at(5, 5)]).toBeGreaterThan(200);
    expect(removed[at(45, 25) + 3]).toBe(0);
    expect(paintLayer(diff, "added")[at(45, 25) + 3]).toBe(255);

    const boxes = changeRegions(diff.classes, W, H, 4);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toMatchObject({ minX: 40, minY: 20, maxX: 56, maxY: 36 });
    expect(boxes[1]).toMatchObject({ minX: 0, minY: 0, maxX: 12, maxY: 8 });
  });
});
