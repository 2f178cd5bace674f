import { SheetRenderer } from "../../../../renderer/viewer/SheetRenderer";
import { sharedPdfiumEngine } from "../../../../renderer/viewer/render/PdfiumEngine";
import {
  openSheetDocument,
  openSheetPage,
} from "../../../../renderer/viewer/usePdfDocument";
import type { ViewState } from "../../../../renderer/viewer/viewState";
import {
  readCanvas,
  type CanvasPixels,
} from "../../../viewer/engine-page/pixels";
import {
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
  draw(view: ViewState, engines: "app" | "engineOnly"): Promise<DrawnView>;
}

/** A drawn view's pixels and the raster renders asked for it. */
export interface DrawnView {
  readonly pixels: CanvasPixels;
  readonly renders: SeenRender[];
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
let opened: Awaited<ReturnType<typeof openSheet>> | null = null;

async function openSheet(url: string) {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const pdf = await openSheetDocument(bytes);
  return { pdf, page: await openSheetPage(pdf, 0) };
}

/** A renderer on a new canvas, and a promise for its view at rest. */
function makeRenderer(engines: "app" | "engineOnly") {
  const canvas = document.createElement("canvas");
  document.body.replaceChildren(canvas);
  let started = false;
  let settle: { done: () => void; fail: (cause: unknown) => void } | null =
    null;
  const sharp = new Promise<void>((done, fail) => {
    settle = { done, fail };
  });
  const busy = (isBusy: boolean) => {
    // render() first reports the render it cancels idle.
    if (isBusy) started = true;
    else if (started) settle?.done();
  };
  const fail = (cause: unknown) => settle?.fail(cause);
  const renderer =
    engines === "app"
      ? new SheetRenderer(canvas, fail, busy)
      : new SheetRenderer(canvas, fail, busy, sharedPdfiumEngine(), null);
  return { canvas, renderer, sharp };
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
    takeRenders();
    renderer.setDocument(pdf);
    renderer.follow(page, view);
    renderer.render(page, view, VIEWER);
    await sharp;
    // The margin comes in strips after the viewer's rectangle.
    while (renderer.marginPending) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const drawn = { pixels: readCanvas(canvas), renders: takeRenders() };
    renderer.cancel();
    renderer.setDocument(null);
    return drawn;
  },
};

window.helperEngineTest = helperEngineTest;
