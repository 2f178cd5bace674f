import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import {
  openPdf,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from "../../../../renderer/viewer/pdfjs";
import {
  SETTLE_DELAY_MS,
  SheetRenderer,
} from "../../../../renderer/viewer/SheetRenderer";
import { warmSheetEngines } from "../../../../renderer/viewer/warmEngines";
import {
  fitWidth,
  type ViewState,
} from "../../../../renderer/viewer/viewState";
import "../../../../renderer/viewer/viewer.css";
import {
  CSS_PER_POINT,
  longTaskWatch,
  painted,
  VIEWER,
  type BenchViewer,
} from "./benchApi";

/**
 * Lajna's viewer on a bare page: the real SheetRenderer drawing into a
 * stage of the size, driven the way SheetViewer drives it
 * (follow at once, a sharp render once the gesture has settled).
 */

const stage = document.getElementById("stage") as HTMLDivElement;
const canvas = document.createElement("canvas");
// The viewer's own styles, so the canvas costs what it costs there.
canvas.className = "sheet-canvas";
canvas.dataset.testid = "sheet-canvas";
stage.append(canvas);

let idle: (() => void) | null = null;
let failure: unknown = null;
const renderer = new SheetRenderer(
  canvas,
  (cause) => {
    failure = cause;
    idle?.();
  },
  (busy) => {
    if (!busy) idle?.();
  },
);

let pdf: PDFDocumentProxy | null = null;
let page: PDFPageProxy | null = null;
let view: ViewState | null = null;
/** The reviewer's layers once one was switched; null at the defaults. */
let layers: OptionalContentConfig | null = null;

/** Shows a view the way a gesture does and waits for its sharp pixels. */
async function show(next: ViewState, settleMs: number): Promise<void> {
  if (page === null) throw new Error("no sheet open");
  view = next;
  renderer.follow(page, next);
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  // render() first cancels the last render, which reports idle at once;
  // only the idle after this render's start counts.
  renderer.render(page, next, VIEWER, layers);
  await new Promise<void>((resolve) => {
    idle = resolve;
  });
  idle = null;
  if (failure !== null) throw failure;
  await painted();
}

function pageSize(): { width: number; height: number } {
  if (page === null) throw new Error("no sheet open");
  const { width, height } = page.getViewport({ scale: 1 });
  return { width, height };
}

/** Waits until the canvas holds the view with its margin (10 s at most). */
async function marginDrawn(): Promise<void> {
  const until = performance.now() + 10_000;
  while (renderer.marginPending && performance.now() < until) {
    await painted();
  }
}

/** Fetches and opens a fresh document and its first sheet. */
async function load(url: string): Promise<void> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  // As SheetViewer does: PDFium reads a copy while pdf.js parses.
  const key = `bench:${url}`;
  renderer.prepare(key, bytes.slice());
  pdf = await openPdf(bytes);
  layers = null;
  renderer.setDocument(pdf, key);
  page = await pdf.getPage(1);
}

const takeLongestTaskMs = longTaskWatch();

const bench: BenchViewer = {
  async open(url) {
    const start = performance.now();
    await load(url);
    await show(fitWidth(pageSize(), VIEWER), 0);
    return performance.now() - start;
  },

  async zoomTo(percent, fx, fy) {
    const zoom = (percent / 100) * CSS_PER_POINT;
    const size = pageSize();
    const start = performance.now();
    await show(
      {
        zoom,
        x: VIEWER.width / 2 - fx * size.width * zoom,
        y: VIEWER.height / 2 - fy * size.height * zoom,
      },
      SETTLE_DELAY_MS,
    );
    return performance.now() - start;
  },

  async fit() {
    const start = performance.now();
    await show(fitWidth(pageSize(), VIEWER), SETTLE_DELAY_MS);
    return performance.now() - start;
  },

  async panBy(dx, dy) {
    if (view === null) throw new Error("no sheet open");
    const start = performance.now();
    await show({ ...view, x: view.x + dx, y: view.y + dy }, SETTLE_DELAY_MS);
    return performance.now() - start;
  },

  async reopen(url) {
    // Closes the sheet as the viewer does: the raster worker frees it,
    // pdf.js destroys its document; the small preview stays.
    renderer.setDocument(null);
    await pdf?.destroy();
    page = null;
    const start = performance.now();
    await load(url);
    const fitted = fitWidth(pageSize(), VIEWER);
    view = fitted;
    renderer.follow(page!, fitted);
    if (canvas.style.visibility !== "visible") await show(fitted, 0);
    else await painted();
    const shownMs = performance.now() - start;
    // Lets the sharp render finish so the next step starts clean.
    await show(fitted, 0);
    return shownMs;
  },

  async toggleLayer() {
    if (pdf === null || view === null) throw new Error("no sheet open");
    const config = layers ?? (await pdf.getOptionalContentConfig());
    const first = [...config][0];
    if (first === undefined) return null;
    const [id, group] = first;
    // A reviewer switches on a view at rest: its margin drawn too.
    await marginDrawn();
    const start = performance.now();
    config.setVisibility(String(id), !group.visible);
    layers = config;
    await show(view, 0);
    return performance.now() - start;
  },

  redrawnPercent() {
    const paint = renderer.lastPaint;
    if (paint === null) return null;
    const whole = canvas.width * canvas.height;
    return (100 * paint.width * paint.height) / Math.max(1, whole);
  },

  takeLongestTaskMs,
};

// Both engines load as the app starts, before any sheet is opened
// (renderer/main.tsx).
await warmSheetEngines();
window.lajnaBench = bench;
