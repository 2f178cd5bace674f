import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import {
  openPdf,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from "../../../renderer/viewer/pdfjs";
import { SheetRenderer } from "../../../renderer/viewer/SheetRenderer";
import { turnedRotation } from "../../../renderer/viewer/render/renderTargets";
import type {
  QuarterTurn,
  ViewState,
} from "../../../renderer/viewer/viewState";
import { PdfiumEngine } from "../../../renderer/viewer/render/PdfiumEngine";
import { bitmapCounts, watchWorkerBitmaps } from "./bitmapWatch";
import { readCanvas, type CanvasPixels } from "./pixels";

/**
 * The real SheetRenderer (PDFium worker, pdf.js fallback) on a bare page,
 * driven by tests/viewer/rasterEngine.test.ts through `window.engineTest`.
 */

export interface EngineTest {
  /** Opens a corpus file; its first sheet's size in points. */
  open(url: string): Promise<{ width: number; height: number }>;
  /** The sheet's layers, by name, with their current visibility. */
  layers(): Promise<Record<string, boolean>>;
  /** Shows a view with these layers hidden (by name) and waits for it. */
  show(
    view: ViewState,
    hidden: string[],
    turn: QuarterTurn,
  ): Promise<CanvasPixels>;
  /**
   * Sends every view like a gesture (follow, then a render that cancels
   * the last) one per `stepMs`, then the final one, and waits for it.
   */
  storm(
    views: ViewState[],
    final: ViewState,
    stepMs: number,
  ): Promise<CanvasPixels>;
  /** The same view drawn by a new renderer on its own canvas. */
  fresh(view: ViewState, turn: QuarterTurn): Promise<CanvasPixels>;
  /** pdf.js's own drawing of the region the main renderer drew last. */
  pdfjs(view: ViewState, turn: QuarterTurn): Promise<CanvasPixels>;
  bitmaps(): ReturnType<typeof bitmapCounts>;
  /**
   * On a new engine with a short limit: what drawing `bombUrl` answers,
   * then whether `soundUrl` still draws, and how a second try of the
   * bomb ends and how long it took.
   */
  bomb(bombUrl: string, soundUrl: string, limitMs: number): Promise<BombRun>;
}

export interface BombRun {
  readonly bombError: string;
  readonly soundWidth: number;
  readonly retryError: string;
  readonly retryMs: number;
}

declare global {
  interface Window {
    engineTest?: EngineTest;
  }
}

watchWorkerBitmaps();
const VIEWER = { width: 800, height: 600 };

/** A renderer on a new canvas in `holder`, with a way to await idle. */
function makeRenderer(holder: HTMLElement) {
  const canvas = document.createElement("canvas");
  holder.replaceChildren(canvas);
  let idle: ((failure: unknown) => void) | null = null;
  const renderer = new SheetRenderer(
    canvas,
    (cause) => idle?.(cause),
    (busy) => {
      if (!busy) idle?.(null);
    },
  );
  // render() first cancels the previous render, which reports idle at
  // once; only the idle after the last render's start counts.
  const settled = () =>
    new Promise<void>((resolve, reject) => {
      idle = (failure) => {
        idle = null;
        if (failure === null) resolve();
        else
          reject(
            failure instanceof Error ? failure : new Error(String(failure)),
          );
      };
    });
  // The sharp view comes first, then its margin in strips (SheetRenderer's
  // stages); tests compare the final state.
  const margined = async () => {
    await settled();
    const until = performance.now() + 10_000;
    while (
      (canvas.style.left !== "-150px" || renderer.marginPending) &&
      performance.now() < until
    ) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  };
  return { canvas, renderer, settled: margined };
}

const main = makeRenderer(document.getElementById("stage") as HTMLElement);
let pdf: PDFDocumentProxy | null = null;
let page: PDFPageProxy | null = null;
let config: OptionalContentConfig | null = null;

function current(): { pdf: PDFDocumentProxy; page: PDFPageProxy } {
  if (pdf === null || page === null) throw new Error("no sheet open");
  return { pdf, page };
}

/** The config with these layers hidden, or null when none is. */
function layersWith(hidden: string[]): OptionalContentConfig | null {
  if (config === null) return null;
  for (const [id, group] of config) {
    config.setVisibility(String(id), !hidden.includes(group.name ?? ""));
  }
  return hidden.length === 0 ? null : config;
}

const engineTest: EngineTest = {
  async open(url) {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    pdf = await openPdf(bytes);
    main.renderer.setDocument(pdf);
    page = await pdf.getPage(1);
    config = await pdf.getOptionalContentConfig();
    const { width, height } = page.getViewport({ scale: 1 });
    return { width, height };
  },

  async layers() {
    const shown: Record<string, boolean> = {};
    for (const [, group] of config ?? [])
      shown[group.name ?? ""] = group.visible;
    return shown;
  },

  async show(view, hidden, turn) {
    const { page } = current();
    main.renderer.follow(page, view, turn);
    main.renderer.render(page, view, VIEWER, layersWith(hidden), turn);
    await main.settled();
    return readCanvas(main.canvas);
  },

  async storm(views, final, stepMs) {
    const { page } = current();
    for (const view of views) {
      main.renderer.follow(page, view);
      main.renderer.render(page, view, VIEWER, null);
      await new Promise((resolve) => setTimeout(resolve, stepMs));
    }
    main.renderer.follow(page, final);
    main.renderer.render(page, final, VIEWER, null);
    await main.settled();
    return readCanvas(main.canvas);
  },

  async fresh(view, turn) {
    const { pdf, page } = current();
    const other = makeRenderer(document.getElementById("fresh") as HTMLElement);
    other.renderer.setDocument(pdf);
    other.renderer.follow(page, view, turn);
    other.renderer.render(page, view, VIEWER, null, turn);
    await other.settled();
    const pixels = readCanvas(other.canvas);
    other.renderer.cancel();
    return pixels;
  },

  async pdfjs(view, turn) {
    const { page } = current();
    // The main renderer's canvas reaches one margin beyond the viewer.
    const marginPx = -parseFloat(main.canvas.style.left || "0");
    const canvas = document.createElement("canvas");
    canvas.width = main.canvas.width;
    canvas.height = main.canvas.height;
    const viewport = page.getViewport({
      scale: view.zoom,
      rotation: turnedRotation(page, turn),
      offsetX: view.x + marginPx,
      offsetY: view.y + marginPx,
    });
    await page.render({ canvas, viewport }).promise;
    return readCanvas(canvas);
  },

  bitmaps: bitmapCounts,

  async bomb(bombUrl, soundUrl, limitMs) {
    const engine = new PdfiumEngine(limitMs);
    await engine.warm();
    const bytesOf = (url: string) => async () =>
      new Uint8Array(await (await fetch(url)).arrayBuffer());
    const region = {
      pageIndex: 0,
      turn: 0,
      scale: 1,
      userUnit: 1,
      x: 0,
      y: 0,
    } as const;
    const draw = (key: string) =>
      engine.render(key, 1, { ...region, width: 400, height: 300 }).then(
        (bitmap) => `drawn ${bitmap?.width ?? 0}`,
        (cause: unknown) => String(cause),
      );
    void engine.open("sound", bytesOf(soundUrl));
    void engine.open("bomb", bytesOf(bombUrl));

    const bombError = await draw("bomb");
    const sound = await engine.render("sound", 1, {
      ...region,
      width: 400,
      height: 300,
    });
    const start = performance.now();
    const retryError = await draw("bomb");
    return {
      bombError,
      soundWidth: sound?.width ?? 0,
      retryError,
      retryMs: performance.now() - start,
    };
  },
};

window.engineTest = engineTest;
