import type { Size } from "../viewState";
import type { DeviceRect } from "./engineMessages";
import {
  afterLaidOverJoined,
  LaidOverBitmaps,
  type DisplayFrame,
  type PlacedBitmap,
} from "./laidOver";
import type { Rendered } from "./renderTargets";

/** The display's size in device pixels and its place, as `place` sets. */
export interface Placement {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly area: Size;
  readonly marginPx: number;
}

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
  private readonly over: LaidOverBitmaps;
  /** The placement the laid-over bitmaps wait to be drawn in with. */
  private waiting: Placement | null = null;

  constructor(readonly display: HTMLCanvasElement) {
    this.over = new LaidOverBitmaps(display);
  }

  /**
   * The canvas's 2D context, asked for at each paint as before. Bitmaps
   * laid over the canvas are drawn into it first, under what follows.
   */
  context(): CanvasRenderingContext2D | null {
    this.join();
    return this.display.getContext("2d");
  }

  /**
   * Sizes the canvas for a new bitmap, which also clears it: the margin
   * strips still missing belonged to the old one. Its corner sits
   * `marginPx` CSS pixels outside the viewer's.
   */
  place(widthPx: number, heightPx: number, area: Size, marginPx: number): void {
    this.missing = [];
    this.over.drop();
    this.waiting = null;
    this.apply({ widthPx, heightPx, area, marginPx });
  }

  /**
   * Shows a new bitmap, in parts, as `place` then drawing them would,
   * but at once: the parts lie over the canvas, which keeps its old
   * pixels under them when `keepOld` (the same sheet, as turned), and
   * the canvas is placed and takes them in the frame after the one that
   * shows them (see LaidOverBitmaps).
   */
  placeOver(
    placement: Placement,
    parts: readonly PlacedBitmap[],
    keepOld: boolean,
  ): void {
    this.missing = [];
    this.over.drop();
    // Emptied now (a canvas of no pixels costs nothing to commit).
    if (!keepOld) this.display.width = 0;
    this.waiting = placement;
    this.over.show(parts, displayFrame(placement));
    // Each placement joins on its own schedule: a newer one laid over
    // since is joined on its own, once a frame has shown it.
    void afterLaidOverJoined().then(() => {
      if (this.waiting === placement) this.join();
    });
  }

  /**
   * Moves and scales the canvas about its corner (CSS pixels), as a
   * gesture follows the last sharp bitmap.
   */
  move(x: number, y: number, scale: number): void {
    // The new bitmap's own place: the canvas takes it when it joins.
    const still = x === 0 && y === 0 && scale === 1;
    if (this.waiting !== null && still) return;
    // Laid-over bitmaps do not follow a move: they join the canvas first.
    this.join();
    this.display.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
  }

  /** Shows or hides the canvas (hidden while a new sheet has no pixels). */
  show(visible: boolean): void {
    if (!visible) this.join();
    this.display.style.visibility = visible ? "visible" : "hidden";
  }

  /** Places the canvas as the laid-over bitmaps wait for, and draws them. */
  private join(): void {
    const placement = this.waiting;
    if (placement === null) return;
    this.waiting = null;
    this.apply(placement);
    this.over.drawInto(this.display.getContext("2d"));
  }

  private apply(placement: Placement): void {
    const { widthPx, heightPx, area, marginPx } = placement;
    const { display } = this;
    display.width = widthPx;
    display.height = heightPx;
    display.style.left = `${-marginPx}px`;
    display.style.top = `${-marginPx}px`;
    display.style.width = `${area.width}px`;
    display.style.height = `${area.height}px`;
    display.style.transform = "translate(0px, 0px) scale(1)";
  }
}

/**
 * Where a placed display shows its device pixels: its corner `marginPx`
 * CSS pixels outside the viewer's, and its pixels stretched over `area`
 * on each axis on its own.
 */
export function displayFrame(placement: Placement): DisplayFrame {
  const { area, marginPx, widthPx, heightPx } = placement;
  return {
    left: -marginPx,
    top: -marginPx,
    ratioX: widthPx / area.width,
    ratioY: heightPx / area.height,
  };
}
