import type { QuarterTurn } from "../viewState";

/**
 * Small full-sheet bitmaps of the sheets seen lately, so a sheet opened
 * again shows its drawing at once (blurred) while the sharp render runs.
 * Shared by every viewer of the window; the oldest go first.
 */

/** The preview's longer side, in pixels: sharp enough to recognise. */
export const PREVIEW_SIDE_PX = 1024;

/** About 3 MB each: 16 sheets stay under 50 MB. */
const MAX_PREVIEWS = 16;

const previews = new Map<string, ImageBitmap>();

/** A sheet's key: its document's key, its index and its quarter turn. */
export function previewKey(
  documentKey: string,
  pageIndex: number,
  turn: QuarterTurn = 0,
): string {
  return `${documentKey}#${pageIndex}@${turn}`;
}

export function getPreview(key: string): ImageBitmap | undefined {
  const bitmap = previews.get(key);
  if (bitmap !== undefined) {
    previews.delete(key);
    previews.set(key, bitmap);
  }
  return bitmap;
}

export function hasPreview(key: string): boolean {
  return previews.has(key);
}

export function putPreview(key: string, bitmap: ImageBitmap): void {
  previews.get(key)?.close();
  previews.delete(key);
  previews.set(key, bitmap);
  for (const [oldest, old] of previews) {
    if (previews.size <= MAX_PREVIEWS) break;
    old.close();
    previews.delete(oldest);
  }
}
