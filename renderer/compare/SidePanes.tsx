import { useMemo, useRef, useState, type RefObject } from "react";
import {
  applySimilarity,
  invertSimilarity,
  type Similarity,
} from "../../shared/geo/similarity";
import type { Size, ViewState } from "../viewer/viewState";
import type { PointPair } from "./alignment";
import {
  renderPair,
  takeChannels,
  type CompareSources,
  type RenderedPair,
} from "./compareRender";
import { drawBitmap, paneToSheet, sheetToPane } from "./paneDrawing";
import { useT } from "../i18n/useT";
import { PaneUnderlay } from "./PaneUnderlay";
import { usePanZoom } from "./usePanZoom";
import { useSettledRender, type SharpDrawing } from "./useSettledRender";
import type { SidePreviews } from "./useSidePreviews";

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
  const { transform, view } = props;
  // Drawn sharp once a drag ends, as the overlay is (OverlayPane.tsx).
  const [dragging, setDragging] = useState(false);
  const drawn = useSideDrawing(props, dragging);

  return (
    <>
      <Pane
        side="older"
        canvas={drawn.older}
        {...props}
        shownCount={drawn.shownCount}
        onDrag={setDragging}
        toSheet={(at) => paneToSheet(view, at)}
        toPane={(p) => sheetToPane(view, p)}
      />
      <Pane
        side="newer"
        canvas={drawn.newer}
        {...props}
        shownCount={drawn.shownCount}
        onDrag={setDragging}
        toSheet={(at) =>
          applySimilarity(invertSimilarity(transform), paneToSheet(view, at))
        }
        toPane={(p) => sheetToPane(view, applySimilarity(transform, p))}
      />
      {drawn.busy && (
        <div className="compare-busy" data-testid="compare-busy" />
      )}
    </>
  );
}

/**
 * The two panes' sharp pixels: once the view settles, both sheets are
 * rendered for it, the newer placed by the alignment.
 */
function useSideDrawing(
  props: {
    sources: CompareSources;
    transform: Similarity;
    view: ViewState;
    pane: Size;
    onError: (cause: unknown) => void;
  },
  dragging: boolean,
) {
  const older = useRef<HTMLCanvasElement>(null);
  const newer = useRef<HTMLCanvasElement>(null);
  const channels = useMemo(takeChannels, []);
  const { sources, transform, pane } = props;

  const drawing = useMemo<SharpDrawing<RenderedPair>>(
    () => ({
      targets: () => [older.current, newer.current],
      draw: (at) =>
        renderPair(
          sources,
          channels,
          at,
          pane,
          window.devicePixelRatio || 1,
          transform,
        ),
      show: (pair) => {
        drawBitmap(older.current, pair.older, pane);
        drawBitmap(newer.current, pair.newer, pane, pair.newerMatrix);
      },
      discard: (pair) => {
        pair.older.close();
        pair.newer.close();
      },
      failure: "side-by-side render failed",
    }),
    [sources, channels, transform, pane],
  );
  const state = useSettledRender(drawing, props.view, dragging, props.onError);
  return { ...state, older, newer };
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
  const t = useT();
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
      {/* Sheets read left to right in every language; the label says
          which is which where the pickers above run right to left. */}
      <span
        className="compare-pane-label"
        dir="auto"
        data-testid="compare-pane-label"
      >
        {t(side === "older" ? "compare.older" : "compare.newer")}
      </span>
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
