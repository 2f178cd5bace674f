import { PdfiumEngine } from "../../../../renderer/viewer/render/PdfiumEngine";
import type { RasterRegion } from "../../../../renderer/viewer/render/engineMessages";
import {
  rasterWorkersEnded,
  rasterWorkersStarted,
  watchRasterWorkers,
} from "../helper-page/rasterTraffic";

/**
 * The viewer's raster engine (main-thread side and its PDFium worker) on
 * a bare page, driven by rasterWorkers.test.ts through
 * `window.rasterWorkersTest`: what happens to a worker's memory when its
 * documents close, and which waiting renders a worker draws.
 */

export interface RasterWorkersTest {
  /** Starts a new engine replacing its worker above `recycleBytes`. */
  start(recycleBytes: number): Promise<void>;
  /**
   * Opens `url`, draws a `side` px square of it, closes it, and waits
   * until the engine's worker (a new one, if it was replaced) is warm.
   */
  drawAndClose(url: string, side: number): Promise<DrawAndClose>;
  /**
   * On the engine: one long render on its own channel, then, while it
   * runs, one render on each of channels 1 to 3 (tabs left) and on 4
   * (the tab shown). With "cancel" the left tabs' channels are then
   * cancelled; with "front" channel 4 is put in front before it asks.
   */
  queue(url: string, mode: "cancel" | "front"): Promise<QueueRun>;
  /**
   * While one long render runs: opens `leftUrl` (a tab the reviewer
   * passes through), closes it, and opens `shownUrl`; whether each
   * was read by PDFium.
   */
  passThrough(
    busyUrl: string,
    leftUrl: string,
    shownUrl: string,
  ): Promise<{ left: boolean; shown: boolean }>;
}

export interface DrawAndClose {
  readonly drawnWidth: number;
  /** The worker's PDFium heap once the square was drawn. */
  readonly drawnHeapBytes: number;
  /** The heap of the engine's worker after the close, once warm. */
  readonly afterHeapBytes: number;
  readonly workersStarted: number;
  readonly workersEnded: number;
}

export interface QueueRun {
  /** The channels, in the order their renders were answered. */
  readonly answered: number[];
  /** The channels whose render was drawn (not dropped). */
  readonly drawn: number[];
}

declare global {
  interface Window {
    rasterWorkersTest?: RasterWorkersTest;
  }
}

watchRasterWorkers();

let engine: PdfiumEngine | null = null;
let documents = 0;

function current(): PdfiumEngine {
  if (engine === null) throw new Error("no engine started");
  return engine;
}

const bytesOf = (url: string) => async () =>
  new Uint8Array(await (await fetch(url)).arrayBuffer());

/** A `width` x `height` px region with the sheet's corner at its own. */
function region(width: number, height: number, scale = 1): RasterRegion {
  const place = { pageIndex: 0, turn: 0 as const, scale, userUnit: 1 };
  return { ...place, x: 0, y: 0, width, height };
}

const LONG_CHANNEL = 90;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const rasterWorkersTest: RasterWorkersTest = {
  async start(recycleBytes) {
    engine = new PdfiumEngine(undefined, recycleBytes);
    await engine.warm();
  },

  async drawAndClose(url, side) {
    const engine = current();
    const started = rasterWorkersStarted();
    const ended = rasterWorkersEnded();
    const key = `doc ${++documents}`;
    await engine.open(key, bytesOf(url));
    const bitmap = await engine.render(key, 1, region(side, side));
    const drawnHeapBytes = engine.heapBytes;
    const drawnWidth = bitmap?.width ?? 0;
    bitmap?.close();
    engine.close(key);
    await engine.warm();
    return {
      drawnWidth,
      drawnHeapBytes,
      afterHeapBytes: engine.heapBytes,
      workersStarted: rasterWorkersStarted() - started,
      workersEnded: rasterWorkersEnded() - ended,
    };
  },

  async queue(url, mode) {
    const engine = current();
    const key = `doc ${++documents}`;
    await engine.open(key, bytesOf(url));
    const answered: number[] = [];
    const drawn: number[] = [];
    const ask = (channel: number, area: RasterRegion) =>
      engine.render(key, channel, area).then((bitmap) => {
        answered.push(channel);
        if (bitmap !== null) drawn.push(channel);
        bitmap?.close();
      });
    const asked = [ask(LONG_CHANNEL, region(3000, 2000, 5))];
    await pause(30);
    for (const channel of [1, 2, 3]) asked.push(ask(channel, region(900, 600)));
    if (mode === "front") engine.front(4);
    asked.push(ask(4, region(900, 600)));
    // The requests reach the worker while the long render runs.
    await pause(30);
    if (mode === "cancel")
      for (const channel of [1, 2, 3]) engine.cancel(channel);
    await Promise.all(asked);
    engine.close(key);
    return { answered, drawn };
  },

  async passThrough(busyUrl, leftUrl, shownUrl) {
    const engine = current();
    const busy = `doc ${++documents}`;
    await engine.open(busy, bytesOf(busyUrl));
    const left = await bytesOf(leftUrl)();
    const shown = await bytesOf(shownUrl)();
    const long = engine.render(busy, LONG_CHANNEL, region(3000, 2000, 5));
    await pause(30);
    const leftOpen = engine.open("left", () => Promise.resolve(left));
    await pause(30);
    engine.close("left");
    const shownOpen = engine.open("shown", () => Promise.resolve(shown));
    const result = { left: await leftOpen, shown: await shownOpen };
    (await long)?.close();
    engine.close("shown");
    engine.close(busy);
    return result;
  },
};

window.rasterWorkersTest = rasterWorkersTest;
