import type { GrayImage } from "./grayImage";

/**
 * How two renders of the same drawing agree, ignoring anti-aliasing:
 * `recall` is the share of the reference's ink that Lajna also inked
 * within `radiusPx`, `precision` the share of Lajna's ink that the
 * reference has within `radiusPx`. Both near 1 when the drawing is the
 * same; a shifted, turned or wrong-layer render loses one or the other.
 */
export interface InkAgreement {
  readonly recall: number;
  readonly precision: number;
  /** Ink pixels counted on each side, to see the test had something. */
  readonly referenceInk: number;
  readonly lajnaInk: number;
}

/**
 * A pixel is ink when darker than `strong`. Where the other side is
 * looked up, a lighter `faint` level is enough: engines smooth a thin
 * line differently, so one draws it at 120 where another draws 170.
 */
export interface InkLevels {
  readonly strong: number;
  readonly faint: number;
  readonly radiusPx: number;
}

export const DEFAULT_LEVELS: InkLevels = {
  strong: 128,
  faint: 224,
  radiusPx: 2,
};

/** Compares two pictures of equal size; see InkAgreement. */
export function inkAgreement(
  reference: GrayImage,
  lajna: GrayImage,
  levels: InkLevels = DEFAULT_LEVELS,
): InkAgreement {
  if (reference.width !== lajna.width || reference.height !== lajna.height) {
    throw new Error(
      `sizes differ: reference ${reference.width}x${reference.height}, ` +
        `Lajna ${lajna.width}x${lajna.height}`,
    );
  }
  const nearReference = grown(reference, levels.faint, levels.radiusPx);
  const nearLajna = grown(lajna, levels.faint, levels.radiusPx);
  const band = levels.radiusPx;
  const recall = covered(reference, nearLajna, levels.strong, band);
  const precision = covered(lajna, nearReference, levels.strong, band);
  return {
    recall: recall.share,
    precision: precision.share,
    referenceInk: recall.inked,
    lajnaInk: precision.inked,
  };
}

/**
 * Share of `image`'s ink pixels that fall on a set cell of `mask`,
 * leaving out a `band` of pixels along the picture's edges: a frame
 * drawn exactly on the page's edge is half outside it, and engines keep
 * a different half.
 */
function covered(
  image: GrayImage,
  mask: Uint8Array,
  strong: number,
  band: number,
): { share: number; inked: number } {
  const { width, height, data } = image;
  let inked = 0;
  let hit = 0;
  for (let y = band; y < height - band; y++) {
    for (let x = band; x < width - band; x++) {
      const i = y * width + x;
      if ((data[i] ?? 255) >= strong) continue;
      inked++;
      if (mask[i] === 1) hit++;
    }
  }
  return { share: inked === 0 ? 1 : hit / inked, inked };
}

/**
 * The pixels darker than `faint`, grown by `radius` in every direction
 * (a square neighbourhood), as a 0/1 mask. Done as two passes, rows then
 * columns, so a large sheet takes a moment rather than minutes.
 */
function grown(image: GrayImage, faint: number, radius: number): Uint8Array {
  const { width, height, data } = image;
  const rows = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    let lastInk = -Infinity;
    const line = y * width;
    // Forward: ink at or left of x within radius.
    for (let x = 0; x < width; x++) {
      if ((data[line + x] ?? 255) < faint) lastInk = x;
      if (x - lastInk <= radius) rows[line + x] = 1;
    }
    let nextInk = Infinity;
    for (let x = width - 1; x >= 0; x--) {
      if ((data[line + x] ?? 255) < faint) nextInk = x;
      if (nextInk - x <= radius) rows[line + x] = 1;
    }
  }
  const mask = new Uint8Array(width * height);
  for (let x = 0; x < width; x++) {
    let last = -Infinity;
    for (let y = 0; y < height; y++) {
      if (rows[y * width + x] === 1) last = y;
      if (y - last <= radius) mask[y * width + x] = 1;
    }
    let next = Infinity;
    for (let y = height - 1; y >= 0; y--) {
      if (rows[y * width + x] === 1) next = y;
      if (next - y <= radius) mask[y * width + x] = 1;
    }
  }
  return mask;
}
