import { UserError } from "../../../shared/contract/errors";
import type { LajnaClient } from "../../../renderer/client/LajnaClient";
import { setLogSink } from "../../../renderer/log/rendererLog";
import { afterLaidOverJoined } from "../../../renderer/viewer/render/laidOver";
import { SheetRenderer } from "../../../renderer/viewer/SheetRenderer";
import { sharedPdfiumEngine } from "../../../renderer/viewer/render/PdfiumEngine";
import {
  openSheetDocument,
  openSheetPage,
} from "../../../renderer/viewer/usePdfDocument";
import type { PDFDocumentProxy } from "../../../renderer/viewer/pdfjs";
import type {
  HostileOutcome,
  ReferenceHarness,
  RenderRequest,
  RenderedView,
  SwitchedView,
} from "./harnessApi";

/**
 * The viewer's real render path on a bare page: bytes opened as
 * usePdfDocument opens them, drawn by SheetRenderer (PDFium worker, or
 * pdf.js) into a canvas, read back as grey pixels for the test to
 * compare with poppler's and MuPDF's renders.
 */

// The renderer's log lines come here; the fallback warning is counted.
let fallbacks = 0;
const logSink = {
  request: (kind: string, payload: { message?: string }) => {
    if (
      kind === "log.write" &&
      payload.message?.includes("raster worker failed")
    ) {
      fallbacks++;
    }
    return Promise.resolve({});
  },
  subscribe: () => () => undefined,
};
setLogSink(logSink as unknown as LajnaClient);

async function fetchBytes(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/**
 * A renderer on a fresh canvas, with a promise for its first idle and a
 * way to wait for the idle after a later render.
 */
function newRenderer(engine: "app" | "pdfjs") {
  const canvas = document.createElement("canvas");
  document.body.append(canvas);
  type Waiter = {
    started: boolean;
    done: () => void;
    fail: (cause: unknown) => void;
  };
  let waiter: Waiter | null = null;
  const nextIdle = () =>
    new Promise<void>((done, fail) => {
      waiter = { started: false, done, fail };
    });
  const finished = nextIdle();
  const renderer = new SheetRenderer(
    canvas,
    (cause) => waiter?.fail(cause),
    // render() first reports the cancelled render idle; only the idle
    // after this render's start counts.
    (busy) => {
      if (waiter === null) return;
      if (busy) waiter.started = true;
      // The sharp bitmaps join the canvas a frame after they show.
      else if (waiter.started) void afterLaidOverJoined().then(waiter.done);
    },
    ...(engine === "pdfjs" ? [null] : []),
  );
  return { canvas, renderer, finished, nextIdle };
}

async function layersConfig(pdf: PDFDocumentProxy, hidden: readonly string[]) {
  if (hidden.length === 0) return null;
  const config = await pdf.getOptionalContentConfig();
  for (const [id, group] of config) {
    const name = (group as { name?: unknown }).name;
    if (typeof name === "string" && hidden.includes(name)) {
      config.setVisibility(String(id), false);
    }
  }
  return config;
}

/** The canvas's viewer area as grey over white (the backdrop is clear). */
function grayOf(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): Uint8Array {
  const marginPx = -parseFloat(canvas.style.left || "0");
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("no 2d context");
  const { data } = context.getImageData(marginPx, marginPx, width, height);
  const gray = new Uint8Array(width * height);
  for (let i = 0; i < gray.length; i++) {
    const [r, g, b, a] = [0, 1, 2, 3].map((k) => data[i * 4 + k] ?? 0);
    const luma = 0.299 * r! + 0.587 * g! + 0.114 * b!;
    gray[i] = Math.round(255 - (a! / 255) * (255 - luma));
  }
  return gray;
}

function base64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

/** The grey view of a finished render, with the fallbacks counted. */
function viewOf(
  canvas: HTMLCanvasElement,
  request: RenderRequest,
): RenderedView {
  const gray = grayOf(canvas, request.width, request.height);
  return {
    width: request.width,
    height: request.height,
    grayBase64: base64(gray),
    fallbacks,
  };
}

async function renderSwitch(
  request: RenderRequest,
  hideAfter: readonly string[],
): Promise<SwitchedView> {
  fallbacks = 0;
  const pdf = await openSheetDocument(await fetchBytes(request.url));
  const first = newRenderer(request.engine);
  const { canvas, renderer } = first;
  try {
    renderer.setDocument(pdf);
    const page = await openSheetPage(pdf, 0);
    const view = { zoom: request.zoom, x: request.x, y: request.y };
    const viewer = { width: request.width, height: request.height };
    const before = await layersConfig(pdf, request.hideLayers);
    renderer.render(page, view, viewer, before, request.turn);
    await first.finished;

    const after = await pdf.getOptionalContentConfig();
    for (const [id, group] of after) {
      const name = (group as { name?: unknown }).name;
      after.setVisibility(String(id), !hideAfter.includes(String(name)));
    }
    const switched = first.nextIdle();
    renderer.lastPaint = null;
    renderer.render(page, view, viewer, after, request.turn);
    await switched;
    return {
      ...viewOf(canvas, request),
      paint: renderer.lastPaint,
      canvasPx: { width: canvas.width, height: canvas.height },
    };
  } finally {
    renderer.setDocument(null);
    canvas.remove();
    await pdf.destroy();
  }
}

async function render(request: RenderRequest): Promise<RenderedView> {
  fallbacks = 0;
  const pdf = await openSheetDocument(await fetchBytes(request.url));
  const { canvas, renderer, finished } = newRenderer(request.engine);
  try {
    renderer.setDocument(pdf);
    const page = await openSheetPage(pdf, 0);
    const layers = await layersConfig(pdf, request.hideLayers);
    const view = { zoom: request.zoom, x: request.x, y: request.y };
    const viewer = { width: request.width, height: request.height };
    renderer.render(page, view, viewer, layers, request.turn);
    await finished;
    return viewOf(canvas, request);
  } finally {
    renderer.setDocument(null);
    canvas.remove();
    await pdf.destroy();
  }
}

/**
 * Opens a file as the viewer does and draws one sheet, fitted to a
 * 1000 px square. A translated failure is the expected ending; a render
 * still running after `timeoutMs` is reported as hung.
 */
async function openHostile(
  url: string,
  sheetIndex: number,
  timeoutMs: number,
): Promise<HostileOutcome> {
  fallbacks = 0;
  const start = performance.now();
  const ms = () => Math.round(performance.now() - start);
  let pdf: PDFDocumentProxy | null = null;
  const { canvas, renderer, finished } = newRenderer("app");
  try {
    pdf = await openSheetDocument(await fetchBytes(url), timeoutMs);
    renderer.setDocument(pdf);
    const page = await openSheetPage(pdf, sheetIndex, timeoutMs);
    const size = page.getViewport({ scale: 1 });
    const zoom = 1000 / Math.max(size.width, size.height);
    renderer.render(page, { zoom, x: 0, y: 0 }, { width: 1000, height: 1000 });
    const left = Math.max(0, timeoutMs - ms());
    const hung = new Promise<"hung">((done) =>
      setTimeout(() => done("hung"), left),
    );
    if ((await Promise.race([finished, hung])) === "hung") {
      return { outcome: "renderHung", ms: ms(), fallbacks };
    }
    const gray = grayOf(canvas, 1000, 1000);
    const ink = gray.filter((v) => v < 128).length / gray.length;
    return { outcome: "rendered", ink, ms: ms(), fallbacks };
  } catch (cause) {
    const key = cause instanceof UserError ? cause.key : String(cause);
    return { outcome: "failed", key, ms: ms(), fallbacks };
  } finally {
    renderer.cancel();
    renderer.setDocument(null);
    canvas.remove();
    void pdf?.destroy();
  }
}

async function openBesideBusy(
  busyUrl: string,
  url: string,
  timeoutMs: number,
): Promise<HostileOutcome> {
  const busy = await openSheetDocument(await fetchBytes(busyUrl), timeoutMs);
  try {
    const page = await busy.getPage(1);
    page.getTextContent().catch(() => undefined);
    return await openHostile(url, 0, timeoutMs);
  } finally {
    void busy.destroy();
  }
}

const harness: ReferenceHarness = {
  render,
  renderSwitch,
  openHostile,
  openBesideBusy,
};

// PDFium compiles once, before the first sheet, as in the app.
await sharedPdfiumEngine().warm();
window.lajnaReference = harness;
