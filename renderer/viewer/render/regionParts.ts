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
 * shared cores one worker often reads a fresh sheet 1.5 times slower
 * than the other, which then draws both halves, and the view does not
 * wait for the slow one. The helper only ever joins in: a sheet it
 * cannot read is the shared engine's to draw, whose failure is the
 * view's.
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
  const request = { key, channel, choice };
  const takers = [
    shared.drawWith(engine, request),
    shared.joinWith(helper, request),
  ];
  void Promise.allSettled(takers).then(() => shared.takersDone());
  return shared.outcome();
}

interface HalfRequest {
  readonly key: string;
  readonly channel: number;
  readonly choice: LayerChoice | null;
}

/** The halves of one region, taken one at a time by the engines. */
class SharedHalves {
  private next = 0;
  /**
   * Set once the outcome is known (all drawn, a failure, a newer render):
   * no half is taken after it, and later bitmaps are let go at once.
   */
  private ended = false;
  private readonly bitmaps: (ImageBitmap | null)[];
  private readonly ending: Promise<void>;
  private end!: (failure?: unknown) => void;

  constructor(
    private readonly halves: readonly RegionHalf[],
    private readonly current: () => boolean,
  ) {
    this.bitmaps = halves.map(() => null);
    this.ending = new Promise<void>((resolve, reject) => {
      this.end = (failure) =>
        failure === undefined ? resolve() : reject(failure);
    });
  }

  /** The parts once every half is drawn; null when stopped; fails first. */
  async outcome(): Promise<RegionPart[] | null> {
    try {
      await this.ending;
    } catch (cause) {
      this.release();
      throw cause;
    }
    if (!this.complete()) {
      this.release();
      return null;
    }
    return this.halves.map((half, i) => ({
      bitmap: this.bitmaps[i]!,
      at: half.at,
    }));
  }

  /** Draws halves with `engine` once it is ready, until none is left. */
  async drawWith(engine: PdfiumEngine, request: HalfRequest): Promise<void> {
    await engine.ready(request.key);
    await this.drawTaken(engine, request);
  }

  /** Like drawWith, for an engine that only helps: none if it cannot read. */
  async joinWith(engine: PdfiumEngine, request: HalfRequest): Promise<void> {
    const ready = await engine.ready(request.key).catch(() => false);
    if (ready) await this.drawTaken(engine, request);
  }

  /** Both engines are done: a region not drawn whole was stopped. */
  takersDone(): void {
    this.finish();
  }

  private async drawTaken(
    engine: PdfiumEngine,
    { key, channel, choice }: HalfRequest,
  ): Promise<void> {
    for (let index = this.take(); index !== null; index = this.take()) {
      const { region, crop } = this.halves[index]!;
      let bitmap: ImageBitmap | null;
      try {
        bitmap = await engine.render(key, channel, region, choice, crop);
      } catch (cause) {
        this.finish(cause);
        return;
      }
      this.keep(index, bitmap);
    }
  }

  private keep(index: number, bitmap: ImageBitmap | null): void {
    if (this.ended) {
      bitmap?.close();
      return;
    }
    this.bitmaps[index] = bitmap;
    // Null: a newer render of the channel took this one's place.
    if (bitmap === null || this.complete()) this.finish();
  }

  private complete(): boolean {
    return this.bitmaps.every((bitmap) => bitmap !== null);
  }

  private finish(failure?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.end(failure);
  }

  private release(): void {
    for (const bitmap of this.bitmaps) bitmap?.close();
  }

  /** The next half to draw; none once ended or stale. */
  private take(): number | null {
    // A half sent after a newer render would take that one's place.
    if (!this.current()) this.finish();
    if (this.ended || this.next >= this.halves.length) return null;
    return this.next++;
  }
}
