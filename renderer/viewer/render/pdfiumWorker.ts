/// <reference lib="webworker" />
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { pdfiumHeap as heap } from "./pdfiumHeap";
import { workerPdfium } from "./pdfiumModule";
import { warmupSheetBytes } from "./warmupSheet";
import type {
  DeviceRect,
  EngineReply,
  EngineRequest,
  RasterRegion,
} from "./engineMessages";
import { InPlaceLayers } from "./inPlaceLayers";
import { layerDamage, turnedSize } from "./layerDamage";
import { stripRegion, STRIP_PAD_PX } from "./marginStrips";
import { layerChoiceKey, layerPatch, type LayerChoice } from "./layerPatch";

/**
 * The raster worker: PDFium (compiled to WebAssembly) draws sheet regions
 * off the main thread, so a heavy CAD sheet never blocks the UI. pdf.js
 * stays in charge of text, layers and annotations in the main viewer.
 */

/** Writes RGBA, the canvas's order, instead of BGRA: no swap after. */
const FPDF_REVERSE_BYTE_ORDER = 0x10;

const scope = self as unknown as DedicatedWorkerGlobalScope;

interface OpenDocument {
  readonly handle: number;
  readonly bytesPtr: number;
  readonly byteLength: number;
  readonly pages: Map<number, number>;
  /** Layer switches done on the read sheets themselves, when decidable. */
  readonly inPlace: InPlaceLayers;
  /**
   * The same document with the reviewer's layer choice appended (see
   * layerPatch.ts), by choice key; one at a time, as each holds a copy
   * of the bytes and its own parsed sheets.
   */
  variant: { readonly key: string; readonly doc: OpenDocument } | null;
}
const documents = new Map<string, Promise<OpenDocument>>();
let waiting: Extract<EngineRequest, { type: "render" }>[] = [];
let draining = false;

/** An open asked for and not yet started: a close before it drops it. */
interface QueuedOpen {
  readonly start: () => void;
  readonly drop: (cause: Error) => void;
  /** Settles once the document is read or could not be. */
  readonly done: Promise<unknown>;
}
const queuedOpens = new Map<string, QueuedOpen>();

/** PDFium once loaded, whose heap size each reply tells. */
let loaded: WrappedPdfiumModule | null = null;

/** The viewer channel whose renders go first ("front"), if any. */
let front: number | null = null;

/** This worker's PDFium (render/pdfiumModule.ts). */
async function engine(): Promise<WrappedPdfiumModule> {
  loaded ??= await workerPdfium();
  return loaded;
}

/**
 * Draws a generated sheet once (warmupSheet.ts) so the first real one
 * runs optimised code; a failure here only costs that head start.
 */
async function warmUp(module: WrappedPdfiumModule): Promise<void> {
  const key = "lajna:warm-up";
  try {
    const doc = await openDocument(key, await warmupSheetBytes());
    documents.set(key, Promise.resolve(doc));
    const region = {
      pageIndex: 0,
      turn: 0,
      scale: 1,
      userUnit: 1,
      x: 0,
      y: 0,
    } as const;
    const bitmap = await rasterise(module, doc, {
      ...region,
      width: 1224,
      height: 792,
    });
    bitmap.close();
  } catch {
    // Nothing to warm: the first sheet simply pays for it.
  } finally {
    await closeDocument(key);
  }
}

function reply(message: EngineReply, transfer: Transferable[] = []): void {
  const heapBytes = loaded === null ? undefined : heap(loaded).length;
  scope.postMessage({ ...message, heapBytes }, transfer);
}

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  if (request.type === "open") {
    const opened = queueOpen(request.key, request.bytes);
    documents.set(request.key, opened);
    opened.then(
      (doc) =>
        reply({ type: "opened", id: request.id, pageCount: doc.pages.size }),
      (cause: unknown) =>
        reply({ type: "failed", id: request.id, message: String(cause) }),
    );
  } else if (request.type === "warm") {
    void engine()
      .then(warmUp)
      .then(() => reply({ type: "warmed", id: request.id }));
  } else if (request.type === "render") {
    waiting.push(request);
    void drain();
  } else if (request.type === "cancel") {
    dropChannel(request.channel);
  } else if (request.type === "front") {
    front = request.channel;
  } else {
    void closeDocument(request.key);
  }
};

/**
 * Opens a document when the drain comes to it, before any waiting
 * render: reading a heavy sheet holds the worker for hundreds of
 * milliseconds, wasted on a tab the reviewer passed through and closed
 * before its turn came (closeDocument drops it then).
 */
function queueOpen(key: string, bytes: Uint8Array): Promise<OpenDocument> {
  const turn: { start?: () => void; drop?: (cause: Error) => void } = {};
  const started = new Promise<void>((resolve, reject) => {
    turn.start = resolve;
    turn.drop = reject;
  });
  const opened = started.then(() => openDocument(key, bytes));
  // The same key asked again before its turn: the newer bytes win.
  queuedOpens.get(key)?.drop(new Error(`${key} was asked again`));
  queuedOpens.set(key, {
    start: () => turn.start?.(),
    drop: (cause) => turn.drop?.(cause),
    done: opened.catch(() => null),
  });
  void drain();
  return opened;
}

async function openDocument(
  key: string,
  bytes: Uint8Array,
): Promise<OpenDocument> {
  const module = await engine();
  const bytesPtr = module.pdfium.wasmExports.malloc(bytes.length);
  heap(module).set(bytes, bytesPtr);
  const doc = loadDocument(module, key, bytesPtr, bytes.length);
  // Reading the first sheet now overlaps with the viewer's own opening
  // (pdf.js, layout) instead of following its first render request.
  if (doc.pages.size > 0) loadPage(module, doc, 0);
  return doc;
}

/** Opens bytes already in PDFium's heap; frees them when it cannot. */
function loadDocument(
  module: WrappedPdfiumModule,
  key: string,
  bytesPtr: number,
  byteLength: number,
): OpenDocument {
  const handle = module.FPDF_LoadMemDocument(bytesPtr, byteLength, "");
  if (handle === 0) {
    module.pdfium.wasmExports.free(bytesPtr);
    throw new Error(
      `PDFium cannot open ${key}: error ${module.FPDF_GetLastError()}`,
    );
  }
  const pages = new Map<number, number>();
  const count = module.FPDF_GetPageCount(handle);
  for (let index = 0; index < count; index++) pages.set(index, 0);
  const bytes = () => heap(module).subarray(bytesPtr, bytesPtr + byteLength);
  const inPlace = new InPlaceLayers(module, bytes);
  return { handle, bytesPtr, byteLength, pages, inPlace, variant: null };
}

/**
 * The document as PDFium should draw it for a layer choice: itself at
 * the document's defaults, else a copy of its bytes with the choice
 * appended, opened once and kept until another choice replaces it.
 */
function withLayers(
  module: WrappedPdfiumModule,
  doc: OpenDocument,
  choice: LayerChoice | null,
): OpenDocument {
  const key = layerChoiceKey(choice);
  if (key === "" || choice === null) return doc;
  if (doc.variant?.key === key) return doc.variant.doc;

  const original = heap(module).subarray(
    doc.bytesPtr,
    doc.bytesPtr + doc.byteLength,
  );
  const patch = layerPatch(original, choice);
  if (patch === null) throw new Error("the layers cannot be switched here");
  if (doc.variant !== null) freeDocument(module, doc.variant.doc);
  doc.variant = null;

  const length = doc.byteLength + patch.length;
  const bytesPtr = module.pdfium.wasmExports.malloc(length);
  // malloc may grow the heap, which replaces the array read above.
  const memory = heap(module);
  memory.copyWithin(bytesPtr, doc.bytesPtr, doc.bytesPtr + doc.byteLength);
  memory.set(patch, bytesPtr + doc.byteLength);
  const variant = loadDocument(module, `layers ${key}`, bytesPtr, length);
  doc.variant = { key, doc: variant };
  return variant;
}

async function closeDocument(key: string): Promise<void> {
  const queued = queuedOpens.get(key);
  queuedOpens.delete(key);
  queued?.drop(new Error(`${key} was closed before it was read`));
  const opened = documents.get(key);
  documents.delete(key);
  if (opened === undefined) return;
  const doc = await opened.catch(() => null);
  if (doc === null) return;
  freeDocument(await engine(), doc);
}

/** Closes a document's sheets, its layer variant and frees its bytes. */
function freeDocument(module: WrappedPdfiumModule, doc: OpenDocument): void {
  if (doc.variant !== null) freeDocument(module, doc.variant.doc);
  doc.variant = null;
  for (const page of doc.pages.values()) {
    if (page !== 0) module.FPDF_ClosePage(page);
  }
  module.FPDF_CloseDocument(doc.handle);
  module.pdfium.wasmExports.free(doc.bytesPtr);
}

/**
 * Reads the documents asked for, then draws the newest waiting render of
 * each channel, one at a time. A render is synchronous inside PDFium, so
 * stale requests are dropped before they start rather than interrupted.
 */
async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (;;) {
      // Lets requests that arrived during the last render come in.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // A render waits for its document's open; never the other way.
      const [key, open] = queuedOpens.entries().next().value ?? [];
      if (key !== undefined && open !== undefined) {
        queuedOpens.delete(key);
        open.start();
        await open.done;
        continue;
      }
      const next = takeNewest();
      if (next === undefined) break;
      await renderOne(next);
    }
  } finally {
    draining = false;
  }
}

/** Answers a gone viewer's waiting renders without drawing them. */
function dropChannel(channel: number): void {
  for (const request of waiting) {
    if (request.channel === channel) {
      reply({ type: "superseded", id: request.id });
    }
  }
  waiting = waiting.filter((r) => r.channel !== channel);
  if (front === channel) front = null;
}

/**
 * The newest waiting render of the front channel when it has one, else
 * of the channel that waited longest; the older ones of that channel are
 * answered `superseded`.
 */
function takeNewest(): Extract<EngineRequest, { type: "render" }> | undefined {
  const first = waiting.find((r) => r.channel === front) ?? waiting[0];
  if (first === undefined) return undefined;
  const sameChannel = waiting.filter((r) => r.channel === first.channel);
  const newest = sameChannel[sameChannel.length - 1];
  for (const stale of sameChannel) {
    if (stale !== newest) reply({ type: "superseded", id: stale.id });
  }
  waiting = waiting.filter((r) => r.channel !== first.channel);
  return newest;
}

async function renderOne(
  request: Extract<EngineRequest, { type: "render" }>,
): Promise<void> {
  try {
    const doc = await documents.get(request.key);
    if (doc === undefined) throw new Error(`${request.key} is not open`);
    const module = await engine();
    const { pageIndex } = request.region;
    const page = loadPage(module, doc, pageIndex);
    const inPlace = doc.inPlace.apply(pageIndex, page, request.layers);
    const drawn = inPlace ? doc : withLayers(module, doc, request.layers);
    const patch = inPlace ? switchedPatch(module, doc, page, request) : null;
    if (patch !== null) {
      const padded = stripRegion(request.region, patch);
      const inner = {
        x: STRIP_PAD_PX,
        y: STRIP_PAD_PX,
        width: patch.width,
        height: patch.height,
      };
      const bitmap = await rasterise(module, drawn, padded, inner);
      const at = { x: patch.x, y: patch.y };
      reply({ type: "rendered", id: request.id, bitmap, at }, [bitmap]);
    } else {
      const bitmap = await rasterise(
        module,
        drawn,
        request.region,
        request.crop,
      );
      reply({ type: "rendered", id: request.id, bitmap }, [bitmap]);
    }
    // Idle now: read the sheet's layer marks before a reviewer switches.
    if (waiting.length === 0) prepareLayers(doc, pageIndex, page);
  } catch (cause) {
    reply({ type: "failed", id: request.id, message: String(cause) });
  }
}

/**
 * The part of the region a layer switch changed, when the viewer shows
 * this region at the layers it switched from; null to draw it whole.
 */
function switchedPatch(
  module: WrappedPdfiumModule,
  doc: OpenDocument,
  page: number,
  request: Extract<EngineRequest, { type: "render" }>,
): DeviceRect | null {
  if (request.since === undefined) return null;
  const { pageIndex } = request.region;
  const handles = doc.inPlace.changed(
    pageIndex,
    page,
    request.since,
    request.layers,
  );
  if (handles === null || handles.length === 0) return null;
  const patch = layerDamage(module, page, handles, request.region);
  if (patch === null) return null;
  // Nothing switched lies in view: one pixel, drawn as before, will do.
  const empty = patch.width === 0 || patch.height === 0;
  return empty ? { x: 0, y: 0, width: 1, height: 1 } : patch;
}

/** A failure here only leaves the reading to the first switch. */
function prepareLayers(doc: OpenDocument, pageIndex: number, page: number) {
  try {
    doc.inPlace.prepare(pageIndex, page);
  } catch {
    // The switch reads the marks itself, or takes the patched copy.
  }
}

function loadPage(
  module: WrappedPdfiumModule,
  doc: OpenDocument,
  index: number,
): number {
  const cached = doc.pages.get(index);
  if (cached === undefined) throw new Error(`no sheet ${index + 1}`);
  if (cached !== 0) return cached;
  const page = module.FPDF_LoadPage(doc.handle, index);
  if (page === 0) throw new Error(`PDFium cannot load sheet ${index + 1}`);
  doc.pages.set(index, page);
  return page;
}

/**
 * Draws a region into a transparent bitmap with the page's part white,
 * so the viewer's backdrop shows around the sheet, then hands it (or its
 * `crop`) over as an ImageBitmap.
 */
async function rasterise(
  module: WrappedPdfiumModule,
  doc: OpenDocument,
  region: RasterRegion,
  crop?: DeviceRect,
): Promise<ImageBitmap> {
  const page = loadPage(module, doc, region.pageIndex);
  // PDFium's page size already has the page's own /Rotate applied; the
  // reviewer's quarter turn swaps the sides once more.
  const { width: pageWidth, height: pageHeight } = turnedSize(
    module,
    page,
    region,
  );
  const { width, height } = region;
  const x = Math.round(region.x);
  const y = Math.round(region.y);

  const bitmap = module.FPDFBitmap_Create(width, height, 1);
  try {
    const left = Math.max(0, x);
    const top = Math.max(0, y);
    const right = Math.min(width, x + pageWidth);
    const bottom = Math.min(height, y + pageHeight);
    if (right > left && bottom > top) {
      module.FPDFBitmap_FillRect(
        bitmap,
        left,
        top,
        right - left,
        bottom - top,
        0xffffffff,
      );
      module.FPDF_RenderPageBitmap(
        bitmap,
        page,
        x,
        y,
        pageWidth,
        pageHeight,
        region.turn / 90,
        // No FPDF_ANNOT: a sheet's own annotations are drawn by the markup
        // layer (they become read-only markups at registration), once.
        FPDF_REVERSE_BYTE_ORDER,
      );
    }
    const pixels = copyPixels(module, bitmap, width, height);
    if (crop === undefined) return await createImageBitmap(pixels);
    const { x: cx, y: cy, width: cw, height: ch } = crop;
    return await createImageBitmap(pixels, cx, cy, cw, ch);
  } finally {
    module.FPDFBitmap_Destroy(bitmap);
  }
}

/**
 * The bitmap's pixels in PDFium's heap, read in place when its rows are
 * packed (they are for 4-byte pixels): createImageBitmap copies them
 * before the bitmap is destroyed, and a second copy of a 2000 px view
 * (11 MB each render) only raised the worker's memory. Else row by row.
 */
function copyPixels(
  module: WrappedPdfiumModule,
  bitmap: number,
  width: number,
  height: number,
): ImageData {
  const pointer = module.FPDFBitmap_GetBuffer(bitmap);
  const stride = module.FPDFBitmap_GetStride(bitmap);
  const rowBytes = width * 4;
  const memory = heap(module);
  if (stride === rowBytes) {
    const packed = new Uint8ClampedArray(
      memory.buffer as ArrayBuffer,
      pointer,
      rowBytes * height,
    );
    return new ImageData(packed, width, height);
  }
  const pixels = new Uint8ClampedArray(rowBytes * height);
  for (let row = 0; row < height; row++) {
    const from = pointer + row * stride;
    pixels.set(memory.subarray(from, from + rowBytes), row * rowBytes);
  }
  return new ImageData(pixels, width, height);
}
