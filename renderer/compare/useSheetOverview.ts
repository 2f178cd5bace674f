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
 * The whole-sheet comparison behind the legend's share of change and the
 * "next difference" jumps, made again when the pair or the alignment
 * changes. Null while it is being made.
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
    compareSheet(sources, channels, diff, olderSize, transform).then(
      (result) => live && result !== null && setOverview(result),
      (cause: unknown) => log.warn("overview failed", describeCause(cause)),
    );
    return () => {
      live = false;
    };
  }, [sources, diff, channels, olderSize, transform]);

  return overview;
}
