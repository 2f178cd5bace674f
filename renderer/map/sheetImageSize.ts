/**
 * The longest side of a sheet rendered for placing. An A0 sheet at this
 * size keeps a 1 mm line visible on the map, while the image (about 24 MB
 * of pixels) stays well within what a committee laptop holds.
 */
export const MAX_SHEET_IMAGE_PX = 3000;

/**
 * The pdf.js scale (image pixels per PDF point) a sheet of the given size
 * is rendered at: as large as MAX_SHEET_IMAGE_PX allows, at most 2, since
 * beyond that a small sheet only grows blurry-free pixels nobody needs.
 */
export function sheetRenderScale(widthPt: number, heightPt: number): number {
  return Math.min(2, MAX_SHEET_IMAGE_PX / Math.max(widthPt, heightPt));
}
