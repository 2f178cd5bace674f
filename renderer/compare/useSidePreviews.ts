import { useEffect, useMemo, useState } from "react";
import type { Similarity } from "../../shared/geo/similarity";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { Size } from "../viewer/viewState";
import {
  renderPair,
  takeChannels,
  wholeSheet,
  type CompareSources,
} from "./compareRender";
import type { UnderlayPicture } from "./PaneUnderlay";

const log = rendererLogger("compare");

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
  const [previews, setPreviews] = useState<SidePreviews | null>(null);
  const channels = useMemo(takeChannels, []);

  useEffect(() => {
    setPreviews(null);
    if (sources === null || olderSize === null) return undefined;
    const { zoom, view, viewer } = wholeSheet(olderSize);
    let live = true;
    let made: SidePreviews | null = null;
    renderPair(sources, channels, view, viewer, 1, transform).then(
      (pair) => {
        if (pair === null) return;
        const { width, height } = pair;
        made = {
          older: { bitmap: pair.older, matrix: null, width, height, zoom },
          newer: {
            bitmap: pair.newer,
            matrix: pair.newerMatrix,
            ...{ width, height, zoom },
          },
        };
        if (live) setPreviews(made);
        else closePreviews(made);
      },
      (cause: unknown) => log.warn("previews failed", describeCause(cause)),
    );
    return () => {
      live = false;
      closePreviews(made);
    };
  }, [sources, olderSize, channels, transform]);

  return previews;
}

function closePreviews(previews: SidePreviews | null): void {
  previews?.older.bitmap.close();
  previews?.newer.bitmap.close();
}
