import type { RefObject } from "react";
import type { Similarity } from "../../shared/geo/similarity";
import type { Translate } from "../i18n/useT";
import type { Size, ViewState } from "../viewer/viewState";
import type { ChangeBox } from "./changeRegions";
import type { SheetOverview } from "./compareRender";
import type { CompareMode } from "./CompareToolbar";
import type { DiffEngine } from "./DiffEngine";
import type { DiffCounts } from "./inkDiff";
import { OverlayPane, type ShownRevisions } from "./OverlayPane";
import { SidePanes, type PickedPoints, type Side } from "./SidePanes";
import type { SourcesState } from "./useCompareSources";
import type { SidePreviews } from "./useSidePreviews";

/** What only the overlay needs. */
export interface OverlayStageProps {
  readonly overview: SheetOverview | null;
  readonly blend: number;
  readonly shown: ShownRevisions;
  readonly focus: ChangeBox | null;
  readonly onCounts: (counts: DiffCounts | null) => void;
}

/** What only the side by side panes need. */
export interface SideStageProps {
  readonly previews: SidePreviews | null;
  readonly picked: PickedPoints;
  readonly onPick:
    ((side: Side, point: { x: number; y: number }) => void) | null;
}

/**
 * The stage under the Compare controls: a note while the sheets open,
 * then the overlay's pane or the two side by side panes, once both
 * sheets, the stage's size and the view are known.
 */
export function CompareStage(props: {
  t: Translate;
  stageRef: RefObject<HTMLDivElement | null>;
  mode: CompareMode;
  state: SourcesState;
  diff: DiffEngine | null;
  view: ViewState | null;
  pane: Size | null;
  setView: (update: (view: ViewState) => ViewState) => void;
  transform: Similarity;
  overlay: OverlayStageProps;
  side: SideStageProps;
  onError: (cause: unknown) => void;
}) {
  const { mode, state, diff, view, pane } = props;
  const ready = state.phase === "ready" ? state : null;
  const shared = { transform: props.transform, setView: props.setView };
  return (
    <div
      ref={props.stageRef}
      className={`compare-stage compare-${mode}`}
      data-testid="compare-stage"
      data-mode={mode}
    >
      {state.phase === "loading" && (
        <div className="stage-note">{props.t("compare.loading")}</div>
      )}
      {ready && view && pane && diff && mode === "overlay" && (
        <OverlayPane
          {...shared}
          {...props.overlay}
          sources={ready.sources}
          diff={diff}
          view={view}
          pane={pane}
          sheet={ready.olderSize}
          onError={props.onError}
        />
      )}
      {ready && view && pane && mode === "side" && (
        <SidePanes
          {...shared}
          {...props.side}
          sources={ready.sources}
          view={view}
          pane={pane}
          onError={props.onError}
        />
      )}
    </div>
  );
}
