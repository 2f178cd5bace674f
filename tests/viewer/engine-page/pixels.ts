/**
 * What a test compares of a canvas: its size, where it sits, a digest of
 * every byte and a coarse grey map (one mean per 8 x 8 block of device
 * pixels, 0 black to 255 white; transparent counts as white) for
 * comparisons with a tolerance between engines.
 */
export interface CanvasPixels {
  readonly width: number;
  readonly height: number;
  readonly placement: string;
  readonly digest: string;
  readonly blocks: number[];
  readonly columns: number;
  /** Pixels darker than mid-grey: the drawing's ink. */
  readonly ink: number;
}

const BLOCK = 8;

export function readCanvas(canvas: HTMLCanvasElement): CanvasPixels {
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("no 2d context");
  const { width, height } = canvas;
  const data = context.getImageData(0, 0, width, height).data;
  const columns = Math.ceil(width / BLOCK);
  const rows = Math.ceil(height / BLOCK);
  const sums = new Array<number>(columns * rows).fill(0);
  const counts = new Array<number>(columns * rows).fill(0);
  let hash = 0x811c9dc5;
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = (data[i + 3] as number) / 255;
    const grey =
      (0.299 * (data[i] as number) +
        0.587 * (data[i + 1] as number) +
        0.114 * (data[i + 2] as number)) *
        alpha +
      255 * (1 - alpha);
    if (grey < 128) ink++;
    const pixel = i / 4;
    const cell =
      Math.floor(pixel / width / BLOCK) * columns +
      Math.floor((pixel % width) / BLOCK);
    sums[cell] = (sums[cell] as number) + grey;
    counts[cell] = (counts[cell] as number) + 1;
    for (let k = 0; k < 4; k++) {
      hash = Math.imul(hash ^ (data[i + k] as number), 0x01000193);
    }
  }
  const style = canvas.style;
  return {
    width,
    height,
    placement: `${style.left} ${style.top} ${style.width} ${style.height} ${style.transform}`,
    digest: (hash >>> 0).toString(16),
    blocks: sums.map((sum, i) => Math.round(sum / (counts[i] || 1))),
    columns,
    ink,
  };
}
