import type { DeviceRect, RasterRegion } from "./engineMessages";

/**
 * The margin a view is drawn with beyond the viewer's edges, cut into
 * strips the worker draws one at a time. PDFium cannot be interrupted,
 * so a new gesture waits at most for one strip instead of a whole
 * margin render, and the viewer's own rectangle is not drawn twice.
 */

/**
 * PDFium may leave out a line lying along a bitmap's edge when the sheet
 * is turned; a strip is drawn this much larger and cropped, so its edges
 * hold what a whole render holds there.
 */
export const STRIP_PAD_PX = 4;

/** The parts of a `size` bitmap around `inner`: above, below, sides. */
export function marginStrips(
  size: { readonly width: number; readonly height: number },
  inner: DeviceRect,
): DeviceRect[] {
  const right = inner.x + inner.width;
  const bottom = inner.y + inner.height;
  const strips = [
    { x: 0, y: 0, width: size.width, height: inner.y },
    { x: 0, y: bottom, width: size.width, height: size.height - bottom },
    { x: 0, y: inner.y, width: inner.x, height: inner.height },
    { x: right, y: inner.y, width: size.width - right, height: inner.height },
  ];
  return strips.filter((strip) => strip.width > 0 && strip.height > 0);
}

/**
 * The region that draws `strip` of `whole`, padded: its bitmap holds
 * the strip at (`STRIP_PAD_PX`, `STRIP_PAD_PX`).
 */
export function stripRegion(
  whole: RasterRegion,
  strip: DeviceRect,
): RasterRegion {
  return {
    ...whole,
    x: Math.round(whole.x) - strip.x + STRIP_PAD_PX,
    y: Math.round(whole.y) - strip.y + STRIP_PAD_PX,
    width: strip.width + 2 * STRIP_PAD_PX,
    height: strip.height + 2 * STRIP_PAD_PX,
  };
}

/** Below this height a region is drawn whole: halves would not gain. */
const MIN_SPLIT_HEIGHT_PX = 256;

/** One half of a region: what to ask for, what to keep, where it goes. */
export interface RegionHalf {
  readonly region: RasterRegion;
  readonly crop: DeviceRect;
  readonly at: { readonly x: number; readonly y: number };
}

/**
 * A region cut into an upper and a lower half for two engines, each
 * drawn padded across the cut and cropped (see STRIP_PAD_PX); null for
 * a region too small to gain from it.
 */
export function splitRegion(region: RasterRegion): RegionHalf[] | null {
  if (region.height < MIN_SPLIT_HEIGHT_PX) return null;
  const upper = Math.floor(region.height / 2);
  const lower = region.height - upper;
  const pad = STRIP_PAD_PX;
  return [
    {
      region: { ...region, height: upper + pad },
      crop: { x: 0, y: 0, width: region.width, height: upper },
      at: { x: 0, y: 0 },
    },
    {
      region: {
        ...region,
        y: Math.round(region.y) - upper + pad,
        height: lower + pad,
      },
      crop: { x: 0, y: pad, width: region.width, height: lower },
      at: { x: 0, y: upper },
    },
  ];
}

/**
 * Where a bitmap of region `part` goes in the bitmap of region `whole`
 * of the same view: the worker puts the page's corner at each region's
 * rounded (x, y).
 */
export function offsetIn(
  whole: RasterRegion,
  part: RasterRegion,
): { x: number; y: number } {
  return {
    x: Math.round(whole.x) - Math.round(part.x),
    y: Math.round(whole.y) - Math.round(part.y),
  };
}
