import { useMemo, useRef } from "react";
import type { Similarity } from "../../shared/geo/similarity";
import type { Size, ViewState } from "../viewer/viewState";
import {
  compareView,
  takeChannels,
  type CompareSources,
} from "./compareRender";
import type { DiffEngine } from "./DiffEngine";
import type { DiffBitmaps } from "./diffMessages";
import { DEFAULT_TOLERANCE_PX, type DiffCounts } from "./inkDiff";
import { drawBitmap, placeSharpPaper } from "./paneDrawing";
import { useSettledRender, type SharpDrawing } from "./useSettledRender";

/** One view compared and painted: its figures and its three layers. */
interface PaintedView {
  readonly counts: DiffCounts;
  readonly layers: DiffBitmaps;
}

/** What the overlay compares, and where its figures go. */
export interface OverlayDrawingInput {
  readonly sources: CompareSources;
  readonly diff: DiffEngine;
  readonly transform: Similarity;
  readonly pane: Size;
  /** The older sheet's size in points, for the white paper under the ink. */
  readonly sheet: Size;
  readonly onCounts: (counts: DiffCounts | null) => void;
  readonly onError: (cause: unknown) => void;
}

/**
 * The overlay's sharp layers: once the view settles, both sheets are
 * rendered for it and compared, and the removed, added and unchanged
 * ink is shown on three canvases over a white paper, while the view's
 * figures go to `onCounts`. Gives the elements to mount them on.
 */
export function useOverlayDrawing(
  input: OverlayDrawingInput,
  view: ViewState,
  dragging: boolean,
) {
  const unchanged = useRef<HTMLCanvasElement>(null);
  const removed = useRef<HTMLCanvasElement>(null);
  const added = useRef<HTMLCanvasElement>(null);
  const paper = useRef<HTMLDivElement>(null);
  const channels = useMemo(takeChannels, []);
  const { sources, diff, transform, pane, sheet, onCounts } = input;

  const drawing = useMemo<SharpDrawing<PaintedView>>(
    () => ({
      targets: () => [
        unchanged.current,
        removed.current,
        added.current,
        paper.current,
      ],
      draw: async (at) => {
        const result = await compareView(sources, channels, diff, {
          view: at,
          viewer: pane,
          ratio: window.devicePixelRatio || 1,
          transform,
          tolerancePx: DEFAULT_TOLERANCE_PX,
          paint: true,
        });
        const layers = result?.layers ?? null;
        return result === null || layers === null
          ? null
          : { counts: result.counts, layers };
      },
      show: ({ counts, layers }, at) => {
        drawBitmap(unchanged.current, layers.unchanged, pane);
        drawBitmap(removed.current, layers.removed, pane);
        drawBitmap(added.current, layers.added, pane);
        placeSharpPaper(paper.current, at, pane, sheet);
        onCounts(counts);
      },
      discard: ({ layers }) => {
        for (const bitmap of Object.values(layers)) bitmap.close();
      },
      failure: "comparison failed",
    }),
    [sources, channels, diff, transform, pane, sheet, onCounts],
  );
  const state = useSettledRender(drawing, view, dragging, input.onError);
  return { ...state, unchanged, removed, added, paper };
}
