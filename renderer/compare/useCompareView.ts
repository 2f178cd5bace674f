import { useCallback, useEffect, useMemo, useState } from "react";
import {
  clampZoom,
  fitPage,
  keepInView,
  zoomCentre,
  type Size,
  type ViewState,
} from "../viewer/viewState";
import type { ChangeBox } from "./changeRegions";

/** How much of the pane a difference jumped to fills, at most. */
const FOCUS_SHARE = 0.5;
/** Jumping to a difference never zooms past this (CSS px per point). */
const FOCUS_MAX_ZOOM = 8;

/**
 * The one view both panes share, in the older sheet's frame (the newer
 * sheet follows through the alignment), so panning or zooming either pane
 * moves both. A new pair or pane size starts fitted.
 */
export function useCompareView(
  olderSize: Size | null,
  pane: Size | null,
  pairKey: string,
) {
  const [view, setViewState] = useState<ViewState | null>(null);
  const [fitted, setFitted] = useState(true);

  useEffect(() => setFitted(true), [pairKey]);
  useEffect(() => {
    if (fitted && olderSize !== null && pane !== null) {
      setViewState(fitPage(olderSize, pane));
    }
  }, [fitted, olderSize, pane, pairKey]);

  const setView = useCallback(
    (update: (view: ViewState) => ViewState) => {
      setFitted(false);
      setViewState((current) => {
        if (current === null) return null;
        const next = update(current);
        if (olderSize === null || pane === null) return next;
        return keepInView(next, olderSize, pane);
      });
    },
    [olderSize, pane],
  );

  const actions = useMemo(
    () => ({
      fit: () => setFitted(true),
      zoomBy: (factor: number) =>
        pane && setView((v) => zoomCentre(v, factor, pane)),
      /** Centres a box of the older sheet (points) and zooms onto it. */
      focus: (box: ChangeBox) => {
        if (pane === null || olderSize === null) return;
        const widthPt = Math.max(1, box.maxX - box.minX);
        const heightPt = Math.max(1, box.maxY - box.minY);
        const fitZoom = fitPage(olderSize, pane).zoom;
        const zoom = clampZoom(
          Math.max(
            fitZoom,
            Math.min(
              FOCUS_MAX_ZOOM,
              (pane.width * FOCUS_SHARE) / widthPt,
              (pane.height * FOCUS_SHARE) / heightPt,
            ),
          ),
        );
        const cx = (box.minX + box.maxX) / 2;
        const cy = (box.minY + box.maxY) / 2;
        setView(() => ({
          zoom,
          x: pane.width / 2 - cx * zoom,
          y: pane.height / 2 - cy * zoom,
        }));
      },
    }),
    [pane, olderSize, setView],
  );

  return { view, setView, actions };
}
