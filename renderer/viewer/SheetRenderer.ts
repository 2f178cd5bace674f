import {
  AnnotationMode,
  RenderingCancelledException,
  type PDFDocumentProxy,
  type PDFPageProxy,
  type RenderTask,
} from "pdfjs-dist";
import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { DeviceRect } from "./render/engineMessages";
import {
  sharedHelperEngine,
  sharedPdfiumEngine,
  type PdfiumEngine,
} from "./render/PdfiumEngine";
import { layerChoiceFor, visibilityOf } from "./render/layerDefaults";
import type { LayerChoice } from "./render/layerPatch";
import {
  marginStrips,
  offsetIn,
  STRIP_PAD_PX,
  stripRegion,
} from "./render/marginStrips";
import { drawRegionParts, type RegionEngines } from "./render/regionParts";
import {
  regionOf,
  sheetInside,
  showsRegion,
  turnedRotation,
  type Rendered,
  type RenderTarget,
} from "./render/renderTargets";
import { pageRefsOf } from "./render/pageRefs";
import {
  getPreview,
  hasPreview,
  previewKey,
  PREVIEW_SIDE_PX,
  putPreview,
} from "./render/sheetPreviews";
import type { QuarterTurn, Size, ViewState } from "./viewState";

const log = rendererLogger("viewer");

/**
 * How long the viewer waits after the last gesture step before a sharp
 * render. Short, because the raster worker drops renders a newer one
 * replaced before they start, so a storm costs at most one stale render.
 */
export const SETTLE_DELAY_MS = 40;

/** Worker channel 0 is the previews'; each renderer takes its own. */
const PREVIEW_CHANNEL = 0;
let channels = 0;

/**
 * Renders only the visible part of a sheet, at device resolution for the
 * current zoom, into the viewer's canvas. While a sharper bitmap is being
 * drawn the previous one stays on screen, scaled by a CSS transform to
 * follow the gesture; a newer request cancels an older render.
 *
 * The pixels come from PDFium in a worker (render/pdfiumWorker.ts) when
 * the document is open there, layers switched included (PDFium reads a
 * copy whose default configuration says which are off, layerPatch.ts);
 * from pdf.js while the document's layers are still being read, and
 * whenever PDFium fails.
 *
 * The render reaches a margin beyond the viewer's edges, so that a short
 * pan shows drawing at once rather than an empty strip.
 */
export class SheetRenderer {
  private task: RenderTask | null = null;
  private rendered: Rendered | null = null;
  /**
   * The device pixels of the canvas PDFium's last answer painted: all
   * of it, or the patch of a layer switch. For benchmarks and tests.
   */
  lastPaint: DeviceRect | null = null;
  /** Margin strips of the view shown not drawn yet. */
  private missing: DeviceRect[] = [];
  private generation = 0;
  private readonly channel = ++channels;
  /** A document given to `prepare` and not yet to `setDocument`. */
  private prepared: string | null = null;
  private document: DocumentFacts | null = null;

  constructor(
    private readonly display: HTMLCanvasElement,
    private readonly onError: (cause: unknown) => void,
    /** Told when a render starts and when the last one ends. */
    private readonly onBusy: (busy: boolean) => void = () => undefined,
    private readonly engine: PdfiumEngine | null = sharedPdfiumEngine(),
    /** Draws half of each view beside `engine`; the shared one's helper. */
    private readonly helper: PdfiumEngine | null = engine !== null &&
    engine === sharedPdfiumEngine()
      ? sharedHelperEngine()
      : null,
  ) {}

  /**
   * Starts reading a document's bytes in the raster worker under `key`
   * before pdf.js has opened it, so the two parse at once and the first
   * sharp view waits for the slower, not for both in turn. The later
   * `setDocument(pdf, key)` with the same key finds it open.
   */
  prepare(key: string, bytes: Uint8Array): void {
    if (this.engine === null || this.document?.key === key) return;
    if (this.prepared !== null && this.prepared !== key) {
      this.closeEverywhere(this.prepared);
    }
    this.prepared = key;
    // Each worker takes its bytes over: the helper reads its own copy.
    const copy = this.helper === null ? null : bytes.slice();
    void this.engine.open(key, () => Promise.resolve(bytes));
    if (copy !== null) void this.helper?.open(key, () => Promise.resolve(copy));
  }

  /** Lets go of a prepared document that never came to be shown. */
  forget(key: string): void {
    if (this.prepared !== key) return;
    this.prepared = null;
    this.closeEverywhere(key);
  }

  private engines(): RegionEngines | null {
    return this.engine === null
      ? null
      : { engine: this.engine, helper: this.helper };
  }

  private closeEverywhere(key: string): void {
    this.engine?.close(key);
    this.helper?.close(key);
  }

  /**
   * Opens the sheets' document in the raster worker too, and frees the
   * previous one there. Without it every render goes through pdf.js.
   */
  setDocument(pdf: PDFDocumentProxy | null, givenKey?: string): void {
    const key = pdf === null ? null : (givenKey ?? documentKey(pdf));
    if (this.document?.key === key) return;
    if (this.document !== null) this.closeEverywhere(this.document.key);
    // A prepared document becomes the shown one; another is let go.
    if (this.prepared !== null && this.prepared !== key) {
      this.closeEverywhere(this.prepared);
    }
    this.prepared = null;
    this.document = null;
    if (pdf === null || key === null || this.engine === null) return;

    const current: DocumentFacts = { key, defaults: null, pages: null };
    this.document = current;
    void this.engine.open(key, () => pdf.getData());
    void this.helper?.open(key, () => pdf.getData());
    pdf.getOptionalContentConfig().then(
      (config) => {
        current.defaults = visibilityOf(config);
        // Only a layered document needs its page objects (layerPatch.ts).
        if (current.defaults.size === 0) return;
        pageRefsOf(pdf).then(
          (pages) => (current.pages = pages),
          () => undefined,
        );
      },
      () => (current.defaults = new Map()),
    );
  }

  /**
   * Moves the last sharp bitmap to where the new view puts it. `turn` is
   * the reviewer's quarter turn of the sheet.
   */
  follow(page: PDFPageProxy, view: ViewState, turn: QuarterTurn = 0): void {
    const last = this.rendered;
    if (last === null || last.page !== page || last.turn !== turn) {
      // A sheet seen before shows its small preview until sharp pixels.
      if (!this.showPreview(page, view, turn)) {
        this.display.style.visibility = "hidden";
        return;
      }
      this.follow(page, view, turn);
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
   * `layers`, when the sheet has some, says which are shown; `turn` is
   * the reviewer's quarter turn on top of the page's /Rotate.
   */
  render(
    page: PDFPageProxy,
    view: ViewState,
    viewer: Size,
    layers: OptionalContentConfig | null = null,
    turn: QuarterTurn = 0,
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
    const target = { page, view, turn, marginPx, area, ratio, generation };
    this.onBusy(true);

    // PDFium draws any layer choice once the document's defaults and
    // page objects are known; pdf.js until then.
    const doc = this.document;
    const choice =
      doc === null || this.engine === null
        ? undefined
        : layerChoiceFor(layers, doc.defaults, doc.pages);
    if (doc !== null && choice !== undefined) {
      this.renderSharp(target, viewer, doc.key, layers, choice);
    } else {
      this.renderWithPdfjs(target, layers);
    }
  }

  /**
   * PDFium's render of a target: a layer switch over the region shown
   * patches it; otherwise the viewer's rectangle first, about half the
   * pixels, then the margin around it in strips.
   */
  private renderSharp(
    target: RenderTarget,
    viewer: Size,
    key: string,
    layers: OptionalContentConfig | null,
    choice: LayerChoice | null,
  ): void {
    if (showsRegion(this.rendered, target)) {
      // Only the layers changed: PDFium may redraw just what they cover.
      this.renderSwitch(target, key, layers, choice);
    } else if (sheetInside(target.page, target.view, viewer, target.turn)) {
      // A sheet wholly in view has nothing in the margin: drawn once.
      this.renderWithPdfium(target, key, layers, choice, null);
    } else {
      const visible = { ...target, marginPx: 0, area: viewer };
      this.renderWithPdfium(visible, key, layers, choice, target);
    }
  }

  /** Stops any render in flight (page change, unmount). */
  cancel(): void {
    this.generation++;
    this.task?.cancel();
    this.task = null;
    this.onBusy(false);
  }

  /**
   * Whether part of the margin of the view shown is still to be drawn;
   * for tests and benchmarks that wait for a view at rest.
   */
  get marginPending(): boolean {
    return this.missing.length > 0;
  }

  /**
   * Draws `target` with PDFium. With `whole` (the same view with its
   * margin), the target is the viewer's rectangle: it is shown in the
   * whole view's canvas and the margin follows in strips. Drawing it
   * ends the busy state: the viewer's rectangle is sharp.
   */
  private renderWithPdfium(
    target: RenderTarget,
    key: string,
    layers: OptionalContentConfig | null,
    choice: LayerChoice | null,
    whole: RenderTarget | null,
  ): void {
    const { page, view, turn, generation } = target;
    const region = regionOf(target);
    drawRegionParts(this.engines(), key, this.channel, region, choice).then(
      (parts) => {
        if (parts === null) return;
        if (generation !== this.generation) {
          for (const part of parts) part.bitmap.close();
          return;
        }
        this.onBusy(false);
        const shown = whole ?? target;
        const wholeRegion = regionOf(shown);
        const at = offsetIn(wholeRegion, region);
        const { width, height } = wholeRegion;
        this.place(width, height, shown.area, shown.marginPx);
        const context = this.display.getContext("2d");
        for (const part of parts) {
          context?.drawImage(part.bitmap, at.x + part.at.x, at.y + part.at.y);
          part.bitmap.close();
        }
        const painted = { ...at, width: region.width, height: region.height };
        this.lastPaint = painted;
        this.rendered = { ...shown, choice };
        this.follow(page, view, turn);
        if (whole !== null) {
          this.missing = marginStrips(wholeRegion, painted);
          this.drawMissing(whole, key, choice);
        }
        if (choice === null) this.keepPreview(key, page, turn);
      },
      (cause: unknown) => {
        log.warn("raster worker failed", describeCause(cause));
        // PDFium could not draw this sheet: pdf.js tries instead.
        if (generation === this.generation) {
          this.renderWithPdfjs(whole ?? target, layers);
        }
      },
    );
  }

  /**
   * Draws the margin strips still missing around the view shown, one
   * request at a time, until a newer render comes.
   */
  private drawMissing(
    whole: RenderTarget,
    key: string,
    choice: LayerChoice | null,
  ): void {
    const strip = this.missing[0];
    if (strip === undefined) return;
    const generation = this.generation;
    const region = stripRegion(regionOf(whole), strip);
    this.engine?.render(key, this.channel, region, choice).then(
      (bitmap) => {
        if (bitmap === null) return;
        if (generation !== this.generation) {
          bitmap.close();
          return;
        }
        const { x, y, width, height } = strip;
        const pad = STRIP_PAD_PX;
        this.display
          .getContext("2d")
          ?.drawImage(bitmap, pad, pad, width, height, x, y, width, height);
        bitmap.close();
        this.missing = this.missing.filter((other) => other !== strip);
        this.drawMissing(whole, key, choice);
      },
      // The viewer's rectangle is sharp; the margin waits for the next.
      (cause: unknown) => log.warn("margin not drawn", describeCause(cause)),
    );
  }

  /**
   * Redraws the shown region at a new layer choice: PDFium answers only
   * the patch the switched objects cover when it can, which is painted
   * over the canvas as it is; else the whole region, as any render.
   * Margin strips still missing follow at the new layers.
   */
  private renderSwitch(
    target: RenderTarget,
    key: string,
    layers: OptionalContentConfig | null,
    choice: LayerChoice | null,
  ): void {
    const { page, view, turn, marginPx, area, generation } = target;
    const since = this.rendered?.choice ?? null;
    const region = regionOf(target);
    this.engine?.renderSwitch(key, this.channel, region, choice, since).then(
      (drawn) => {
        if (drawn === null) return;
        const { bitmap, at } = drawn;
        if (generation !== this.generation) {
          bitmap.close();
          return;
        }
        this.onBusy(false);
        const context = this.display.getContext("2d");
        if (at === null)
          this.place(bitmap.width, bitmap.height, area, marginPx);
        else context?.clearRect(at.x, at.y, bitmap.width, bitmap.height);
        context?.drawImage(bitmap, at?.x ?? 0, at?.y ?? 0);
        const { width, height } = bitmap;
        this.lastPaint = { ...(at ?? { x: 0, y: 0 }), width, height };
        bitmap.close();
        this.rendered = { ...target, choice };
        this.follow(page, view, turn);
        this.drawMissing(target, key, choice);
      },
      (cause: unknown) => {
        log.warn("raster worker failed", describeCause(cause));
        if (generation === this.generation)
          this.renderWithPdfjs(target, layers);
      },
    );
  }

  private renderWithPdfjs(
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
    this.task = page.render({
      canvas: offscreen,
      viewport,
      // The markup layer draws the sheet's own annotations, as PDFium's
      // path leaves them out too.
      annotationMode: AnnotationMode.DISABLE,
      ...(layers
        ? { optionalContentConfigPromise: Promise.resolve(layers) }
        : {}),
    });
    this.task.promise.then(
      () => {
        if (generation !== this.generation) return;
        this.onBusy(false);
        const shifted = { ...view, x: view.x + marginPx, y: view.y + marginPx };
        this.place(offscreen.width, offscreen.height, area, marginPx);
        const rect = pageRect(page, shifted, ratio, turn);
        copyPage(offscreen, this.display, rect);
        this.rendered = { page, view, turn, marginPx, area, ratio };
        this.follow(page, view, turn);
      },
      (cause: unknown) => {
        if (cause instanceof RenderingCancelledException) return;
        if (generation !== this.generation) return;
        this.onBusy(false);
        this.onError(cause);
      },
    );
  }

  /**
   * Draws the sheet's cached preview at the view's place; false when
   * there is none. It then counts as the last render, so gestures move
   * it like a sharp one.
   */
  private showPreview(
    page: PDFPageProxy,
    view: ViewState,
    turn: QuarterTurn,
  ): boolean {
    const key = this.document?.key;
    const preview =
      key === undefined
        ? undefined
        : getPreview(previewKey(key, page.pageNumber - 1, turn));
    if (preview === undefined) return false;
    const size = page.getViewport({
      scale: view.zoom,
      rotation: turnedRotation(page, turn),
    });
    this.place(preview.width, preview.height, size, 0);
    this.display.getContext("2d")?.drawImage(preview, 0, 0);
    this.rendered = {
      page,
      view: { zoom: view.zoom, x: 0, y: 0 },
      turn,
      marginPx: 0,
      area: size,
      ratio: 0,
    };
    return true;
  }

  /**
   * Asks the worker once for a sheet's preview, for its next opening.
   * Only at the document's default layers: a preview per layer choice
   * would hold the worker for a whole-sheet render after each switch.
   */
  private keepPreview(
    key: string,
    page: PDFPageProxy,
    turn: QuarterTurn,
  ): void {
    const id = previewKey(key, page.pageNumber - 1, turn);
    if (hasPreview(id) || this.engine === null) return;
    const rotation = turnedRotation(page, turn);
    const size = page.getViewport({ scale: 1, rotation });
    const scale = PREVIEW_SIDE_PX / Math.max(size.width, size.height);
    const region = {
      pageIndex: page.pageNumber - 1,
      turn,
      scale,
      x: 0,
      y: 0,
      width: Math.max(1, Math.round(size.width * scale)),
      height: Math.max(1, Math.round(size.height * scale)),
    };
    this.engine.render(key, PREVIEW_CHANNEL, region).then(
      (bitmap) => bitmap && putPreview(id, bitmap),
      () => undefined,
    );
  }

  /** Sizes the display canvas for a new bitmap (which also clears it). */
  private place(
    widthPx: number,
    heightPx: number,
    area: Size,
    marginPx: number,
  ): void {
    this.missing = [];
    this.display.width = widthPx;
    this.display.height = heightPx;
    this.display.style.left = `${-marginPx}px`;
    this.display.style.top = `${-marginPx}px`;
    this.display.style.width = `${area.width}px`;
    this.display.style.height = `${area.height}px`;
  }
}

/** The render's margin beyond each edge, as a share of the viewer. */
const MARGIN_SHARE = 0.25;

/** What the renderer learns of its document, some of it later. */
interface DocumentFacts {
  readonly key: string;
  /** Each layer's default visibility; null until pdf.js has read it. */
  defaults: Map<string, boolean> | null;
  /** The page objects, known for layered documents only. */
  pages: string[] | null;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One key per document content, so a reopened document is recognised. */
function documentKey(pdf: PDFDocumentProxy): string {
  return `${pdf.fingerprints.filter(Boolean).join("/")}:${pdf.numPages}`;
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
