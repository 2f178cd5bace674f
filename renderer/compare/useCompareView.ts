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
import {
  fromSheetView,
  toSheetView,
  type SheetView,
} from "./compareViewMemory";

/** How much of the pane a difference jumped to fills, at most. */
const FOCUS_SHARE = 0.5;
/** Jumping to a difference never zooms past this (CSS px per point). */
const FOCUS_MAX_ZOOM = 8;

/**
 * What sets the view while the reviewer has not moved it: the sheet
 * fitted to the pane, or a view kept from an earlier visit. Either is
 * placed again when the pane changes size; null once a gesture, a zoom
 * button or a jump to a difference moved the view.
 */
type Placement =
  | { readonly kind: "fit" }
  | { readonly kind: "kept"; readonly at: SheetView }
  | null;

const FIT: Placement = { kind: "fit" };

/**
 * The one view both panes share, in the older sheet's frame (the newer
 * sheet follows through the alignment), so panning or zooming either pane
 * moves both. It opens on `kept`, the view left on this pair, or fitted;
 * a new pair starts fitted. `sheetView` is the view to remember: null
 * while fitted, since a fitted view fits whatever pane it returns to.
 */
export function useCompareView(
  olderSize: Size | null,
  pane: Size | null,
  pairKey: string,
  kept: SheetView | null,
) {
  const [view, setViewState] = useState<ViewState | null>(null);
  const placement = usePlacement(pairKey, kept);

  useEffect(() => {
    const { current } = placement;
    if (current === null || olderSize === null || pane === null) return;
    setViewState(
      current.kind === "fit"
        ? fitPage(olderSize, pane)
        : fromSheetView(current.at, olderSize, pane),
    );
  }, [placement, olderSize, pane, pairKey]);

  const { place } = placement;
  const setView = useCallback(
    (update: (view: ViewState) => ViewState) => {
      place(null);
      setViewState((current) => {
        if (current === null) return null;
        const next = update(current);
        if (olderSize === null || pane === null) return next;
        return keepInView(next, olderSize, pane);
      });
    },
    [olderSize, pane, place],
  );

  const actions = useMemo(
    () => ({
      fit: () => place(FIT),
      zoomBy: (factor: number) =>
        pane && setView((v) => zoomCentre(v, factor, pane)),
      /** Centres a box of the older sheet (points) and zooms onto it. */
      focus: (box: ChangeBox) => {
        if (pane === null || olderSize === null) return;
        setView(() => focusView(box, olderSize, pane));
      },
    }),
    [pane, olderSize, setView, place],
  );

  const sheetView = useMemo(
    () => viewToKeep(placement.current, view, pane),
    [placement, view, pane],
  );
  return { view, setView, actions, sheetView };
}

/**
 * The placement, opening on `kept`, back to fitted when the pair changes.
 * The change is made while rendering, not in an effect, so that no effect
 * ever sees the new pair together with the old pair's placement.
 */
function usePlacement(pairKey: string, kept: SheetView | null) {
  const [current, place] = useState<Placement>(() =>
    kept === null ? FIT : { kind: "kept", at: kept },
  );
  const [placedPair, setPlacedPair] = useState(pairKey);
  if (placedPair !== pairKey) {
    setPlacedPair(pairKey);
    place(FIT);
  }
  return useMemo(() => ({ current, place }), [current]);
}

/** The view in the sheet's frame, or null while it is fitted. */
function viewToKeep(
  placement: Placement,
  view: ViewState | null,
  pane: Size | null,
): SheetView | null {
  if (placement !== null) {
    return placement.kind === "kept" ? placement.at : null;
  }
  return view === null || pane === null ? null : toSheetView(view, pane);
}

/** The view that centres a box of the older sheet and zooms onto it. */
function focusView(box: ChangeBox, olderSize: Size, pane: Size): ViewState {
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
  return {
    zoom,
    x: pane.width / 2 - cx * zoom,
    y: pane.height / 2 - cy * zoom,
  };
}
