import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import {
  applySimilarity,
  invertSimilarity,
  type Similarity,
} from "../../shared/geo/similarity";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { Size, ViewState } from "../viewer/viewState";
import type { PointPair } from "./alignment";
import { renderPair, takeChannels, type CompareSources } from "./compareRender";
import {
  COMPARE_SETTLE_MS,
  drawBitmap,
  followView,
  paneToSheet,
  sheetToPane,
} from "./paneDrawing";
import { PaneUnderlay } from "./PaneUnderlay";
import { usePanZoom } from "./usePanZoom";
import type { SidePreviews } from "./useSidePreviews";

const log = rendererLogger("compare");

/** Which sheet a pane, or a picked point, belongs to. */
export type Side = "older" | "newer";

/** Points picked so far for an alignment, each in its own sheet's frame. */
export type PickedPoints = readonly Partial<PointPair>[];

/**
 * Side by side: the older sheet on the left, the newer on the right, both
 * following one view, so a pan or a zoom in one pane moves the other. A
 * click on a pane reports a point of that pane's sheet (in its own
 * points), which is how the reviewer picks alignment pairs. Each pane
 * keeps its whole sheet, blurred, under the sharp pixels (`previews`),
 * so a pan never uncovers an empty strip.
 */
export function SidePanes(props: {
  sources: CompareSources;
  transform: Similarity;
  view: ViewState;
  pane: Size;
  setView: (update: (view: ViewState) => ViewState) => void;
  previews: SidePreviews | null;
  picked: PickedPoints;
  onPick: ((side: Side, point: { x: number; y: number }) => void) | null;
  onError: (cause: unknown) => void;
}) {
  const { sources, transform, view, pane, onError } = props;
  const olderCanvas = useRef<HTMLCanvasElement>(null);
  const newerCanvas = useRef<HTMLCanvasElement>(null);
  const rendered = useRef<ViewState | null>(null);
  const channels = useMemo(takeChannels, []);
  const [busy, setBusy] = useState(false);
  // Views shown sharp so far, for tests, as the overlay counts them.
  const [shownCount, setShownCount] = useState(0);
  // Drawn sharp once a drag ends, as the overlay is (OverlayPane.tsx).
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const canvases = [olderCanvas.current, newerCanvas.current];
    followView(canvases, rendered.current, view);
    if (dragging) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      setBusy(true);
      const ratio = window.devicePixelRatio || 1;
      renderPair(sources, channels, view, pane, ratio, transform).then(
        (pair) => {
          if (pair === null) return;
          if (!live) {
            pair.older.close();
            pair.newer.close();
            return;
          }
          drawBitmap(canvases[0] ?? null, pair.older, pane);
          drawBitmap(canvases[1] ?? null, pair.newer, pane, pair.newerMatrix);
          rendered.current = view;
          setBusy(false);
          setShownCount((n) => n + 1);
        },
        (cause: unknown) => {
          log.warn("side-by-side render failed", describeCause(cause));
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
  }, [sources, channels, transform, view, pane, dragging, onError]);

  return (
    <>
      <Pane
        side="older"
        canvas={olderCanvas}
        {...props}
        shownCount={shownCount}
        onDrag={setDragging}
        toSheet={(at) => paneToSheet(view, at)}
        toPane={(p) => sheetToPane(view, p)}
      />
      <Pane
        side="newer"
        canvas={newerCanvas}
        {...props}
        shownCount={shownCount}
        onDrag={setDragging}
        toSheet={(at) =>
          applySimilarity(invertSimilarity(transform), paneToSheet(view, at))
        }
        toPane={(p) => sheetToPane(view, applySimilarity(transform, p))}
      />
      {busy && <div className="compare-busy" data-testid="compare-busy" />}
    </>
  );
}

type Xy = { x: number; y: number };

function Pane(props: {
  side: Side;
  canvas: RefObject<HTMLCanvasElement | null>;
  view: ViewState;
  previews: SidePreviews | null;
  shownCount: number;
  onDrag: (dragging: boolean) => void;
  setView: (update: (view: ViewState) => ViewState) => void;
  picked: PickedPoints;
  onPick: ((side: Side, point: Xy) => void) | null;
  toSheet: (at: Xy) => Xy;
  toPane: (p: Xy) => Xy;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { side, onPick, toSheet } = props;
  usePanZoom(
    ref,
    props.setView,
    (at) => onPick?.(side, toSheet(at)),
    props.onDrag,
  );

  return (
    <div
      ref={ref}
      className={`compare-pane compare-pane-${side}${onPick ? " picking" : ""}`}
      data-testid={`compare-pane-${side}`}
      data-shown-count={props.shownCount}
    >
      <PaneUnderlay
        picture={props.previews?.[side] ?? null}
        view={props.view}
      />
      <canvas ref={props.canvas} className="compare-canvas" />
      {props.picked.map((pair, index) => {
        const point = pair[side];
        if (point === undefined) return null;
        const at = props.toPane(point);
        return (
          <span
            key={index}
            className="compare-pick"
            style={{ left: at.x, top: at.y }}
          >
            {index + 1}
          </span>
        );
      })}
    </div>
  );
}
