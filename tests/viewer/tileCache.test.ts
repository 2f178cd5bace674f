import { describe, expect, it } from "vitest";
import { TileCache } from "../../renderer/viewer/tiles/tileCache";

/** A stand-in bitmap that records being closed (no pixels needed). */
class CountedBitmap {
  closed = false;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {}
  close(): void {
    this.closed = true;
  }
}

const key = (col: number) => ({ level: 3, col, row: 0 });

describe("tile cache", () => {
  it("evicts the least recently used past its pixel budget", () => {
    const cache = new TileCache<CountedBitmap>(3 * 512 * 512);
    const bitmaps = [0, 1, 2, 3].map(() => new CountedBitmap(512, 512));
    cache.put(key(0), bitmaps[0]!);
    cache.put(key(1), bitmaps[1]!);
    cache.put(key(2), bitmaps[2]!);
    // Touching tile 0 makes tile 1 the oldest.
    expect(cache.get(key(0))).toBe(bitmaps[0]);
    cache.put(key(3), bitmaps[3]!);

    expect(cache.has(key(1))).toBe(false);
    expect(bitmaps[1]!.closed).toBe(true);
    expect(cache.has(key(0))).toBe(true);
    expect(cache.usedPixels).toBe(3 * 512 * 512);
  });

  it("closes a replaced tile and everything on clear", () => {
    const cache = new TileCache<CountedBitmap>(10 * 512 * 512);
    const first = new CountedBitmap(512, 512);
    const second = new CountedBitmap(256, 512);
    cache.put(key(0), first);
    cache.put(key(0), second);
    expect(first.closed).toBe(true);
    expect(cache.usedPixels).toBe(256 * 512);

    cache.clear();
    expect(second.closed).toBe(true);
    expect(cache.size).toBe(0);
    expect(cache.usedPixels).toBe(0);
  });

  it("keeps a single tile larger than the budget until the next", () => {
    const cache = new TileCache<CountedBitmap>(100);
    cache.put(key(0), new CountedBitmap(512, 512));
    expect(cache.size).toBe(1);
    cache.put(key(1), new CountedBitmap(512, 512));
    expect(cache.size).toBe(1);
    expect(cache.has(key(1))).toBe(true);
  });
});
