/** A bitmap and the device pixel of the display its corner goes to. */
export interface PlacedBitmap {
  readonly bitmap: ImageBitmap;
  readonly x: number;
  readonly y: number;
}

/**
 * Where the display's device pixel (0, 0) lies in CSS pixels, and its
 * device pixels per CSS pixel along each axis. The two differ slightly
 * when the device pixel ratio is not whole: each side of the display is
 * its CSS size times the ratio, rounded on its own.
 */
export interface DisplayFrame {
  readonly left: number;
  readonly top: number;
  readonly ratioX: number;
  readonly ratioY: number;
}

/** A laid-over canvas's box, in CSS pixels. */
export interface CssBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

interface Layer {
  readonly canvas: HTMLCanvasElement;
  readonly x: number;
  readonly y: number;
}

/**
 * Bitmaps shown over the display canvas before they are drawn into it,
 * each in a canvas of its own the size of the bitmap, laid over the
 * display at its place. Sizing the display for a new view (5 to 6
 * million pixels with its margin), drawing the view in and committing
 * it held the main thread 40 to 80 ms before a first sharp view could
 * show, on two cores with software compositing; the laid-over canvases
 * hold only the view. SheetCanvas sizes the display and draws them in
 * once a frame has shown them. (A "bitmaprenderer" canvas, which takes
 * a bitmap without a copy, showed the view sooner still but raised the
 * renderer's memory by 200 MB over a session of zooms.)
 */
export class LaidOverBitmaps {
  private layers: Layer[] = [];

  constructor(private readonly display: HTMLCanvasElement) {}

  /** Lays bitmaps over the display, placed by `frame`. */
  show(parts: readonly PlacedBitmap[], frame: DisplayFrame): void {
    for (const { bitmap, x, y } of parts) {
      const canvas = layerCanvas(bitmap, x, y, frame);
      this.layers.push({ canvas, x, y });
      this.display.after(canvas);
    }
  }

  /** Draws the laid-over bitmaps into `context` and removes them. */
  drawInto(context: CanvasRenderingContext2D | null): void {
    for (const { canvas, x, y } of this.layers) {
      context?.drawImage(canvas, x, y);
    }
    this.drop();
  }

  /** Removes the laid-over bitmaps unseen: the display was cleared. */
  drop(): void {
    for (const { canvas } of this.layers) {
      // Lets its pixels go now rather than when the element is collected.
      canvas.width = 0;
      canvas.height = 0;
      canvas.remove();
    }
    this.layers = [];
  }
}

function layerCanvas(
  bitmap: ImageBitmap,
  x: number,
  y: number,
  frame: DisplayFrame,
): HTMLCanvasElement {
  const box = laidOverBox(bitmap, x, y, frame);
  const canvas = document.createElement("canvas");
  const { style } = canvas;
  style.position = "absolute";
  style.pointerEvents = "none";
  style.left = `${box.left}px`;
  style.top = `${box.top}px`;
  style.width = `${box.width}px`;
  style.height = `${box.height}px`;
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas;
}

/**
 * The CSS box that shows a bitmap of `size` where the display shows its
 * device pixels from (`x`, `y`): the display's own scale on each axis,
 * so halves laid over it meet where its rows do (with one ratio for
 * both, the lower half sat a fraction of a pixel off at a ratio of 1.5).
 */
export function laidOverBox(
  size: { readonly width: number; readonly height: number },
  x: number,
  y: number,
  frame: DisplayFrame,
): CssBox {
  const { left, top, ratioX, ratioY } = frame;
  return {
    left: left + x / ratioX,
    top: top + y / ratioY,
    width: size.width / ratioX,
    height: size.height / ratioY,
  };
}

/**
 * Resolves once a frame has shown what is laid over the display now,
 * in a task after the next frame's callbacks: SheetCanvas joins laid-over
 * bitmaps to the display there (inside a frame callback, sizing and
 * drawing the display ran in the same task as that frame's commit of
 * it, one main-thread task over 50 ms). Promises made later resolve
 * later, so a reader of the display who waits for one after a render
 * finds the view drawn in.
 */
export function afterLaidOverJoined(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => setTimeout(resolve, 0)),
    ),
  );
}
