import { openPdf, type PDFPageProxy } from "../../../../renderer/viewer/pdfjs";
import { SheetRenderer } from "../../../../renderer/viewer/SheetRenderer";
import {
  fitWidth,
  type ViewState,
} from "../../../../renderer/viewer/viewState";
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

/** SheetViewer waits this long after a gesture before a sharp render. */
const GESTURE_SETTLE_MS = 120;

const stage = document.getElementById("stage") as HTMLDivElement;
const canvas = document.createElement("canvas");
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

let page: PDFPageProxy | null = null;
let view: ViewState | null = null;

/** Shows a view the way a gesture does and waits for its sharp pixels. */
async function show(next: ViewState, settleMs: number): Promise<void> {
  if (page === null) throw new Error("no sheet open");
  view = next;
  renderer.follow(page, next);
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  // render() first cancels the last render, which reports idle at once;
  // only the idle after this render's start counts.
  renderer.render(page, next, VIEWER, null);
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

const takeLongestTaskMs = longTaskWatch();

const bench: BenchViewer = {
  async open(url) {
    const start = performance.now();
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const pdf = await openPdf(bytes);
    page = await pdf.getPage(1);
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
      GESTURE_SETTLE_MS,
    );
    return performance.now() - start;
  },

  async fit() {
    const start = performance.now();
    await show(fitWidth(pageSize(), VIEWER), GESTURE_SETTLE_MS);
    return performance.now() - start;
  },

  async panBy(dx, dy) {
    if (view === null) throw new Error("no sheet open");
    const start = performance.now();
    await show({ ...view, x: view.x + dx, y: view.y + dy }, GESTURE_SETTLE_MS);
    return performance.now() - start;
  },

  takeLongestTaskMs,
};

window.lajnaBench = bench;
