/*
 * Stamp pictures decoded once for the markup canvas: a data URL becomes
 * an image element that the canvas draws once it has loaded.
 */

const pictures = new Map<string, HTMLImageElement>();

/** The decoded picture, or null while it loads (`onLoad` says when). */
export function stampPicture(
  href: string,
  onLoad: () => void,
): HTMLImageElement | null {
  const known = pictures.get(href);
  if (known?.complete) return known;
  if (known !== undefined) {
    known.addEventListener("load", onLoad, { once: true });
    return null;
  }
  const image = new Image();
  image.onload = onLoad;
  image.src = href;
  pictures.set(href, image);
  return null;
}
