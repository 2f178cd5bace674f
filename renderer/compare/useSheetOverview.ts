import { useEffect, useMemo, useState } from "react";
import type { Similarity } from "../../shared/geo/similarity";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { Size } from "../viewer/viewState";
import {
  compareSheet,
  takeChannels,
  type CompareSources,
  type SheetOverview,
} from "./compareRender";
import type { DiffEngine } from "./DiffEngine";

const log = rendererLogger("compare");

/**
 * The whole-sheet comparison behind the legend's share of change, the
 * "next difference" jumps and the overlay's blurred underlay, made again
 * when the pair or the alignment changes. Null while it is being made.
 * Its layers are closed when it is replaced or the panel leaves.
 */
export function useSheetOverview(
  sources: CompareSources | null,
  diff: DiffEngine | null,
  olderSize: Size | null,
  transform: Similarity,
): SheetOverview | null {
  const [overview, setOverview] = useState<SheetOverview | null>(null);
  const channels = useMemo(takeChannels, []);

  useEffect(() => {
    setOverview(null);
    if (sources === null || diff === null || olderSize === null) {
      return undefined;
    }
    let live = true;
    let made: SheetOverview | null = null;
    compareSheet(sources, channels, diff, olderSize, transform).then(
      (result) => {
        made = result;
        if (live) setOverview(result);
        else closeLayers(result);
      },
      (cause: unknown) => log.warn("overview failed", describeCause(cause)),
    );
    return () => {
      live = false;
      closeLayers(made);
    };
  }, [sources, diff, channels, olderSize, transform]);

  return overview;
}

function closeLayers(overview: SheetOverview | null): void {
  for (const bitmap of Object.values(overview?.layers ?? {})) bitmap.close();
}
