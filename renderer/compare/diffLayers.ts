import { PixelClass, type InkDiff } from "./inkDiff";

/** The three layers an overlay shows, one colour each. */
export type DiffLayerName = "unchanged" | "removed" | "added";

/** The colours of the legend, as CSS and as RGB for the layers. */
export const DIFF_COLOURS: Readonly<
  Record<DiffLayerName, readonly [number, number, number]>
> = {
  unchanged: [70, 70, 70],
  removed: [214, 32, 32],
  added: [0, 128, 200],
};

const CLASS_OF: Readonly<Record<DiffLayerName, PixelClass>> = {
  unchanged: PixelClass.unchanged,
  removed: PixelClass.removed,
  added: PixelClass.added,
};

/**
 * One layer of the overlay as RGBA: the pixels of that class in its
 * colour, their opacity the ink's darkness so anti-aliased edges stay
 * smooth, everything else transparent. Removed pixels take the older
 * ink, added ones the newer ink, unchanged the darker of both.
 */
export function paintLayer(
  diff: InkDiff,
  layer: DiffLayerName,
): Uint8ClampedArray<ArrayBuffer> {
  const [r, g, b] = DIFF_COLOURS[layer];
  const wanted = CLASS_OF[layer];
  const out = new Uint8ClampedArray(diff.classes.length * 4);
  for (let i = 0, p = 0; i < diff.classes.length; i++, p += 4) {
    if (diff.classes[i] !== wanted) continue;
    const older = diff.olderInk[i] as number;
    const newer = diff.newerInk[i] as number;
    out[p] = r;
    out[p + 1] = g;
    out[p + 2] = b;
    out[p + 3] =
      layer === "removed"
        ? older
        : layer === "added"
          ? newer
          : Math.max(older, newer);
  }
  return out;
}
