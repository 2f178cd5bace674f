/**
 * A grey-level picture, one byte per pixel (0 black, 255 white), row by
 * row. Both the reference raster and Lajna's canvas are brought to this
 * form before they are compared.
 */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** The picture turned a quarter clockwise, as a reviewer's turn shows it. */
export function turnClockwise(image: GrayImage): GrayImage {
  const { width, height, data } = image;
  const turned = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Row y becomes column (height - 1 - y), read top to bottom.
      turned[x * height + (height - 1 - y)] = data[y * width + x] ?? 255;
    }
  }
  return { width: height, height: width, data: turned };
}

/** The picture moved by (`dx`, `dy`) pixels; the uncovered part is white. */
export function shifted(image: GrayImage, dx: number, dy: number): GrayImage {
  const { width, height, data } = image;
  const moved = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    const from = y - dy;
    if (from < 0 || from >= height) continue;
    for (let x = 0; x < width; x++) {
      const source = x - dx;
      if (source < 0 || source >= width) continue;
      moved[y * width + x] = data[from * width + source] ?? 255;
    }
  }
  return { width, height, data: moved };
}

/** The share of pixels darker than `threshold`. */
export function inkShare(image: GrayImage, threshold = 128): number {
  let inked = 0;
  for (const value of image.data) if (value < threshold) inked++;
  return inked / Math.max(1, image.data.length);
}
