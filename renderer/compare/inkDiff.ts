/**
 * The pixel comparison of two renders of a sheet, pure so it runs in the
 * diff worker and in tests alike. Both buffers are RGBA, the same size,
 * drawn at the same device scale and already aligned.
 *
 * A pixel carries ink when it is dark enough: darkness is one minus the
 * luminance, weighted by alpha, so the transparent backdrop around a page
 * is never ink. A pixel inked in the older render with no ink in the
 * newer one within `tolerancePx` is removed; the reverse is added; ink in
 * both is unchanged. The tolerance absorbs the half-pixel shifts of
 * anti-aliasing that would otherwise outline every line.
 */

/** What a pixel became between the two revisions. */
export const PixelClass = {
  blank: 0,
  unchanged: 1,
  removed: 2,
  added: 3,
} as const;
export type PixelClass = (typeof PixelClass)[keyof typeof PixelClass];

/** Pixels of each kind in one comparison. */
export interface DiffCounts {
  readonly unchanged: number;
  readonly removed: number;
  readonly added: number;
}

/** One comparison's per-pixel classes and their counts. */
export interface InkDiff {
  readonly width: number;
  readonly height: number;
  /** One `PixelClass` per pixel, row by row. */
  readonly classes: Uint8Array;
  /** Darkness 0-255 of each pixel in the older and newer render. */
  readonly olderInk: Uint8Array;
  readonly newerInk: Uint8Array;
  readonly counts: DiffCounts;
}

/** Darkness (0-255) from which a pixel counts as a line or a fill. */
export const INK_THRESHOLD = 56;

/** The default tolerance: a line may move this far and stay unchanged. */
export const DEFAULT_TOLERANCE_PX = 2;

/** Compares two same-size RGBA renders of a sheet. */
export function inkDiff(
  older: Uint8ClampedArray,
  newer: Uint8ClampedArray,
  width: number,
  height: number,
  tolerancePx: number = DEFAULT_TOLERANCE_PX,
): InkDiff {
  if (older.length !== width * height * 4 || newer.length !== older.length) {
    throw new RangeError("both renders must be width x height RGBA");
  }
  const olderInk = darkness(older);
  const newerInk = darkness(newer);
  const olderMask = inkMask(olderInk);
  const newerMask = inkMask(newerInk);

  // "Near ink" masks: where a line of the other revision lies within the
  // tolerance, a line here has not really moved.
  const nearOlder = dilate(olderMask, width, height, tolerancePx);
  const nearNewer = dilate(newerMask, width, height, tolerancePx);

  const classes = new Uint8Array(width * height);
  let unchanged = 0;
  let removed = 0;
  let added = 0;
  for (let i = 0; i < classes.length; i++) {
    const inOlder = olderMask[i] === 1;
    const inNewer = newerMask[i] === 1;
    if (inOlder && nearNewer[i] === 0) {
      classes[i] = PixelClass.removed;
      removed++;
    } else if (inNewer && nearOlder[i] === 0) {
      classes[i] = PixelClass.added;
      added++;
    } else if (inOlder || inNewer) {
      classes[i] = PixelClass.unchanged;
      unchanged++;
    }
  }
  return {
    width,
    height,
    classes,
    olderInk,
    newerInk,
    counts: { unchanged, removed, added },
  };
}

/** The share (0-1) of the drawing's inked pixels that changed. */
export function changedShare(counts: DiffCounts): number {
  const changed = counts.removed + counts.added;
  const inked = changed + counts.unchanged;
  return inked === 0 ? 0 : changed / inked;
}

/**
 * Above this share of changed ink two sheets are hardly revisions of one
 * another: a revision redraws a part of its sheet (the demo's revised
 * ground floor changes under 15 %), two different sheets or a pair the
 * automatic alignment could not place differ nearly everywhere.
 */
const UNRELATED_SHARE = 0.5;

/** Whether the pair differs so much it is likely not one sheet's revisions. */
export function looksUnrelated(counts: DiffCounts): boolean {
  return changedShare(counts) > UNRELATED_SHARE;
}

/** Darkness of each pixel, 0 (white or transparent) to 255 (black). */
export function darkness(rgba: Uint8ClampedArray): Uint8Array {
  const out = new Uint8Array(rgba.length / 4);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    const r = rgba[p] as number;
    const g = rgba[p + 1] as number;
    const b = rgba[p + 2] as number;
    const a = rgba[p + 3] as number;
    // Rec. 601 luma weights in integers (sum 256), then alpha.
    const luma = (77 * r + 150 * g + 29 * b) >> 8;
    out[i] = ((255 - luma) * a + 127) / 255;
  }
  return out;
}

function inkMask(ink: Uint8Array): Uint8Array {
  const mask = new Uint8Array(ink.length);
  for (let i = 0; i < ink.length; i++) {
    mask[i] = (ink[i] as number) >= INK_THRESHOLD ? 1 : 0;
  }
  return mask;
}

/**
 * Grows a 0/1 mask by `radius` pixels in a square window: a pass along
 * rows then one along columns, each counting set pixels in a sliding
 * window, so the cost does not depend on the radius.
 */
export function dilate(
  mask: Uint8Array,
  width: number,
  height: number,
  radius: number,
): Uint8Array {
  const r = Math.max(0, Math.round(radius));
  if (r === 0) return mask.slice();
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    slide(mask, rows, y * width, 1, width, r);
  }
  const out = new Uint8Array(mask.length);
  for (let x = 0; x < width; x++) {
    slide(rows, out, x, width, height, r);
  }
  return out;
}

/** One line of the dilation: `count` values `step` apart from `start`. */
function slide(
  from: Uint8Array,
  to: Uint8Array,
  start: number,
  step: number,
  count: number,
  r: number,
): void {
  let inWindow = 0;
  for (let k = 0; k < Math.min(r, count); k++) {
    inWindow += from[start + k * step] as number;
  }
  for (let k = 0; k < count; k++) {
    const entering = k + r;
    const leaving = k - r - 1;
    if (entering < count) inWindow += from[start + entering * step] as number;
    if (leaving >= 0) inWindow -= from[start + leaving * step] as number;
    to[start + k * step] = inWindow > 0 ? 1 : 0;
  }
}
