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

/** Opens held back from one worker, sent when released. */
let hold: { readonly worker: number; readonly held: (() => void)[] } | null =
  null;

/**
 * Holds the documents opened in `worker` until the returned function is
 * called, as if it read every sheet far slower than the others.
 */
export function holdOpens(worker: number): () => void {
  const held: (() => void)[] = [];
  hold = { worker, held };
  return () => {
    hold = null;
    for (const send of held) send();
  };
}

/** Raster workers started so far (a replaced one counts again). */
let started = 0;

export function rasterWorkersStarted(): number {
  return started;
}

/** Raster workers ended (terminated) so far. */
let ended = 0;

export function rasterWorkersEnded(): number {
  return ended;
}

/** Installs the watch; call before the first SheetRenderer is made. */
export function watchRasterWorkers(): void {
  const Original = window.Worker;
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
  const terminate = worker.terminate.bind(worker);
  worker.terminate = () => {
    ended++;
    terminate();
  };
  const post = worker.postMessage.bind(worker) as (
    message: unknown,
    transfer?: Transferable[],
  ) => void;
  worker.postMessage = ((message: unknown, transfer?: Transferable[]) => {
    noteRequest(index, message);
    const send = () => post(message, transfer ?? []);
    const opening = (message as { type?: string }).type === "open";
    if (opening && hold?.worker === index) hold.held.push(send);
    else send();
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
  if (request.type === "open") opens.push(worker);
  if (request.type !== "render") return;
  seen.set(`${worker}:${request.id}`, {
    worker,
    channel: request.channel,
    region: request.region,
    crop: request.crop ?? null,
    answer: null,
  });
}

/** The workers each document opening since the last call was sent to. */
let opens: number[] = [];

export function takeOpens(): number[] {
  const taken = opens;
  opens = [];
  return taken;
}

/** The renders seen since the last call, in the order they were sent. */
export function takeRenders(): SeenRender[] {
  const renders = [...seen.values()];
  seen.clear();
  return renders;
}
