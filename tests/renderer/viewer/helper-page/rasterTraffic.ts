import type { RasterRegion } from "../../../../renderer/viewer/render/engineMessages";

/**
 * Watches what the page says to each raster worker and what each one
 * answers, by wrapping the Worker constructor before the engines start
 * theirs. Workers are numbered in the order they start: the shared
 * engine's first, its helper's second.
 */

/** One render request a raster worker received, with its answer. */
export interface SeenRender {
  readonly worker: number;
  readonly channel: number;
  readonly region: RasterRegion;
  readonly crop: RasterCrop | null;
  /** The worker's answer ("rendered", "superseded", ...); null before. */
  answer: string | null;
}

/** The part of a region's bitmap a request keeps. */
export interface RasterCrop {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const seen = new Map<string, SeenRender>();

/** Installs the watch; call before the first SheetRenderer is made. */
export function watchRasterWorkers(): void {
  const Original = window.Worker;
  let started = 0;
  class WatchedWorker extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // pdf.js's own worker is not a raster worker.
      if (options?.name !== "lajna-raster") return;
      watch(this, started++);
    }
  }
  window.Worker = WatchedWorker;
}

function watch(worker: Worker, index: number): void {
  const post = worker.postMessage.bind(worker) as (
    message: unknown,
    transfer?: Transferable[],
  ) => void;
  worker.postMessage = ((message: unknown, transfer?: Transferable[]) => {
    noteRequest(index, message);
    post(message, transfer ?? []);
  }) as Worker["postMessage"];
  worker.addEventListener("message", (event: MessageEvent) => {
    const reply = event.data as { id: number; type: string };
    const render = seen.get(`${index}:${reply.id}`);
    if (render !== undefined) render.answer = reply.type;
  });
}

function noteRequest(worker: number, message: unknown): void {
  const request = message as {
    type: string;
    id: number;
    channel: number;
    region: RasterRegion;
    crop?: RasterCrop;
  };
  if (request.type !== "render") return;
  seen.set(`${worker}:${request.id}`, {
    worker,
    channel: request.channel,
    region: request.region,
    crop: request.crop ?? null,
    answer: null,
  });
}

/** The renders seen since the last call, in the order they were sent. */
export function takeRenders(): SeenRender[] {
  const renders = [...seen.values()];
  seen.clear();
  return renders;
}
