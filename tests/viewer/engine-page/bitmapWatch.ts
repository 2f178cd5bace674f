/**
 * Counts the ImageBitmaps the raster worker hands to this page, by
 * wrapping the Worker constructor before the engine starts its worker.
 * A closed ImageBitmap reports a zero size, so the bitmaps still alive
 * (holding pixels) are the ones with a width.
 */
const received: ImageBitmap[] = [];

/** Installs the watch; call before the first SheetRenderer is made. */
export function watchWorkerBitmaps(): void {
  const Original = window.Worker;
  class WatchedWorker extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener("message", (event: MessageEvent) => {
        const data = event.data as { bitmap?: unknown };
        if (data.bitmap instanceof ImageBitmap) received.push(data.bitmap);
      });
    }
  }
  window.Worker = WatchedWorker;
}

/** How many bitmaps arrived, how many hold pixels, and how many pixels. */
export function bitmapCounts(): {
  received: number;
  alive: number;
  alivePixels: number;
} {
  const alive = received.filter((bitmap) => bitmap.width > 0);
  return {
    received: received.length,
    alive: alive.length,
    alivePixels: alive.reduce((sum, b) => sum + b.width * b.height, 0),
  };
}
