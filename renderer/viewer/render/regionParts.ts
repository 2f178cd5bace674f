import type { RasterRegion } from "./engineMessages";
import type { LayerChoice } from "./layerPatch";
import { splitRegion } from "./marginStrips";
import type { PdfiumEngine } from "./PdfiumEngine";

/** The engines a view is drawn with: the shared one and its helper. */
export interface RegionEngines {
  readonly engine: PdfiumEngine;
  readonly helper: PdfiumEngine | null;
}

/** A bitmap drawn for part of a region, and its place in the region. */
export interface RegionPart {
  readonly bitmap: ImageBitmap;
  readonly at: { readonly x: number; readonly y: number };
}

/**
 * A region drawn as one bitmap, or as two halves at once when a helper
 * engine is there and the region is tall enough to gain; null when a
 * newer render of `channel` took its place (or there is no engine).
 * Fails when either half fails, with both bitmaps let go.
 */
export async function drawRegionParts(
  engines: RegionEngines | null,
  key: string,
  channel: number,
  region: RasterRegion,
  choice: LayerChoice | null,
): Promise<RegionPart[] | null> {
  if (engines === null) return null;
  const { engine, helper } = engines;
  const halves = helper === null ? null : splitRegion(region);
  if (halves === null) {
    const bitmap = await engine.render(key, channel, region, choice);
    return bitmap === null ? null : [{ bitmap, at: { x: 0, y: 0 } }];
  }

  const drawn = await Promise.allSettled(
    halves.map((half, i) =>
      (i === 0 || helper === null ? engine : helper).render(
        key,
        channel,
        half.region,
        choice,
        half.crop,
      ),
    ),
  );
  const bitmaps = drawn.map((d) => (d.status === "fulfilled" ? d.value : null));
  const failed = drawn.find((d) => d.status === "rejected");
  if (failed !== undefined || bitmaps.includes(null)) {
    for (const bitmap of bitmaps) bitmap?.close();
    if (failed !== undefined) throw failed.reason;
    return null;
  }
  return halves.map((half, i) => ({ bitmap: bitmaps[i]!, at: half.at }));
}
