import type { Size } from "../viewState";
import type { DeviceRect } from "./engineMessages";
import type { Rendered } from "./renderTargets";

/**
 * The viewer's display canvas and what it holds. Every drawing path
 * (PDFium's view, a layer switch, the margin strips, pdf.js, a preview)
 * paints here; the sheet renderer reads `rendered` to decide what the
 * next view needs.
 */
export class SheetCanvas {
  /** What the canvas holds; null before its first bitmap. */
  rendered: Rendered | null = null;
  /**
   * The device pixels of the canvas PDFium's last answer painted: all
   * of it, or the patch of a layer switch. For benchmarks and tests.
   */
  lastPaint: DeviceRect | null = null;
  /** Margin strips of the view shown not drawn yet. */
  missing: DeviceRect[] = [];

  constructor(readonly display: HTMLCanvasElement) {}

  /** The canvas's 2D context, asked for at each paint as before. */
  context(): CanvasRenderingContext2D | null {
    return this.display.getContext("2d");
  }

  /**
   * Sizes the canvas for a new bitmap, which also clears it: the margin
   * strips still missing belonged to the old one. Its corner sits
   * `marginPx` CSS pixels outside the viewer's.
   */
  place(widthPx: number, heightPx: number, area: Size, marginPx: number): void {
    this.missing = [];
    this.display.width = widthPx;
    this.display.height = heightPx;
    this.display.style.left = `${-marginPx}px`;
    this.display.style.top = `${-marginPx}px`;
    this.display.style.width = `${area.width}px`;
    this.display.style.height = `${area.height}px`;
  }
}
