import {
  RenderingCancelledException,
  type PDFPageProxy,
  type RenderTask,
} from "pdfjs-dist";
import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import type { Size, ViewState } from "./viewState";

/**
 * Renders only the visible part of a sheet, at device resolution for the
 * current zoom, into the viewer's canvas. While a sharper bitmap is being
 * drawn the previous one stays on screen, scaled by a CSS transform to
 * follow the gesture; a newer request cancels an older render.
 *
 * The render reaches a margin beyond the viewer's edges, so that a short
 * pan shows drawing at once rather than an empty strip.
 */
export class SheetRenderer {
  private task: RenderTask | null = null;
  private rendered: {
    page: PDFPageProxy;
    view: ViewState;
    marginPx: number;
  } | null = null;
  private generation = 0;

  constructor(
    private readonly display: HTMLCanvasElement,
    private readonly onError: (cause: unknown) => void,
    /** Told when a render starts and when the last one ends. */
    private readonly onBusy: (busy: boolean) => void = () => undefined,
  ) {}

  /** Moves the last sharp bitmap to where the new view puts it. */
  follow(page: PDFPageProxy, view: ViewState): void {
    const last = this.rendered;
    if (last === null || last.page !== page) {
      this.display.style.visibility = "hidden";
      return;
    }
    // The canvas's corner sits one margin outside the viewer's, and the
    // CSS transform scales about that corner.
    const scale = view.zoom / last.view.zoom;
    const shift = last.marginPx * (1 - scale);
    const tx = view.x - scale * last.view.x + shift;
    const ty = view.y - scale * last.view.y + shift;
    this.display.style.visibility = "visible";
    this.display.style.transform = `translate(${tx}px, ${ty}px) scale(${scale})`;
  }

  /**
   * Starts a sharp render of the visible region; cancels the previous.
   * `layers`, when the sheet has some, says which are shown.
   */
  render(
    page: PDFPageProxy,
    view: ViewState,
    viewer: Size,
    layers: OptionalContentConfig | null = null,
  ): void {
    this.cancel();
    const generation = ++this.generation;
    const ratio = window.devicePixelRatio || 1;
    const marginPx = Math.round(
      Math.min(viewer.width, viewer.height) * MARGIN_SHARE,
    );
    const area = {
      width: viewer.width + 2 * marginPx,
      height: viewer.height + 2 * marginPx,
    };

    const offscreen = document.createElement("canvas");
    offscreen.width = Math.max(1, Math.round(area.width * ratio));
    offscreen.height = Math.max(1, Math.round(area.height * ratio));

    // The viewport's offset moves the page so that only what falls on the
    // canvas gets rasterised, at any zoom.
    const viewport = page.getViewport({
      scale: view.zoom * ratio,
      offsetX: (view.x + marginPx) * ratio,
      offsetY: (view.y + marginPx) * ratio,
    });
    this.onBusy(true);
    this.task = page.render({
      canvas: offscreen,
      viewport,
      ...(layers
        ? { optionalContentConfigPromise: Promise.resolve(layers) }
        : {}),
    });
    this.task.promise.then(
      () => {
        if (generation !== this.generation) return;
        this.onBusy(false);
        const shifted = { ...view, x: view.x + marginPx, y: view.y + marginPx };
        this.show(offscreen, area, marginPx, pageRect(page, shifted, ratio));
        this.rendered = { page, view, marginPx };
        this.follow(page, view);
      },
      (cause: unknown) => {
        if (cause instanceof RenderingCancelledException) return;
        if (generation !== this.generation) return;
        this.onBusy(false);
        this.onError(cause);
      },
    );
  }

  /** Stops any render in flight (page change, unmount). */
  cancel(): void {
    this.task?.cancel();
    this.task = null;
    this.onBusy(false);
  }

  /**
   * Copies the page's part of the render: pdf.js paints the whole canvas
   * white, and the viewer's backdrop around the sheet should stay visible.
   */
  private show(
    source: HTMLCanvasElement,
    area: Size,
    marginPx: number,
    rect: Rect,
  ): void {
    this.display.width = source.width;
    this.display.height = source.height;
    this.display.style.left = `${-marginPx}px`;
    this.display.style.top = `${-marginPx}px`;
    this.display.style.width = `${area.width}px`;
    this.display.style.height = `${area.height}px`;

    const x0 = Math.max(0, Math.floor(rect.x));
    const y0 = Math.max(0, Math.floor(rect.y));
    const x1 = Math.min(source.width, Math.ceil(rect.x + rect.width));
    const y1 = Math.min(source.height, Math.ceil(rect.y + rect.height));
    if (x1 <= x0 || y1 <= y0) return;
    const context = this.display.getContext("2d");
    context?.drawImage(
      source,
      x0,
      y0,
      x1 - x0,
      y1 - y0,
      x0,
      y0,
      x1 - x0,
      y1 - y0,
    );
  }
}

/** The render's margin beyond each edge, as a share of the viewer. */
const MARGIN_SHARE = 0.25;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The turned page's rectangle on the canvas, in device pixels. */
function pageRect(page: PDFPageProxy, view: ViewState, ratio: number): Rect {
  const size = page.getViewport({ scale: view.zoom * ratio });
  return {
    x: view.x * ratio,
    y: view.y * ratio,
    width: size.width,
    height: size.height,
  };
}
