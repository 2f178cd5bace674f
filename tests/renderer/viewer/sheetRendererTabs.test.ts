import type { PDFPageProxy } from "pdfjs-dist";
import { describe, expect, it, vi } from "vitest";
import type { PdfiumEngine } from "../../../renderer/viewer/render/PdfiumEngine";
import { SheetRenderer } from "../../../renderer/viewer/SheetRenderer";

/**
 * A viewer unmounts when its tab hides (one viewer, the shown tab's):
 * its renders still waiting in the raster workers must go, and the
 * shown viewer's go first, or the tab switched to is drawn last.
 */

// pdf.js needs a browser to load; no sheet is drawn here.
vi.mock("pdfjs-dist", () => ({
  AnnotationMode: { DISABLE: 0 },
  RenderingCancelledException: class extends Error {},
}));
vi.mock("../../../renderer/viewer/render/pdfjsFallback", () => ({
  renderWithPdfjs: () => undefined,
  afterPdfiumFailed: () => undefined,
}));

/** An engine that only notes which channels were put in front or cancelled. */
function notingEngine() {
  const seen = { front: [] as number[], cancel: [] as number[] };
  const engine = {
    front: (channel: number) => void seen.front.push(channel),
    cancel: (channel: number) => void seen.cancel.push(channel),
  } as unknown as PdfiumEngine;
  return { engine, seen };
}

const page = {} as PDFPageProxy;

describe("a sheet renderer and its tab", () => {
  it("puts its channel in front as it draws, and cancels it once gone", () => {
    vi.stubGlobal("window", { devicePixelRatio: 1 });
    const shared = notingEngine();
    const helper = notingEngine();
    const canvas = {} as HTMLCanvasElement;
    const first = new SheetRenderer(
      canvas,
      () => undefined,
      () => undefined,
      shared.engine,
      helper.engine,
    );
    const second = new SheetRenderer(
      canvas,
      () => undefined,
      () => undefined,
      shared.engine,
      helper.engine,
    );
    const view = { zoom: 1, x: 0, y: 0 };
    first.render(page, view, { width: 200, height: 100 });
    expect(shared.seen.front).toHaveLength(1);
    expect(helper.seen.front).toEqual(shared.seen.front);

    // The reviewer switches tabs: the first viewer goes, the next draws.
    first.dispose();
    second.render(page, view, { width: 200, height: 100 });
    const [firstChannel] = shared.seen.front;
    expect(shared.seen.cancel).toEqual([firstChannel]);
    expect(helper.seen.cancel).toEqual([firstChannel]);
    expect(shared.seen.front).toHaveLength(2);
    expect(shared.seen.front[1]).not.toBe(firstChannel);
    vi.unstubAllGlobals();
  });
});
