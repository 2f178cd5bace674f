import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from "react";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { Similarity } from "../../shared/geo/similarity";
import type { Size, ViewState } from "../viewer/viewState";
import {
  compareView,
  takeChannels,
  type CompareSources,
  type SheetOverview,
} from "./compareRender";
import type { ChangeBox } from "./changeRegions";
import type { DiffEngine } from "./DiffEngine";
import type { DiffLayerName } from "./diffLayers";
import { DEFAULT_TOLERANCE_PX, type DiffCounts } from "./inkDiff";
import {
  COMPARE_SETTLE_MS,
  drawBitmap,
  followView,
  placeSharpPaper,
} from "./paneDrawing";
import { PaneUnderlay, type UnderlayPicture } from "./PaneUnderlay";
import { usePanZoom } from "./usePanZoom";

const log = rendererLogger("compare");

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
export function OverlayPane(props: {
  sources: CompareSources;
  diff: DiffEngine;
  transform: Similarity;
  view: ViewState;
  pane: Size;
  /** The older sheet's size in points, for the white page under the ink. */
  sheet: Size;
  /** The whole-sheet comparison, whose layers fill what is not sharp. */
  overview: SheetOverview | null;
  setView: (update: (view: ViewState) => ViewState) => void;
  blend: number;
  shown: ShownRevisions;
  /** The difference jumped to, in the older sheet's points, outlined. */
  focus: ChangeBox | null;
  onCounts: (counts: DiffCounts | null) => void;
  onError: (cause: unknown) => void;
}) {
  const { sources, diff, transform, view, pane } = props;
  const unchanged = useRef<HTMLCanvasElement>(null);
  const removed = useRef<HTMLCanvasElement>(null);
  const added = useRef<HTMLCanvasElement>(null);
  const sharpPaper = useRef<HTMLDivElement>(null);
  const rendered = useRef<ViewState | null>(null);
  const channels = useMemo(takeChannels, []);
  const [busy, setBusy] = useState(false);
  // Views shown sharp so far: tells a test (and nothing else) that the
  // pixels on screen are the current view's.
  const [shownCount, setShownCount] = useState(0);
  const { onCounts, onError } = props;
  const paneRef = useRef<HTMLDivElement>(null);
  const pictures = useMemo(
    () => underlayPictures(props.overview),
    [props.overview],
  );
  // A drag still under way is not drawn sharp: the hand moves on, and
  // two renders and a diff would be thrown away; the underlay fills in.
  const [dragging, setDragging] = useState(false);
  usePanZoom(paneRef, props.setView, () => undefined, setDragging);

  useEffect(() => {
    const canvases = [unchanged.current, removed.current, added.current];
    const paper = sharpPaper.current;
    followView([...canvases, paper], rendered.current, view);
    if (dragging) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      setBusy(true);
      const ratio = window.devicePixelRatio || 1;
      const request = {
        view,
        viewer: pane,
        ratio,
        transform,
        tolerancePx: DEFAULT_TOLERANCE_PX,
        paint: true,
      };
      compareView(sources, channels, diff, request).then(
        (result) => {
          const layers = result?.layers ?? null;
          if (result === null || layers === null) return;
          if (!live) {
            for (const bitmap of Object.values(layers)) bitmap.close();
            return;
          }
          drawBitmap(canvases[0] ?? null, layers.unchanged, pane);
          drawBitmap(canvases[1] ?? null, layers.removed, pane);
          drawBitmap(canvases[2] ?? null, layers.added, pane);
          placeSharpPaper(paper, view, pane, props.sheet);
          rendered.current = view;
          setBusy(false);
          setShownCount((n) => n + 1);
          onCounts(result.counts);
        },
        (cause: unknown) => {
          log.warn("comparison failed", describeCause(cause));
          if (live) {
            setBusy(false);
            onError(cause);
          }
        },
      );
    }, COMPARE_SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [
    sources,
    diff,
    channels,
    transform,
    view,
    pane,
    dragging,
    onCounts,
    onError,
  ]);

  const olderWeight = Math.min(1, 2 * (1 - props.blend));
  const newerWeight = Math.min(1, 2 * props.blend);
  const opacity: Record<DiffLayerName, CSSProperties> = {
    unchanged: {},
    removed: { opacity: props.shown === "newer" ? 0 : olderWeight },
    added: { opacity: props.shown === "older" ? 0 : newerWeight },
  };
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
      data-shown-count={shownCount}
    >
      <div
        className="compare-sheet"
        style={{
          left: view.x,
          top: view.y,
          width: props.sheet.width * view.zoom,
          height: props.sheet.height * view.zoom,
        }}
      />
      {underlay("unchanged")}
      {underlay("removed")}
      {underlay("added")}
      <div ref={sharpPaper} className="compare-sharp-paper">
        <div className="compare-sheet" />
      </div>
      <canvas ref={unchanged} className="compare-canvas" />
      <canvas
        ref={removed}
        className="compare-canvas"
        data-testid="compare-removed-layer"
        style={opacity.removed}
      />
      <canvas
        ref={added}
        className="compare-canvas"
        data-testid="compare-added-layer"
        style={opacity.added}
      />
      {props.focus && (
        <div
          className="compare-focus"
          data-testid="compare-focus"
          style={{
            left: view.x + props.focus.minX * view.zoom - FOCUS_PAD_PX,
            top: view.y + props.focus.minY * view.zoom - FOCUS_PAD_PX,
            width:
              (props.focus.maxX - props.focus.minX) * view.zoom +
              2 * FOCUS_PAD_PX,
            height:
              (props.focus.maxY - props.focus.minY) * view.zoom +
              2 * FOCUS_PAD_PX,
          }}
        />
      )}
      {busy && <div className="compare-busy" data-testid="compare-busy" />}
    </div>
  );
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
