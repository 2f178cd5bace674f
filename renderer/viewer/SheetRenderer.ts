import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from "pdfjs-dist";
import type { OptionalContentConfig } from "pdfjs-dist/types/src/display/optional_content_config";
import type { DeviceRect } from "./render/engineMessages";
import {
  documentKey,
  readDocumentFacts,
  type DocumentFacts,
} from "./render/documentFacts";
import { layerChoiceFor } from "./render/layerDefaults";
import type { LayerChoice } from "./render/layerPatch";
import { renderSwitch } from "./render/layerSwitchRedraw";
import {
  sharedHelperEngine,
  sharedPdfiumEngine,
  type PdfiumEngine,
} from "./render/PdfiumEngine";
import { renderWithPdfium } from "./render/pdfiumView";
import { renderWithPdfjs } from "./render/pdfjsFallback";
import { showPreview } from "./render/previewPlacing";
import type { RenderHost } from "./render/renderHost";
import {
  sheetInside,
  showsRegion,
  type RenderTarget,
} from "./render/renderTargets";
import { SheetCanvas } from "./render/sheetCanvas";
import type { QuarterTurn, Size, ViewState } from "./viewState";

/**
 * How long the viewer waits after the last gesture step before a sharp
 * render. Short, because the raster worker drops renders a newer one
 * replaced before they start, so a storm costs at most one stale render.
 */
export const SETTLE_DELAY_MS = 40;

/** Channel 0 is the previews' (previewPlacing.ts); each renderer its own. */
let channels = 0;

/**
 * Renders only the visible part of a sheet, at device resolution for the
 * current zoom, into the viewer's canvas. While a sharper bitmap is being
 * drawn the previous one stays on screen, scaled by a CSS transform to
 * follow the gesture; a newer request cancels an older render.
 *
 * The pixels come from PDFium in a worker (render/pdfiumView.ts) when
 * the document is open there, layers switched included (PDFium reads a
 * copy whose default configuration says which are off, layerPatch.ts);
 * from pdf.js (render/pdfjsFallback.ts) while the document's layers are
 * still being read, and whenever PDFium fails.
 *
 * The render reaches a margin beyond the viewer's edges, so that a short
 * pan shows drawing at once rather than an empty strip.
 */
export class SheetRenderer {
  private task: RenderTask | null = null;
  private readonly canvas: SheetCanvas;
  private generation = 0;
  private readonly channel = ++channels;
  /** A document given to `prepare` and not yet to `setDocument`. */
  private prepared: string | null = null;
  private document: DocumentFacts | null = null;
  /** What the drawing paths (render/*) see of this renderer. */
  private readonly host: RenderHost;

  constructor(
    display: HTMLCanvasElement,
    private readonly onError: (cause: unknown) => void,
    /** Told when a render starts and when the last one ends. */
    private readonly onBusy: (busy: boolean) => void = () => undefined,
    private readonly engine: PdfiumEngine | null = sharedPdfiumEngine(),
    /** Draws half of each view beside `engine`; the shared one's helper. */
    private readonly helper: PdfiumEngine | null = engine !== null &&
    engine === sharedPdfiumEngine()
      ? sharedHelperEngine()
      : null,
  ) {
    this.canvas = new SheetCanvas(display);
    this.host = this.hostFor(this.canvas);
  }

  /**
   * The device pixels of the canvas PDFium's last answer painted: all
   * of it, or the patch of a layer switch. For benchmarks and tests.
   */
  get lastPaint(): DeviceRect | null {
    return this.canvas.lastPaint;
  }

  set lastPaint(paint: DeviceRect | null) {
    this.canvas.lastPaint = paint;
  }

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

    void this.engine.open(key, () => pdf.getData());
    void this.helper?.open(key, () => pdf.getData());
    this.document = readDocumentFacts(pdf, key);
  }

  /**
   * Moves the last sharp bitmap to where the new view puts it. `turn` is
   * the reviewer's quarter turn of the sheet.
   */
  follow(page: PDFPageProxy, view: ViewState, turn: QuarterTurn = 0): void {
    const { canvas } = this;
    const last = canvas.rendered;
    if (last === null || last.page !== page || last.turn !== turn) {
      // A sheet seen before shows its small preview until sharp pixels.
      const key = this.document?.key;
      if (!showPreview(canvas, key, page, view, turn)) {
        canvas.show(false);
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
    canvas.show(true);
    canvas.move(tx, ty, scale);
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
    // The viewer drawing is the one shown: its renders go first.
    this.engine?.front(this.channel);
    this.helper?.front(this.channel);

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
      renderWithPdfjs(this.host, target, layers);
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
    const host = this.host;
    if (showsRegion(this.canvas.rendered, target)) {
      // Only the layers changed: PDFium may redraw just what they cover.
      renderSwitch(host, target, key, layers, choice);
    } else if (sheetInside(target.page, target.view, viewer, target.turn)) {
      // A sheet wholly in view has nothing in the margin: drawn once.
      renderWithPdfium(host, target, key, layers, choice, null);
    } else {
      const visible = { ...target, marginPx: 0, area: viewer };
      renderWithPdfium(host, visible, key, layers, choice, target);
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
   * Stops this renderer for good (its viewer unmounts as its tab hides):
   * its renders still waiting in the raster workers are dropped, so the
   * tab shown next is not drawn after them.
   */
  dispose(): void {
    this.cancel();
    this.engine?.cancel(this.channel);
    this.helper?.cancel(this.channel);
  }

  /**
   * Whether part of the margin of the view shown is still to be drawn;
   * for tests and benchmarks that wait for a view at rest.
   */
  get marginPending(): boolean {
    return this.canvas.missing.length > 0;
  }

  /** The drawing paths' view of this renderer, over its canvas. */
  private hostFor(canvas: SheetCanvas): RenderHost {
    const { engine, helper } = this;
    return {
      canvas,
      engines: engine === null ? null : { engine, helper },
      channel: this.channel,
      isCurrent: (generation) => generation === this.generation,
      settled: () => this.onBusy(false),
      follow: (page, view, turn) => this.follow(page, view, turn),
      track: (task) => (this.task = task),
      fail: (cause) => this.onError(cause),
    };
  }
}

/** The render's margin beyond each edge, as a share of the viewer. */
const MARGIN_SHARE = 0.25;
