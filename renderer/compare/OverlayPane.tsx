import { useMemo, useRef, useState, type CSSProperties } from "react";
import type { Size, ViewState } from "../viewer/viewState";
import type { SheetOverview } from "./compareRender";
import type { ChangeBox } from "./changeRegions";
import type { DiffLayerName } from "./diffLayers";
import { PaneUnderlay, type UnderlayPicture } from "./PaneUnderlay";
import {
  useOverlayDrawing,
  type OverlayDrawingInput,
} from "./useOverlayDrawing";
import { usePanZoom } from "./usePanZoom";

/** Room between a difference and its outline, CSS pixels. */
const FOCUS_PAD_PX = 6;

/** Which revision's own ink the overlay shows. */
export type ShownRevisions = "both" | "older" | "newer";

/**
 * The overlay: one pane where what only the older sheet has is drawn in
 * the removed colour, what only the newer has in the added colour, and
 * the rest in grey. `blend` (0 older to 1 newer) fades one side's
 * changes; `shown` hides a side's changes altogether. The whole-sheet
 * overview's layers lie under the sharp ones, so a pan never uncovers
 * an empty strip; white paper under the sharp layers hides them there.
 */
export function OverlayPane(
  props: OverlayDrawingInput & {
    view: ViewState;
    /** The whole-sheet comparison, whose layers fill what is not sharp. */
    overview: SheetOverview | null;
    setView: (update: (view: ViewState) => ViewState) => void;
    blend: number;
    shown: ShownRevisions;
    /** The difference jumped to, in the older sheet's points, outlined. */
    focus: ChangeBox | null;
  },
) {
  const { view, sheet } = props;
  const paneRef = useRef<HTMLDivElement>(null);
  // A drag still under way is not drawn sharp: the hand moves on, and
  // two renders and a diff would be thrown away; the underlay fills in.
  const [dragging, setDragging] = useState(false);
  usePanZoom(paneRef, props.setView, () => undefined, setDragging);
  const drawn = useOverlayDrawing(props, view, dragging);
  const pictures = useMemo(
    () => underlayPictures(props.overview),
    [props.overview],
  );
  const opacity = layerOpacity(props.blend, props.shown);
  const underlay = (layer: DiffLayerName) => (
    <PaneUnderlay
      picture={pictures?.[layer] ?? null}
      view={view}
      style={opacity[layer]}
    />
  );

  return (
    <div
      ref={paneRef}
      className="compare-pane compare-pane-overlay"
      data-testid="compare-pane-overlay"
      data-shown-count={drawn.shownCount}
    >
      <div className="compare-sheet" style={sheetBox(view, sheet)} />
      {underlay("unchanged")}
      {underlay("removed")}
      {underlay("added")}
      <div ref={drawn.paper} className="compare-sharp-paper">
        <div className="compare-sheet" />
      </div>
      <canvas ref={drawn.unchanged} className="compare-canvas" />
      <canvas
        ref={drawn.removed}
        className="compare-canvas"
        data-testid="compare-removed-layer"
        style={opacity.removed}
      />
      <canvas
        ref={drawn.added}
        className="compare-canvas"
        data-testid="compare-added-layer"
        style={opacity.added}
      />
      {props.focus && (
        <div
          className="compare-focus"
          data-testid="compare-focus"
          style={focusBox(view, props.focus)}
        />
      )}
      {drawn.busy && (
        <div className="compare-busy" data-testid="compare-busy" />
      )}
    </div>
  );
}

/**
 * How much of each layer shows: the blend fades one side's changes as
 * it moves towards the other, and showing one revision hides the other's.
 */
function layerOpacity(
  blend: number,
  shown: ShownRevisions,
): Record<DiffLayerName, CSSProperties> {
  const olderWeight = Math.min(1, 2 * (1 - blend));
  const newerWeight = Math.min(1, 2 * blend);
  return {
    unchanged: {},
    removed: { opacity: shown === "newer" ? 0 : olderWeight },
    added: { opacity: shown === "older" ? 0 : newerWeight },
  };
}

/** Where the older sheet's page lies in the pane. */
function sheetBox(view: ViewState, sheet: Size): CSSProperties {
  return {
    left: view.x,
    top: view.y,
    width: sheet.width * view.zoom,
    height: sheet.height * view.zoom,
  };
}

/** The outline of a difference, a little wider than its box. */
function focusBox(view: ViewState, box: ChangeBox): CSSProperties {
  return {
    left: view.x + box.minX * view.zoom - FOCUS_PAD_PX,
    top: view.y + box.minY * view.zoom - FOCUS_PAD_PX,
    width: (box.maxX - box.minX) * view.zoom + 2 * FOCUS_PAD_PX,
    height: (box.maxY - box.minY) * view.zoom + 2 * FOCUS_PAD_PX,
  };
}

/** The overview's layers as pictures of the whole older sheet. */
function underlayPictures(
  overview: SheetOverview | null,
): Record<DiffLayerName, UnderlayPicture> | null {
  const layers = overview?.layers;
  if (overview === null || layers === null || layers === undefined) {
    return null;
  }
  const picture = (bitmap: ImageBitmap): UnderlayPicture => ({
    bitmap,
    matrix: null,
    width: bitmap.width,
    height: bitmap.height,
    zoom: overview.zoom,
  });
  return {
    unchanged: picture(layers.unchanged),
    removed: picture(layers.removed),
    added: picture(layers.added),
  };
}
