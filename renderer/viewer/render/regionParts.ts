import type { RasterRegion } from "./engineMessages";
import type { LayerChoice } from "./layerPatch";
import { splitRegion, type RegionHalf } from "./marginStrips";
import type { PdfiumEngine } from "./PdfiumEngine";

/** The engines a view is drawn with: the shared one and its helper. */
export interface RegionEngines {
  readonly engine: PdfiumEngine;
  readonly helper: PdfiumEngine | null;
}

/** A bitmap drawn for part of a region, and its place in the region. */
export interface RegionPart {
  readonly bitmap: ImageBitmap;
  readonly at: { readonly x: number; readonly y: number };
}

/**
 * A region drawn as one bitmap, or as two halves when a helper engine is
 * there and the region is tall enough to gain; null when a newer render
 * took its place (`current` turned false, or the channel's worker
 * dropped it), or there is no engine. Fails when a half fails, with
 * every bitmap let go.
 *
 * Each engine takes the next half once it has read the sheet: on two
 * shared cores one worker often reads a fresh sheet twice as fast as
 * the other, and then draws both halves rather than wait for it.
 */
export async function drawRegionParts(
  engines: RegionEngines | null,
  key: string,
  channel: number,
  region: RasterRegion,
  choice: LayerChoice | null,
  current: () => boolean = () => true,
): Promise<RegionPart[] | null> {
  if (engines === null) return null;
  const { engine, helper } = engines;
  const halves = helper === null ? null : splitRegion(region);
  if (helper === null || halves === null) {
    const bitmap = await engine.render(key, channel, region, choice);
    return bitmap === null ? null : [{ bitmap, at: { x: 0, y: 0 } }];
  }

  const shared = new SharedHalves(halves, current);
  const takers = [engine, helper].map((taker) =>
    shared.drawWith(taker, key, channel, choice),
  );
  const drawn = await Promise.allSettled(takers);
  const failed = drawn.find((d) => d.status === "rejected");
  if (failed !== undefined || !shared.complete()) {
    shared.release();
    if (failed !== undefined) throw failed.reason;
    return null;
  }
  return shared.parts();
}

/** The halves of one region, taken one at a time by the engines. */
class SharedHalves {
  private next = 0;
  private stopped = false;
  private readonly bitmaps: (ImageBitmap | null)[];

  constructor(
    private readonly halves: readonly RegionHalf[],
    private readonly current: () => boolean,
  ) {
    this.bitmaps = halves.map(() => null);
  }

  /** Draws halves with `engine` once it is ready, until none is left. */
  async drawWith(
    engine: PdfiumEngine,
    key: string,
    channel: number,
    choice: LayerChoice | null,
  ): Promise<void> {
    await engine.ready(key);
    for (;;) {
      const index = this.take();
      if (index === null) return;
      const { region, crop } = this.halves[index]!;
      const bitmap = await this.guarded(
        engine.render(key, channel, region, choice, crop),
      );
      // A newer render of the channel took this one's place.
      if (bitmap === null) this.stopped = true;
      this.bitmaps[index] = bitmap;
    }
  }

  complete(): boolean {
    return this.bitmaps.every((bitmap) => bitmap !== null);
  }

  parts(): RegionPart[] {
    return this.halves.map((half, i) => ({
      bitmap: this.bitmaps[i]!,
      at: half.at,
    }));
  }

  release(): void {
    for (const bitmap of this.bitmaps) bitmap?.close();
  }

  /** The next half to draw; none once stopped or stale. */
  private take(): number | null {
    // A half sent after a newer render would take that one's place.
    if (this.stopped || !this.current()) this.stopped = true;
    if (this.stopped || this.next >= this.halves.length) return null;
    return this.next++;
  }

  /** Stops the other taker when this half fails. */
  private async guarded(
    drawing: Promise<ImageBitmap | null>,
  ): Promise<ImageBitmap | null> {
    try {
      return await drawing;
    } catch (cause) {
      this.stopped = true;
      throw cause;
    }
  }
}
