import { useMemo } from "react";
import type { Similarity } from "../../shared/geo/similarity";
import type { Size } from "../viewer/viewState";
import {
  renderPair,
  wholeSheet,
  type ChannelPair,
  type CompareSources,
} from "./compareRender";
import type { UnderlayPicture } from "./PaneUnderlay";
import { useChannelResult } from "./useChannelResult";

/** Each side's whole sheet, for the side-by-side panes' underlays. */
export interface SidePreviews {
  readonly older: UnderlayPicture;
  readonly newer: UnderlayPicture;
}

/**
 * Both sheets whole at the overview's scale, in the older sheet's frame
 * (the newer one placed by the alignment), which the side-by-side panes
 * keep under their sharp pixels. Made again when the pair or the
 * alignment changes; null while being made, and when `sources` is null
 * (the panes are not shown). The bitmaps are closed when replaced.
 */
export function useSidePreviews(
  sources: CompareSources | null,
  olderSize: Size | null,
  transform: Similarity,
): SidePreviews | null {
  const make = useMemo(
    () =>
      sources === null || olderSize === null
        ? null
        : (channels: ChannelPair) =>
            renderPreviews(sources, channels, olderSize, transform),
    [sources, olderSize, transform],
  );
  return useChannelResult(make, closePreviews, "previews");
}

async function renderPreviews(
  sources: CompareSources,
  channels: ChannelPair,
  olderSize: Size,
  transform: Similarity,
): Promise<SidePreviews | null> {
  const { zoom, view, viewer } = wholeSheet(olderSize);
  const pair = await renderPair(sources, channels, view, viewer, 1, transform);
  if (pair === null) return null;
  const { width, height } = pair;
  return {
    older: { bitmap: pair.older, matrix: null, width, height, zoom },
    newer: {
      bitmap: pair.newer,
      matrix: pair.newerMatrix,
      width,
      height,
      zoom,
    },
  };
}

function closePreviews(previews: SidePreviews): void {
  previews.older.bitmap.close();
  previews.newer.bitmap.close();
}
