/** A bitmap and the device pixel of the display its corner goes to. */
export interface PlacedBitmap {
  readonly bitmap: ImageBitmap;
  readonly x: number;
  readonly y: number;
}

/** Where the display's device pixel (0, 0) lies in CSS pixels, and scale. */
export interface DisplayFrame {
  readonly left: number;
  readonly top: number;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
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
  const { left, top, ratio } = frame;
  const canvas = document.createElement("canvas");
  const { style } = canvas;
  style.position = "absolute";
  style.pointerEvents = "none";
  style.left = `${left + x / ratio}px`;
  style.top = `${top + y / ratio}px`;
  style.width = `${bitmap.width / ratio}px`;
  style.height = `${bitmap.height / ratio}px`;
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas;
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
