import { describe, expect, it } from "vitest";
import { TileCache } from "../../renderer/viewer/tiles/tileCache";
import {
  levelFor,
  tileId,
  tilesCovering,
  type TileKey,
} from "../../renderer/viewer/tiles/tileGrid";
import { TileScheduler } from "../../renderer/viewer/tiles/tileScheduler";

class CountedBitmap {
  closed = false;
  readonly width = 512;
  readonly height = 512;
  close(): void {
    this.closed = true;
  }
}

/**
 * FakeTileRenderer: a named stand-in for pdf.js or PDFium that finishes a
 * tile only when the test says so and honours its abort signal, so the
 * test controls exactly which renders overlap.
 */
class FakeTileRenderer {
  readonly pending = new Map<
    string,
    { resolve: (b: CountedBitmap) => void; signal: AbortSignal }
  >();
  readonly started: string[] = [];
  readonly produced: CountedBitmap[] = [];

  readonly source = (key: TileKey, signal: AbortSignal) =>
    new Promise<CountedBitmap>((resolve, reject) => {
      const id = tileId(key);
      this.started.push(id);
      signal.addEventListener("abort", () => {
        this.pending.delete(id);
        reject(new Error("cancelled"));
      });
      this.pending.set(id, {
        signal,
        resolve: (bitmap) => {
          this.pending.delete(id);
          this.produced.push(bitmap);
          resolve(bitmap);
        },
      });
    });

  /** Finishes every render still running. */
  finishAll(): void {
    for (const entry of [...this.pending.values()]) {
      entry.resolve(new CountedBitmap());
    }
  }
}

const SHEET = { width: 42 * 72, height: 30 * 72 };
const VIEWER = { width: 2000, height: 1400 };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("tile scheduler", () => {
  it("a zoom storm leaves no stale tile and nothing running", async () => {
    const fake = new FakeTileRenderer();
    const cache = new TileCache<CountedBitmap>(64 * 512 * 512);
    const shown: string[] = [];
    const scheduler = new TileScheduler(
      cache,
      fake.source,
      (key) => shown.push(tileId(key)),
      (cause) => {
        throw cause;
      },
      4,
    );

    // Thirty wheel steps from fit to deep zoom, no render finishing.
    let zoom = 0.5;
    let last: TileKey[] = [];
    for (let step = 0; step < 30; step++) {
      zoom *= 1.25;
      const view = { zoom, x: 1000 - 1500 * zoom, y: 700 - 1080 * zoom };
      last = tilesCovering(view, VIEWER, SHEET, 1);
      scheduler.request(last);
      expect(scheduler.inFlight).toBeLessThanOrEqual(4);
    }
    fake.finishAll();
    await flush();
    // The last view's tiles keep coming until all are rendered.
    while (!scheduler.idle) {
      fake.finishAll();
      await flush();
    }

    const lastIds = new Set(last.map(tileId));
    const finalLevel = levelFor(zoom, 1);
    expect(shown.every((id) => lastIds.has(id))).toBe(true);
    expect(shown.length).toBe(lastIds.size);
    expect(last.every((key) => cache.has(key))).toBe(true);
    expect(cache.size).toBe(lastIds.size);
    expect(last.every((key) => key.level === finalLevel)).toBe(true);
    // Every bitmap made is either in the cache or closed: no leak.
    const open = fake.produced.filter((b) => !b.closed).length;
    expect(open).toBe(cache.size);
    expect(fake.pending.size).toBe(0);
  });

  it("closes a bitmap that arrives after its cancellation", async () => {
    const cache = new TileCache<CountedBitmap>(64 * 512 * 512);
    const late = new CountedBitmap();
    let finish: (b: CountedBitmap) => void = () => undefined;
    // This renderer ignores the abort, as a busy engine might.
    const scheduler = new TileScheduler(
      cache,
      () => new Promise<CountedBitmap>((resolve) => (finish = resolve)),
      () => undefined,
      () => undefined,
    );
    const key = { level: 2, col: 0, row: 0 };
    scheduler.request([key]);
    scheduler.request([]);
    finish(late);
    await flush();
    expect(late.closed).toBe(true);
    expect(cache.has(key)).toBe(false);
    expect(scheduler.idle).toBe(true);
  });
});
