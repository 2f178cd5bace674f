import { useMemo } from "react";
import type { Similarity } from "../../shared/geo/similarity";
import type { Size } from "../viewer/viewState";
import {
  compareSheet,
  type ChannelPair,
  type CompareSources,
  type SheetOverview,
} from "./compareRender";
import type { DiffEngine } from "./DiffEngine";
import { useChannelResult } from "./useChannelResult";

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
  const make = useMemo(
    () =>
      sources === null || diff === null || olderSize === null
        ? null
        : (channels: ChannelPair) =>
            compareSheet(sources, channels, diff, olderSize, transform),
    [sources, diff, olderSize, transform],
  );
  return useChannelResult(make, closeLayers, "overview");
}

function closeLayers(overview: SheetOverview): void {
  for (const bitmap of Object.values(overview.layers ?? {})) bitmap.close();
}
