import { UserError } from "../../shared/contract/errors";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { PDFDocumentProxy, PDFPageProxy } from "./pdfjs";
import { sharedPdfiumEngine, type PdfiumEngine } from "./render/PdfiumEngine";
import { readTitleBlockTitle } from "./titleBlockText";

const log = rendererLogger("viewer");

/** A thumbnail's longer side, in CSS pixels. */
export const THUMBNAIL_SIDE_PX = 112;

/**
 * The raster worker's channel for thumbnails. Renders of one channel
 * supersede each other, and viewers count theirs up from 1, so the
 * strip takes one far from theirs and asks for one thumbnail at a time.
 */
const THUMBNAIL_CHANNEL = 1 << 30;

/**
 * Draws small renders of a document's sheets, one at a time so that the
 * sheet being read is never kept waiting behind a strip of thumbnails.
 * Each is drawn at its own size by PDFium in the raster worker, or by
 * pdf.js if PDFium cannot: the viewer's 1024 px preview shrunk to a
 * thumbnail lost hairlines (grids, borders, title-block frames).
 */
export class ThumbnailRenderer {
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  private gate: Promise<void> = Promise.resolve();
  private release: (() => void) | null = null;
  /**
   * `key` is the viewer's key for the document (SheetRenderer's), so
   * both share one open copy in the raster worker. Under another key the
   * worker read the sheet a second time while the viewer waited for its
   * first view.
   */
  constructor(
    private readonly pdf: PDFDocumentProxy,
    private readonly key: string,
    private readonly engine: PdfiumEngine | null = sharedPdfiumEngine(),
  ) {
    void this.engine?.open(key, () => pdf.getData());
  }

  /** Queues sheet `index`'s thumbnail into `canvas`. */
  draw(index: number, canvas: HTMLCanvasElement): Promise<void> {
    const next = this.queue
      .then(() => this.gate)
      .then(() => (this.closed ? undefined : this.drawNow(index, canvas)));
    this.queue = next.catch((cause: unknown) => {
      log.warn("thumbnail failed", describeCause(cause));
    });
    return next;
  }

  /**
   * Queues reading sheet `index`'s title from its title block (see
   * readTitleBlockTitle); null when it names none or cannot be read.
   */
  titleOf(index: number): Promise<string | null> {
    const next = this.queue
      .then(() => this.gate)
      .then(async () => {
        if (this.closed) return null;
        return readTitleBlockTitle(await this.pdf.getPage(index + 1));
      });
    this.queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next.catch(() => null);
  }

  /**
   * Holds the queue while the sheet itself is being drawn: the worker
   * draws one thing at a time, and the reviewer waits for the sheet, not
   * for the strip.
   */
  pause(paused: boolean): void {
    if (paused && this.release === null) {
      this.gate = new Promise((resolve) => (this.release = resolve));
    } else if (!paused && this.release !== null) {
      this.release();
      this.release = null;
    }
  }

  /** Drops what is still queued (the strip is gone). */
  close(): void {
    this.closed = true;
    this.pause(false);
  }

  private async drawNow(
    index: number,
    canvas: HTMLCanvasElement,
  ): Promise<void> {
    const page = await this.pdf.getPage(index + 1);
    const size = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const scale =
      (THUMBNAIL_SIDE_PX * ratio) / Math.max(size.width, size.height);
    canvas.width = Math.max(1, Math.round(size.width * scale));
    canvas.height = Math.max(1, Math.round(size.height * scale));
    const context = canvas.getContext("2d");
    if (context === null) return;
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);

    const bitmap = await this.fromPdfium(page, scale, canvas).catch(
      (cause: unknown) => cause,
    );
    if (bitmap instanceof ImageBitmap) {
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
      return;
    }
    // A sheet PDFium was stopped on stays blank: pdf.js would stall on it.
    if (bitmap instanceof UserError) return;
    await this.fromPdfjs(page, scale, canvas);
  }

  private async fromPdfium(
    page: PDFPageProxy,
    scale: number,
    canvas: HTMLCanvasElement,
  ): Promise<ImageBitmap | null> {
    if (this.engine === null) return null;
    const region = {
      pageIndex: page.pageNumber - 1,
      turn: 0 as const,
      scale,
      userUnit: page.userUnit,
      x: 0,
      y: 0,
      width: canvas.width,
      height: canvas.height,
    };
    return this.engine.render(this.key, THUMBNAIL_CHANNEL, region);
  }

  private async fromPdfjs(
    page: PDFPageProxy,
    scale: number,
    canvas: HTMLCanvasElement,
  ): Promise<void> {
    const viewport = page.getViewport({ scale });
    await page.render({ canvas, viewport }).promise;
  }
}
