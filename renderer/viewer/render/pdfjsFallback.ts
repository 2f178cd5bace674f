import {
  AnnotationMode,
  RenderingCancelledException,
  type PDFPageProxy,
} from "pdfjs-dist";
import { UserError } from "../../../shared/contract/errors";
import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import type { QuarterTurn, ViewState } from "../viewState";
import type { RenderHost } from "./renderHost";
import { turnedRotation, type RenderTarget } from "./renderTargets";

/**
 * The sheet drawn by pdf.js: while the document's layers are still being
 * read, when there is no PDFium engine, and whenever PDFium fails. Slower
 * than PDFium on heavy sheets, but it draws any layer choice.
 */

/**
 * After PDFium failed on `target`: a drawing the engine stopped (past its
 * time limit, or out of memory) would hold pdf.js's worker as long, so
 * the reviewer is told; a file PDFium merely could not read goes to
 * pdf.js.
 */
export function afterPdfiumFailed(
  host: RenderHost,
  target: RenderTarget,
  layers: OptionalContentConfig | null,
  cause: unknown,
): void {
  if (!host.isCurrent(target.generation)) return;
  if (cause instanceof UserError) {
    host.settled();
    host.fail(cause);
    return;
  }
  renderWithPdfjs(host, target, layers);
}

/**
 * Draws `target` with pdf.js into an offscreen canvas, then copies the
 * sheet's part onto the host's canvas unless a newer render came first.
 */
export function renderWithPdfjs(
  host: RenderHost,
  target: RenderTarget,
  layers: OptionalContentConfig | null,
): void {
  const { page, view, turn, marginPx, area, ratio, generation } = target;
  const offscreen = document.createElement("canvas");
  offscreen.width = Math.max(1, Math.round(area.width * ratio));
  offscreen.height = Math.max(1, Math.round(area.height * ratio));

  // The viewport's offset moves the page so that only what falls on the
  // canvas gets rasterised, at any zoom.
  const viewport = page.getViewport({
    scale: view.zoom * ratio,
    rotation: turnedRotation(page, turn),
    offsetX: (view.x + marginPx) * ratio,
    offsetY: (view.y + marginPx) * ratio,
  });
  const task = page.render({
    canvas: offscreen,
    viewport,
    // The markup layer draws the sheet's own annotations, as PDFium's
    // path leaves them out too.
    annotationMode: AnnotationMode.DISABLE,
    ...(layers
      ? { optionalContentConfigPromise: Promise.resolve(layers) }
      : {}),
  });
  host.track(task);
  task.promise.then(
    () => {
      if (!host.isCurrent(generation)) return;
      host.settled();
      showOffscreen(host, target, offscreen);
    },
    (cause: unknown) => {
      if (cause instanceof RenderingCancelledException) return;
      if (!host.isCurrent(generation)) return;
      host.settled();
      host.fail(cause);
    },
  );
}

/** Puts pdf.js's finished render of `target` on the host's canvas. */
function showOffscreen(
  host: RenderHost,
  target: RenderTarget,
  offscreen: HTMLCanvasElement,
): void {
  const { page, view, turn, marginPx, area, ratio } = target;
  const shifted = { ...view, x: view.x + marginPx, y: view.y + marginPx };
  host.canvas.place(offscreen.width, offscreen.height, area, marginPx);
  const rect = pageRect(page, shifted, ratio, turn);
  copyPage(offscreen, host.canvas.display, rect);
  host.canvas.rendered = { page, view, turn, marginPx, area, ratio };
  host.follow(page, view, turn);
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Copies the page's part of a pdf.js render: pdf.js paints the whole
 * canvas white, and the viewer's backdrop around the sheet should stay
 * visible.
 */
function copyPage(
  source: HTMLCanvasElement,
  display: HTMLCanvasElement,
  rect: Rect,
): void {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(source.width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(source.height, Math.ceil(rect.y + rect.height));
  if (x1 <= x0 || y1 <= y0) return;
  const context = display.getContext("2d");
  const [w, h] = [x1 - x0, y1 - y0];
  context?.drawImage(source, x0, y0, w, h, x0, y0, w, h);
}

/** The turned page's rectangle on the canvas, in device pixels. */
function pageRect(
  page: PDFPageProxy,
  view: ViewState,
  ratio: number,
  turn: QuarterTurn,
): Rect {
  const size = page.getViewport({
    scale: view.zoom * ratio,
    rotation: turnedRotation(page, turn),
  });
  return {
    x: view.x * ratio,
    y: view.y * ratio,
    width: size.width,
    height: size.height,
  };
}
