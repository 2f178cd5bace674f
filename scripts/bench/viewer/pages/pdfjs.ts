import * as pdfjsLib from "pdfjs-dist";
import "pdfjs-dist/web/pdf_viewer.css";
import { openPdf } from "../../../../renderer/viewer/pdfjs";
import {
  CSS_PER_POINT,
  longTaskWatch,
  painted,
  VIEWER,
  type BenchViewer,
} from "./benchApi";

/**
 * pdf.js's own viewer component (PDFViewer from pdfjs-dist/web/pdf_viewer)
 * with its default options, in a container of the size. The
 * document is opened the same way as Lajna's, so only the viewers differ.
 */

// pdf_viewer.mjs reads the library from this global when it loads.
(globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjsLib;
const { EventBus, PDFLinkService, PDFViewer } =
  await import("pdfjs-dist/web/pdf_viewer.mjs");

/** pdf.js's RenderingStates.FINISHED. */
const FINISHED = 3;

const container = document.getElementById("viewerContainer") as HTMLDivElement;
const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const viewer = new PDFViewer({ container, eventBus, linkService });
linkService.setViewer(viewer);

interface PageViewState {
  renderingState: number;
  detailView?: { renderingState: number } | null;
  div: HTMLDivElement;
}

function pageView(): PageViewState {
  return viewer.getPageView(0) as unknown as PageViewState;
}

/** Waits until the first page and its detail canvas, if any, are drawn. */
async function settled(): Promise<void> {
  await painted();
  await painted();
  for (;;) {
    const view = pageView();
    const detail = view.detailView?.renderingState ?? FINISHED;
    if (view.renderingState === FINISHED && detail === FINISHED) break;
    await painted();
  }
  await painted();
}

let current: pdfjsLib.PDFDocumentProxy | null = null;
const takeLongestTaskMs = longTaskWatch();

const bench: BenchViewer = {
  async open(url) {
    const start = performance.now();
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const pdf = await openPdf(bytes);
    current = pdf;
    const ready = new Promise((resolve) =>
      eventBus.on("pagesinit", resolve, { once: true }),
    );
    viewer.setDocument(pdf);
    linkService.setDocument(pdf);
    await ready;
    viewer.currentScaleValue = "page-width";
    await settled();
    return performance.now() - start;
  },

  async zoomTo(percent, fx, fy) {
    const start = performance.now();
    viewer.currentScale = percent / 100;
    const div = pageView().div;
    container.scrollLeft =
      div.offsetLeft + fx * div.clientWidth - VIEWER.width / 2;
    container.scrollTop =
      div.offsetTop + fy * div.clientHeight - VIEWER.height / 2;
    await settled();
    return performance.now() - start;
  },

  async fit() {
    const start = performance.now();
    viewer.currentScaleValue = "page-width";
    await settled();
    return performance.now() - start;
  },

  async panBy(dx, dy) {
    const start = performance.now();
    container.scrollLeft -= dx;
    container.scrollTop -= dy;
    await settled();
    return performance.now() - start;
  },

  async reopen(url) {
    viewer.setDocument(null as never);
    await current?.destroy();
    return bench.open(url);
  },

  // pdf.js's viewer draws every page whole; it does not say otherwise.
  redrawnPercent: () => null,

  async toggleLayer() {
    if (current === null) throw new Error("no sheet open");
    const config = await viewer.optionalContentConfigPromise;
    const first = config === null ? undefined : [...config][0];
    if (config === null || first === undefined) return null;
    const [id, group] = first;
    const start = performance.now();
    config.setVisibility(String(id), !group.visible);
    // What pdf.js's own layers panel does: hand the viewer the config.
    viewer.optionalContentConfigPromise = Promise.resolve(config);
    await settled();
    return performance.now() - start;
  },

  takeLongestTaskMs,
};

// Keeps the unit shared with Lajna's page explicit: 100 % is 96 px/in.
void CSS_PER_POINT;

window.lajnaBench = bench;
