import type { Similarity } from "../../../../shared/geo/similarity";
import { compareView } from "../../../../renderer/compare/compareRender";
import { takeChannels } from "../../../../renderer/compare/compareRender";
import { DiffEngine } from "../../../../renderer/compare/DiffEngine";
import { drawBitmap } from "../../../../renderer/compare/paneDrawing";
import type { DiffBitmaps } from "../../../../renderer/compare/diffMessages";
import { sharedPdfiumEngine } from "../../../../renderer/viewer/render/PdfiumEngine";
import type { Size, ViewState } from "../../../../renderer/viewer/viewState";

/**
 * A bare page that runs the Compare panel's pipeline on two PDFs: the
 * real raster worker (PDFium) and the real diff worker. The test reads
 * back which layer each pixel landed on.
 */

export interface HarnessInput {
  readonly olderBase64: string;
  readonly newerBase64: string;
  readonly view: ViewState;
  readonly viewer: Size;
  readonly transform: Similarity;
  readonly tolerancePx: number;
}

export interface HarnessOutput {
  readonly width: number;
  readonly height: number;
  readonly counts: { unchanged: number; removed: number; added: number };
  /** One byte per pixel: 0 blank, 1 unchanged, 2 removed, 3 added. */
  readonly classesBase64: string;
}

const diff = new DiffEngine();
const engine = sharedPdfiumEngine();
let documents = 0;

function decode(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

function encode(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

/** Which layer, if any, paints each pixel. */
function classesOf(layers: DiffBitmaps, width: number, height: number) {
  const classes = new Uint8Array(width * height);
  const order = [
    [layers.unchanged, 1],
    [layers.removed, 2],
    [layers.added, 3],
  ] as const;
  for (const [bitmap, value] of order) {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d", { willReadFrequently: true });
    context?.drawImage(bitmap, 0, 0);
    const data = context?.getImageData(0, 0, width, height).data;
    for (let i = 0; i < classes.length; i++) {
      if ((data?.[i * 4 + 3] ?? 0) > 0) classes[i] = value;
    }
  }
  return classes;
}

async function compare(input: HarnessInput): Promise<HarnessOutput> {
  const olderKey = `older-${++documents}`;
  const newerKey = `newer-${documents}`;
  await engine.open(olderKey, async () => decode(input.olderBase64));
  await engine.open(newerKey, async () => decode(input.newerBase64));
  const result = await compareView(
    {
      engine,
      olderKey,
      newerKey,
      pages: {
        olderIndex: 0,
        newerIndex: 0,
        turn: 0,
        olderUserUnit: 1,
        newerUserUnit: 1,
      },
    },
    takeChannels(),
    diff,
    { ...input, ratio: 1, paint: true },
  );
  engine.close(olderKey);
  engine.close(newerKey);
  if (result === null || result.layers === null) {
    throw new Error("the comparison was superseded");
  }
  const { width, height } = result;
  return {
    width,
    height,
    counts: result.counts,
    classesBase64: encode(classesOf(result.layers, width, height)),
  };
}

/** What one timed comparison of a view cost, in the page. */
export interface BenchOutput {
  readonly totalMs: number;
  /** The longest drawing of one layer into its canvas, main thread. */
  readonly drawMs: number;
  /** Main-thread tasks over 50 ms while it ran, longest first. */
  readonly longTasksMs: readonly number[];
  readonly width: number;
  readonly height: number;
}

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longTasks.push({ start: entry.startTime, duration: entry.duration });
  }
}).observe({ type: "longtask", buffered: true });

/**
 * Times one view's comparison (both renders, the diff, the layers drawn
 * into canvases on this thread as the panel does) and the main-thread
 * long tasks meanwhile. Documents stay open between calls of one key.
 */
async function bench(
  input: HarnessInput & { key: string },
): Promise<BenchOutput> {
  const olderKey = `${input.key}-older`;
  const newerKey = `${input.key}-newer`;
  await engine.open(olderKey, async () => decode(input.olderBase64));
  await engine.open(newerKey, async () => decode(input.newerBase64));
  const startedAt = performance.now();
  const result = await compareView(
    {
      engine,
      olderKey,
      newerKey,
      pages: {
        olderIndex: 0,
        newerIndex: 0,
        turn: 0,
        olderUserUnit: 1,
        newerUserUnit: 1,
      },
    },
    takeChannels(),
    diff,
    { ...input, ratio: 1, paint: true },
  );
  let drawMs = 0;
  for (const bitmap of Object.values(result?.layers ?? {})) {
    // One layer per task, the panel's way of showing it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const drawStart = performance.now();
    drawBitmap(document.createElement("canvas"), bitmap, input.viewer);
    drawMs = Math.max(drawMs, performance.now() - drawStart);
  }
  const totalMs = performance.now() - startedAt;
  // Long tasks are reported a little after they end.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const during = longTasks
    .filter((t) => t.start >= startedAt - 1)
    .map((t) => Math.round(t.duration))
    .sort((a, b) => b - a);
  longTasks.length = 0;
  return {
    totalMs: Math.round(totalMs),
    drawMs: Math.round(drawMs),
    longTasksMs: during,
    width: result?.width ?? 0,
    height: result?.height ?? 0,
  };
}

/** The functions the tests and the bench call in the page. */
export interface HarnessApi {
  compare: typeof compare;
  bench: typeof bench;
}

(window as unknown as { compareHarness: HarnessApi }).compareHarness = {
  compare,
  bench,
};
