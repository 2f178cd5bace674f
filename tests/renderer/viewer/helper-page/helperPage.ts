import { SheetRenderer } from "../../../../renderer/viewer/SheetRenderer";
import {
  sharedHelperEngine,
  sharedPdfiumEngine,
} from "../../../../renderer/viewer/render/PdfiumEngine";
import { afterLaidOverJoined } from "../../../../renderer/viewer/render/laidOver";
import { documentKey } from "../../../../renderer/viewer/render/documentFacts";
import {
  hasPreview,
  previewKey,
} from "../../../../renderer/viewer/render/sheetPreviews";
import type { PDFPageProxy } from "../../../../renderer/viewer/pdfjs";
import {
  openSheetDocument,
  openSheetPage,
} from "../../../../renderer/viewer/usePdfDocument";
import type { ViewState } from "../../../../renderer/viewer/viewState";
import {
  readCanvas,
  type CanvasPixels,
} from "../../../viewer/engine-page/pixels";
import { ThumbnailRenderer } from "../../../../renderer/viewer/thumbnailRenderer";
import {
  holdOpens,
  rasterWorkersStarted,
  takeOpens,
  takeRenders,
  watchRasterWorkers,
  type SeenRender,
} from "./rasterTraffic";

/**
 * The viewer's real SheetRenderer on a bare page, driven by
 * helperEngine.test.ts through `window.helperEngineTest`: one view of a
 * sheet drawn as the app draws it (the shared engine and its helper) and
 * by the shared engine alone, with what each raster worker was asked.
 */

export interface HelperEngineTest {
  /** Opens a sheet file as the viewer does; its first sheet's size. */
  open(url: string): Promise<{ width: number; height: number }>;
  /**
   * Draws `view` in an 800 x 600 viewer with the renderer as the app
   * makes it, or with the shared engine alone, and waits until the view
   * and its margin are drawn.
   */
  draw(view: ViewState, engines: Engines): Promise<DrawnView>;
  /**
   * Draws `view` with the sheet wholly in view (no margin follows) and
   * tells what the page holds when the renderer says the view is sharp,
   * and a frame later; with `moved`, the view is moved by 10 px at once
   * instead of waiting for the frame.
   */
  layOver(view: ViewState, moved: boolean): Promise<LaidOverStages>;
  /**
   * Opens the sheet as the viewer does (its bytes under the viewer's
   * key), draws `view`, waits for the sheet's preview, and draws the
   * first sheet's thumbnail as the strip does.
   */
  viewWithThumbnail(url: string, view: ViewState): Promise<SeenThumbnail>;
  /**
   * Draws `view` upright, then turned a quarter (a turn the sheet has no
   * preview for); what the page holds when that turned view is sharp.
   */
  turnOver(view: ViewState): Promise<LaidOverState>;
}

/** A thumbnail drawn after its sheet was viewed, and what it shows. */
export interface SeenThumbnail {
  /** The raster worker each opening of the sheet was sent to. */
  readonly opens: number[];
  readonly thumbnail: CanvasPixels;
  /** The sheet drawn by PDFium straight at the thumbnail's size. */
  readonly reference: CanvasPixels;
}

/** The display canvas and the canvases laid over it, at each stage. */
export interface LaidOverStages {
  /** Before the render: the canvas may show the sheet's preview. */
  readonly before: LaidOverState;
  readonly sharp: LaidOverState;
  readonly after: LaidOverState;
}

export interface LaidOverState {
  readonly displayInk: number;
  /** Canvases beside the display, and the ink of what they show. */
  readonly overCount: number;
  readonly overInk: number;
  readonly transform: string;
}

/**
 * The renderer as the app makes it, the shared engine alone, or as the
 * app makes it with the helper reading the sheet only once the view is
 * sharp.
 */
export type Engines = "app" | "engineOnly" | "helperLate";

/** A drawn view's pixels and the raster renders asked for it. */
export interface DrawnView {
  readonly pixels: CanvasPixels;
  readonly renders: SeenRender[];
  /**
   * Raster workers started while drawing: one stopped for running too
   * long (RASTER_LIMIT_MS) is replaced by a new one.
   */
  readonly replacedWorkers: number;
}

declare global {
  interface Window {
    helperEngineTest?: HelperEngineTest;
  }
}

// The app starts a helper on two cores or more; this page wants it
// whatever machine runs the test.
if (navigator.hardwareConcurrency < 2) {
  Object.defineProperty(navigator, "hardwareConcurrency", { value: 2 });
}
watchRasterWorkers();

const VIEWER = { width: 800, height: 600 };
/** A raster channel no viewer or strip of this page uses. */
const REFERENCE_CHANNEL = 7_777;
let opened: Awaited<ReturnType<typeof openSheet>> | null = null;

async function openSheet(url: string) {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const pdf = await openSheetDocument(bytes);
  return { pdf, page: await openSheetPage(pdf, 0) };
}

/** A renderer on a new canvas, and a promise for its view at rest. */
function makeRenderer(engines: Engines) {
  const canvas = document.createElement("canvas");
  document.body.replaceChildren(canvas);
  let started = false;
  let settle: { done: () => void; fail: (cause: unknown) => void } | null =
    null;
  /** The next render's sharp view: call before starting it. */
  const nextSharp = () => {
    started = false;
    return new Promise<void>((done, fail) => {
      settle = { done, fail };
    });
  };
  const sharp = nextSharp();
  const busy = (isBusy: boolean) => {
    // render() first reports the render it cancels idle.
    if (isBusy) started = true;
    else if (started) settle?.done();
  };
  const fail = (cause: unknown) => settle?.fail(cause);
  const renderer =
    engines === "engineOnly"
      ? new SheetRenderer(canvas, fail, busy, sharedPdfiumEngine(), null)
      : new SheetRenderer(canvas, fail, busy);
  return { canvas, renderer, sharp, nextSharp };
}

async function bothReady(key: string): Promise<void> {
  await Promise.all([
    sharedPdfiumEngine().ready(key),
    sharedHelperEngine()?.ready(key),
  ]);
}

/** The display's ink and that of the canvases laid over it. */
function laidOverState(display: HTMLCanvasElement): LaidOverState {
  const others = [...document.querySelectorAll("canvas")].filter(
    (canvas) => canvas !== display,
  );
  let overInk = 0;
  for (const over of others) {
    // A laid-over canvas shows a bitmap; a 2D copy of it reads it.
    const copy = document.createElement("canvas");
    copy.width = over.width;
    copy.height = over.height;
    copy.getContext("2d")?.drawImage(over, 0, 0);
    overInk += readCanvas(copy).ink;
  }
  return {
    // An emptied canvas has no pixels to read.
    displayInk: display.width === 0 ? 0 : readCanvas(display).ink,
    overCount: others.length,
    overInk,
    transform: display.style.transform,
  };
}

/** Waits until the viewer kept a sheet's preview (10 s at most). */
async function previewKept(id: string): Promise<void> {
  const until = performance.now() + 10_000;
  while (!hasPreview(id) && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!hasPreview(id)) throw new Error("the sheet's preview never came");
}

/** Sheet 1 drawn by the shared engine the size of `like`, on white. */
async function drawnAtSizeOf(
  like: HTMLCanvasElement,
  key: string,
  page: PDFPageProxy,
): Promise<HTMLCanvasElement> {
  const { width, height } = like;
  const size = page.getViewport({ scale: 1 });
  const region = {
    pageIndex: 0,
    turn: 0 as const,
    userUnit: page.userUnit,
    x: 0,
    y: 0,
  };
  const scale = Math.max(width, height) / Math.max(size.width, size.height);
  const bitmap = await sharedPdfiumEngine().render(key, REFERENCE_CHANNEL, {
    ...region,
    scale,
    width,
    height,
  });
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d")!;
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, height);
  if (bitmap !== null) context.drawImage(bitmap, 0, 0);
  return canvas;
}

const helperEngineTest: HelperEngineTest = {
  async open(url) {
    opened = await openSheet(url);
    const { width, height } = opened.page.getViewport({ scale: 1 });
    return { width, height };
  },

  async draw(view, engines) {
    if (opened === null) throw new Error("no sheet open");
    const { pdf, page } = opened;
    const { canvas, renderer, sharp } = makeRenderer(engines);
    const workers = rasterWorkersStarted();
    takeRenders();
    const release = engines === "helperLate" ? holdOpens(1) : () => {};
    renderer.setDocument(pdf);
    // Both engines have read the sheet, as for every view after the
    // first: each then takes one half.
    if (engines === "app") await bothReady(documentKey(pdf));
    renderer.follow(page, view);
    renderer.render(page, view, VIEWER);
    await sharp;
    release();
    // The margin comes in strips after the viewer's rectangle.
    while (renderer.marginPending) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const drawn = {
      pixels: readCanvas(canvas),
      renders: takeRenders(),
      replacedWorkers: rasterWorkersStarted() - workers,
    };
    renderer.cancel();
    renderer.setDocument(null);
    return drawn;
  },

  async viewWithThumbnail(url, view) {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const key = `viewer:${url}`;
    const { canvas, renderer, sharp } = makeRenderer("app");
    takeOpens();
    renderer.prepare(key, bytes.slice());
    const pdf = await openSheetDocument(bytes);
    const page = await openSheetPage(pdf, 0);
    renderer.setDocument(pdf, key);
    const thumbnails = new ThumbnailRenderer(pdf, key);
    renderer.follow(page, view);
    renderer.render(page, view, VIEWER);
    await sharp;
    // A sheet seen has its preview: the strip must not shrink it.
    await previewKept(previewKey(key, 0));
    const thumbnail = document.createElement("canvas");
    await thumbnails.draw(0, thumbnail);
    thumbnails.close();
    const reference = await drawnAtSizeOf(thumbnail, key, page);
    renderer.cancel();
    renderer.setDocument(null);
    await pdf.destroy();
    canvas.remove();
    return {
      opens: takeOpens(),
      thumbnail: readCanvas(thumbnail),
      reference: readCanvas(reference),
    };
  },

  async turnOver(view) {
    if (opened === null) throw new Error("no sheet open");
    const { pdf, page } = opened;
    const first = makeRenderer("app");
    first.renderer.setDocument(pdf);
    first.renderer.follow(page, view);
    first.renderer.render(page, view, VIEWER);
    await first.sharp;
    await afterLaidOverJoined();
    // The same renderer, turned: it reports idle again once sharp.
    const turned = first.nextSharp();
    first.renderer.follow(page, view, 90);
    first.renderer.render(page, view, VIEWER, null, 90);
    await turned;
    const state = laidOverState(first.canvas);
    first.renderer.cancel();
    first.renderer.setDocument(null);
    return state;
  },

  async layOver(view, moved) {
    if (opened === null) throw new Error("no sheet open");
    const { pdf, page } = opened;
    const { canvas, renderer, sharp } = makeRenderer("app");
    renderer.setDocument(pdf);
    await bothReady(documentKey(pdf));
    renderer.follow(page, view);
    const before = laidOverState(canvas);
    renderer.render(page, view, VIEWER);
    await sharp;
    const sharpState = laidOverState(canvas);
    if (moved) renderer.follow(page, { ...view, x: view.x + 10 });
    else await afterLaidOverJoined();
    const after = laidOverState(canvas);
    renderer.cancel();
    renderer.setDocument(null);
    return { before, sharp: sharpState, after };
  },
};

window.helperEngineTest = helperEngineTest;
