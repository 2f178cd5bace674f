import { UserError } from "../../../shared/contract/errors";
import type {
  DevicePoint,
  DeviceRect,
  EngineReply,
  EngineRequest,
  RasterRegion,
} from "./engineMessages";
import type { LayerChoice } from "./layerPatch";

type Settle = {
  resolve: (reply: EngineReply) => void;
  /** The document the request is about, refused if it runs too long. */
  key: string | null;
  timer: ReturnType<typeof setTimeout> | null;
};

/**
 * How long one open or render may run in PDFium. The heaviest corpus
 * sheet takes about 3 s on a loaded 2-core machine; a compute bomb (a
 * few kilobytes of nested forms) would hold the worker for minutes.
 */
export const RASTER_LIMIT_MS = 20_000;

/**
 * The PDFium heap above which a worker left with no document open is
 * replaced by a fresh one. A WebAssembly memory never shrinks: a heavy
 * scanned sheet grows it to hundreds of megabytes, which the renderer
 * then held for the whole session, in each of the two workers. A fresh
 * worker with PDFium compiled and warmed holds about 18 MB, and the
 * heaviest vector sheet of the corpus adds about 30 MB parsed and 11 MB
 * per view bitmap: light and ordinary documents stay far below 256 MB
 * and never pay for the restart, while a heavy scan's heap is given
 * back. The restart costs the next sheet opened the new worker's warm-up
 * (PDFium compiled again, about 0.6 s off the main thread on a loaded
 * 2-core machine), a price paid only after such a heavy sheet.
 */
export const RECYCLE_HEAP_BYTES = 256 * 1024 * 1024;

/**
 * The main thread's side of the raster worker: opens documents there and
 * asks for regions, each answer a promise. One engine (one worker, one
 * PDFium heap) serves every viewer of the window.
 *
 * A render runs synchronously inside PDFium and cannot be interrupted,
 * so a document that holds the worker past the limit, or makes PDFium
 * abort, is refused from then on and the worker is replaced: the other
 * documents open again in the new one when next drawn, and the refused
 * one falls to pdf.js (SheetRenderer's fallback). A worker whose heap
 * grew past `recycleHeapBytes` is replaced too, once the last document
 * open in it closes, so that its memory goes back to the system.
 */
export class PdfiumEngine {
  private worker: Worker;
  private readonly pending = new Map<number, Settle>();
  private readonly opened = new Map<string, Promise<boolean>>();
  /** Each document's bytes, to open it again in a replaced worker. */
  private readonly sources = new Map<string, () => Promise<Uint8Array>>();
  private readonly refused = new Set<string>();
  private nextId = 1;
  private warming: Promise<void> | null = null;
  /** The worker's PDFium heap, as its last reply told it. */
  private workerHeapBytes = 0;
  /** The channel told to go first, told again to a new worker. */
  private frontChannel: number | null = null;
  /** How often each channel was cancelled, to drop renders sent after. */
  private readonly cancels = new Map<number, number>();

  constructor(
    private readonly limitMs = RASTER_LIMIT_MS,
    private readonly recycleHeapBytes = RECYCLE_HEAP_BYTES,
  ) {
    this.worker = this.startWorker();
  }

  /** The worker's PDFium heap in bytes, 0 before its first reply. */
  get heapBytes(): number {
    return this.workerHeapBytes;
  }

  /**
   * Loads and compiles PDFium in the worker ahead of the first sheet, so
   * opening one does not pay for it. Resolves once it is ready.
   */
  warm(): Promise<void> {
    this.warming ??= this.send({ type: "warm", id: 0 }, null).then(
      () => undefined,
    );
    return this.warming;
  }

  /**
   * Opens a document's bytes under `key` once; resolves false when PDFium
   * cannot read it (the viewer then keeps drawing with pdf.js).
   */
  open(key: string, bytes: () => Promise<Uint8Array>): Promise<boolean> {
    const known = this.opened.get(key);
    if (known !== undefined) return known;
    this.sources.set(key, bytes);
    const opening = bytes().then(async (data) => {
      const request = { type: "open", id: 0, key, bytes: data } as const;
      const answer = await this.send(request, key);
      return answer.type === "opened";
    });
    this.opened.set(key, opening);
    return opening;
  }

  /**
   * Resolves when the document's opening here has ended, its first sheet
   * read: true when PDFium opened it, false when it cannot or was never
   * given it (it opens again in a replaced worker).
   */
  ready(key: string): Promise<boolean> {
    const source = this.sources.get(key);
    const opening =
      this.opened.get(key) ??
      (source === undefined ? undefined : this.open(key, source));
    return opening ?? Promise.resolve(false);
  }

  /**
   * Draws a region, with `layers` hidden when given; null when a newer
   * render of the same channel took its place before it started. Fails
   * when the document is not open here, PDFium could not read it, or it
   * was refused for running too long.
   */
  async render(
    key: string,
    channel: number,
    region: RasterRegion,
    layers: LayerChoice | null = null,
    crop?: DeviceRect,
  ): Promise<ImageBitmap | null> {
    const extra = crop === undefined ? {} : { crop };
    const drawn = await this.draw(key, channel, region, layers, extra);
    return drawn?.bitmap ?? null;
  }

  /**
   * Like `render` for a region the viewer already shows at the layers
   * `since`: the answer may be only the patch the switch changed, with
   * its place in the region (`at`), or the whole region (`at` null).
   */
  renderSwitch(
    key: string,
    channel: number,
    region: RasterRegion,
    layers: LayerChoice | null,
    since: LayerChoice | null,
  ): Promise<DrawnRegion | null> {
    return this.draw(key, channel, region, layers, { since });
  }

  private async draw(
    key: string,
    channel: number,
    region: RasterRegion,
    layers: LayerChoice | null,
    extra: { since?: LayerChoice | null; crop?: DeviceRect },
  ): Promise<DrawnRegion | null> {
    const cancels = this.cancels.get(channel);
    const open = !this.refused.has(key) && (await this.ready(key));
    // Opening may have been what ran too long.
    if (this.refused.has(key)) throw refusal();
    // The channel's viewer went while its document opened.
    if (this.cancels.get(channel) !== cancels) return null;
    if (!open) throw new Error("the document is not open in the raster worker");
    const request = {
      type: "render",
      id: 0,
      channel,
      key,
      region,
      layers,
      ...extra,
    } as const;
    const answer = await this.send(request, key);
    // This very render ran too long or aborted PDFium.
    if (answer.type === "failed" && this.refused.has(key)) throw refusal();
    if (answer.type === "rendered") {
      return { bitmap: answer.bitmap, at: answer.at ?? null };
    }
    if (answer.type === "superseded") return null;
    throw new Error(answer.type === "failed" ? answer.message : answer.type);
  }

  /**
   * Frees a document's PDFium memory. When it was the last open and the
   * heap grew past `recycleHeapBytes`, the worker is replaced by a fresh
   * one: freeing inside PDFium never gives a WebAssembly heap back.
   */
  close(key: string): void {
    this.sources.delete(key);
    if (!this.opened.delete(key)) return;
    this.worker.postMessage({ type: "close", key } satisfies EngineRequest);
    if (this.opened.size === 0 && this.heapBytes > this.recycleHeapBytes) {
      // Only renders of closed documents can still wait: they are dropped.
      this.restartWorker((id) => ({ type: "superseded", id }));
    }
  }

  /**
   * Drops the renders of `channel` not yet started, those still waiting
   * for their document to open included (they resolve null): its viewer
   * is gone, and the visible one should not wait behind them.
   */
  cancel(channel: number): void {
    this.cancels.set(channel, (this.cancels.get(channel) ?? 0) + 1);
    if (this.frontChannel === channel) this.frontChannel = null;
    this.worker.postMessage({
      type: "cancel",
      channel,
    } satisfies EngineRequest);
  }

  /** Has the renders of `channel`, the viewer shown, drawn first. */
  front(channel: number): void {
    if (this.frontChannel === channel) return;
    this.frontChannel = channel;
    this.worker.postMessage({ type: "front", channel } satisfies EngineRequest);
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL("./pdfiumWorker.ts", import.meta.url), {
      type: "module",
      name: "lajna-raster",
    });
    worker.onmessage = (event: MessageEvent<EngineReply>) => {
      this.workerHeapBytes = event.data.heapBytes ?? this.workerHeapBytes;
      const settle = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      if (settle?.timer) clearTimeout(settle.timer);
      settle?.resolve(event.data);
      // An aborted PDFium fails every later call: start afresh.
      if (event.data.type === "failed" && /abort/i.test(event.data.message)) {
        this.replaceWorker(settle?.key ?? null, event.data.message);
      }
    };
    // A worker that dies (out of memory) blames its oldest request.
    worker.onerror = () => {
      const oldest = [...this.pending.values()].find((s) => s.key !== null);
      this.replaceWorker(oldest?.key ?? null, "the raster worker stopped");
    };
    if (this.frontChannel !== null) {
      const front = { type: "front", channel: this.frontChannel } as const;
      worker.postMessage(front satisfies EngineRequest);
    }
    return worker;
  }

  /**
   * Ends the worker and every request in it, refuses `culprit`, and
   * starts a new worker where documents open again on demand.
   */
  private replaceWorker(culprit: string | null, reason: string): void {
    if (culprit !== null) this.refused.add(culprit);
    this.restartWorker((id) => ({ type: "failed", id, message: reason }));
  }

  /**
   * Ends the worker, its heap with it, answers each request it still
   * had with `answer`, and starts and warms a new one. Documents open
   * again from `sources` when next drawn.
   */
  private restartWorker(answer: (id: number) => EngineReply): void {
    this.worker.terminate();
    const waiting = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, settle] of waiting) {
      if (settle.timer) clearTimeout(settle.timer);
      settle.resolve(answer(id));
    }
    this.opened.clear();
    this.warming = null;
    this.workerHeapBytes = 0;
    this.worker = this.startWorker();
    void this.warm();
  }

  private send(
    request: Extract<EngineRequest, { id: number }>,
    key: string | null,
  ): Promise<EngineReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      // Compiling PDFium (warm) has no document to blame.
      const timer =
        key === null
          ? null
          : setTimeout(
              () =>
                this.replaceWorker(key, `${key} ran past ${this.limitMs} ms`),
              this.limitMs,
            );
      this.pending.set(id, { resolve, key, timer });
      const transfer =
        request.type === "open" ? [request.bytes.buffer as ArrayBuffer] : [];
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }
}

/**
 * The failure of a document the engine stopped: it held PDFium past the
 * time limit or made it abort (out of memory, as a compression bomb
 * does). pdf.js is not asked to try: it would hold its own worker on the
 * same drawing, and every document shares that worker.
 */
export function refusal(): UserError {
  return new UserError("viewer.error.tooHeavy");
}

/** A drawn bitmap: the whole region, or the patch at `at` in it. */
export interface DrawnRegion {
  readonly bitmap: ImageBitmap;
  readonly at: DevicePoint | null;
}

let shared: PdfiumEngine | null = null;

/** The window's engine, started (and PDFium compiled) on first use. */
export function sharedPdfiumEngine(): PdfiumEngine {
  if (shared === null) {
    shared = new PdfiumEngine();
    void shared.warm();
  }
  return shared;
}

let helper: PdfiumEngine | null | undefined;

/**
 * A second engine on a machine with a second core, which draws half of
 * each sheet view while the shared one draws the other half: PDFium
 * runs on one thread, and a heavy sheet's view is bound by drawing. It
 * holds its own parsed copy of the documents shown (about 30 MB for the
 * heaviest corpus sheet). Null on a single core.
 */
export function sharedHelperEngine(): PdfiumEngine | null {
  if (helper === undefined) {
    const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
    helper = cores >= 2 ? new PdfiumEngine() : null;
    void helper?.warm();
  }
  return helper;
}
