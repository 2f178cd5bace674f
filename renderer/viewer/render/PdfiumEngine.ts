import type {
  EngineReply,
  EngineRequest,
  RasterRegion,
} from "./engineMessages";
import type { LayerChoice } from "./layerPatch";

type Settle = {
  resolve: (reply: EngineReply) => void;
};

/**
 * The main thread's side of the raster worker: opens documents there and
 * asks for regions, each answer a promise. One engine (one worker, one
 * PDFium heap) serves every viewer of the window.
 */
export class PdfiumEngine {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Settle>();
  private readonly opened = new Map<string, Promise<boolean>>();
  private nextId = 1;
  private warming: Promise<void> | null = null;

  constructor() {
    this.worker = new Worker(new URL("./pdfiumWorker.ts", import.meta.url), {
      type: "module",
      name: "lajna-raster",
    });
    this.worker.onmessage = (event: MessageEvent<EngineReply>) => {
      const settle = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      settle?.resolve(event.data);
    };
  }

  /**
   * Loads and compiles PDFium in the worker ahead of the first sheet, so
   * opening one does not pay for it. Resolves once it is ready.
   */
  warm(): Promise<void> {
    this.warming ??= this.send({ type: "warm", id: 0 }).then(() => undefined);
    return this.warming;
  }

  /**
   * Opens a document's bytes under `key` once; resolves false when PDFium
   * cannot read it (the viewer then keeps drawing with pdf.js).
   */
  open(key: string, bytes: () => Promise<Uint8Array>): Promise<boolean> {
    const known = this.opened.get(key);
    if (known !== undefined) return known;
    const opening = bytes().then(async (data) => {
      const answer = await this.send({ type: "open", id: 0, key, bytes: data });
      return answer.type === "opened";
    });
    this.opened.set(key, opening);
    return opening;
  }

  /**
   * Draws a region, with `layers` hidden when given; null when a newer
   * render of the same channel took its place before it started. Fails
   * when the document is not open here or PDFium could not read it.
   */
  async render(
    key: string,
    channel: number,
    region: RasterRegion,
    layers: LayerChoice | null = null,
  ): Promise<ImageBitmap | null> {
    if ((await this.opened.get(key)) !== true) {
      throw new Error("the document is not open in the raster worker");
    }
    const answer = await this.send({
      type: "render",
      id: 0,
      channel,
      key,
      region,
      layers,
    });
    if (answer.type === "rendered") return answer.bitmap;
    if (answer.type === "superseded") return null;
    throw new Error(answer.type === "failed" ? answer.message : answer.type);
  }

  /** Frees a document's PDFium memory. */
  close(key: string): void {
    if (!this.opened.delete(key)) return;
    this.worker.postMessage({ type: "close", key } satisfies EngineRequest);
  }

  private send(
    request: Extract<EngineRequest, { id: number }>,
  ): Promise<EngineReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      const transfer =
        request.type === "open" ? [request.bytes.buffer as ArrayBuffer] : [];
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }
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
