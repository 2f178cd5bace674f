import { useCallback, useEffect, useMemo, useState } from "react";
import { UserError } from "../../shared/contract/errors";
import type { DossierPanelProps } from "../dossier/panelProps";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT, type Translate } from "../i18n/useT";
import { AlignmentControls } from "./AlignmentControls";
import {
  automaticAlignment,
  IDENTITY_ALIGNMENT,
  type Alignment,
} from "./alignment";
import { CompareBar } from "./CompareBar";
import { CompareLegend } from "./CompareLegend";
import { loadCompareChoice, type CompareChoice } from "./compareMemory";
import { CompareStage } from "./CompareStage";
import { BlendControls } from "./CompareToolbar";
import {
  comparableDocuments,
  defaultPair,
  pairKey,
  sameSheet,
  type SheetPair,
} from "./defaultPair";
import type { DiffCounts } from "./inkDiff";
import { useAlignmentPicking } from "./useAlignmentPicking";
import { useCompareChoice } from "./useCompareChoice";
import { useCompareSources, type SourcesState } from "./useCompareSources";
import { useDiffEngine } from "./useDiffEngine";
import { useDifferenceWalk } from "./useDifferenceWalk";
import { useOnNewPair } from "./useOnNewPair";
import { useRememberedView } from "./useRememberedView";
import { useSheetOverview } from "./useSheetOverview";
import { useSidePreviews } from "./useSidePreviews";
import { useStagePane } from "./useStagePane";
import "./compare.css";

/**
 * The Compare tab: two revisions of a sheet side by side or overlaid,
 * aligned, with what was added and removed coloured. It opens on the
 * comparison the reviewer last left in this dossier (compareMemory.ts).
 */
export function ComparePanel(props: DossierPanelProps) {
  const t = useT();
  const dossierId = props.detail.dossier.id;
  const documents = useMemo(
    () => comparableDocuments(props.detail.documents),
    [props.detail.documents],
  );
  // Read once, on entering the tab: later the panel's state leads.
  const [remembered] = useState(() => loadCompareChoice(dossierId, documents));
  const initial = useMemo(
    () => remembered?.pair ?? defaultPair(documents),
    [remembered, documents],
  );
  const [pair, setPair] = useState<SheetPair | null>(initial);
  useEffect(() => setPair((p) => p ?? initial), [initial]);

  if (pair === null) {
    return (
      <section className="compare-panel" data-testid="compare-panel">
        <p className="muted">{t("compare.needTwo")}</p>
      </section>
    );
  }
  return (
    <PairComparison
      {...props}
      documents={documents}
      pair={pair}
      onPair={setPair}
      remembered={remembered}
    />
  );
}

/**
 * One pair compared: the bar, the controls of the mode shown, and the
 * stage with its pane or panes, all on one view of the older sheet.
 */
function PairComparison(
  props: DossierPanelProps & {
    documents: ReturnType<typeof comparableDocuments>;
    pair: SheetPair;
    onPair: (pair: SheetPair) => void;
    remembered: CompareChoice | null;
  },
) {
  const t = useT();
  const { pair, documents } = props;
  const dossierId = props.detail.dossier.id;
  const state = useCompareSources(props.client, documents, pair);
  const ready = state.phase === "ready" ? state : null;
  const olderSize = ready?.olderSize ?? null;
  const diff = useDiffEngine();
  const choice = useCompareChoice(dossierId, pair, props.remembered);
  const { mode, manual } = choice;
  const [error, setError] = useState<unknown>(null);
  const [viewCounts, setViewCounts] = useState<DiffCounts | null>(null);
  const picking = useAlignmentPicking(choice.setManual, setError);

  const alignment = useMemo(() => alignmentOf(manual, ready), [manual, ready]);
  const transform = alignment.transform;
  const { stageRef, pane } = useStagePane(mode);
  const key = pairKey(pair);
  const { view, setView, actions } = useRememberedView(
    dossierId,
    key,
    olderSize,
    pane,
  );
  const sources = ready?.sources ?? null;
  const overview = useSheetOverview(sources, diff, olderSize, transform);
  const walk = useDifferenceWalk(overview, actions.focus);
  const previews = useSidePreviews(
    mode === "side" ? sources : null,
    olderSize,
    transform,
  );
  // What belonged to the last pair goes with it.
  useOnNewPair(key, () => {
    picking.setPicking(null);
    setError(null);
    walk.setFocused(null);
    setViewCounts(null);
  });

  const onRenderError = useCallback(
    (cause: unknown) =>
      setError(new UserError("compare.error.render", {}, { cause })),
    [],
  );
  const startPicking = () => {
    choice.setMode("side");
    picking.setPicking([]);
    setError(null);
  };

  return (
    <section className="compare-panel" data-testid="compare-panel">
      <CompareBar
        t={t}
        documents={documents}
        pair={pair}
        onPair={props.onPair}
        mode={mode}
        onMode={choice.setMode}
        onZoom={actions.zoomBy}
        onFit={actions.fit}
      />
      {mode === "overlay" && (
        <BlendControls
          t={t}
          blend={choice.blend}
          shown={choice.shown}
          onBlend={choice.setBlend}
          onShown={choice.setShown}
        />
      )}
      <AlignmentControls
        t={t}
        alignment={alignment}
        picking={picking.picking}
        onStart={startPicking}
        onCancel={() => picking.setPicking(null)}
        onReset={() => choice.setManual(null)}
      />
      {mode === "overlay" && (
        <CompareLegend
          t={t}
          overview={overview}
          viewCounts={viewCounts}
          focused={walk.focused}
          onNext={walk.next}
        />
      )}
      <CompareNotes
        t={t}
        sameSheet={sameSheet(pair)}
        error={error}
        onDismiss={() => setError(null)}
        openError={state.phase === "failed" ? state.error : null}
      />
      <CompareStage
        t={t}
        stageRef={stageRef}
        mode={mode}
        state={state}
        diff={diff}
        view={view}
        pane={pane}
        setView={setView}
        transform={transform}
        overlay={{
          overview,
          blend: choice.blend,
          shown: choice.shown,
          focus: walk.focusBox,
          onCounts: setViewCounts,
        }}
        side={{
          previews,
          picked: picking.picking ?? [],
          onPick: picking.picking === null ? null : picking.onPick,
        }}
        onError={onRenderError}
      />
    </section>
  );
}

/**
 * What the reviewer is told above the stage: that both sides show one
 * sheet, why a comparison failed, why the sheets could not be opened.
 */
function CompareNotes(props: {
  t: Translate;
  sameSheet: boolean;
  error: unknown;
  onDismiss: () => void;
  openError: unknown;
}) {
  const { t, error, openError } = props;
  return (
    <>
      {props.sameSheet && <p className="hint">{t("compare.sameSheet")}</p>}
      {error !== null && (
        <ErrorMessage
          error={error}
          context="compare"
          onDismiss={props.onDismiss}
        />
      )}
      {openError !== null && (
        <ErrorMessage error={openError} context="compare.open" />
      )}
    </>
  );
}

/**
 * The alignment picked by hand, else the automatic one once both sheets
 * are open (the identity until then).
 */
function alignmentOf(
  manual: Alignment | null,
  ready: Extract<SourcesState, { phase: "ready" }> | null,
): Alignment {
  if (manual !== null) return manual;
  return ready === null
    ? IDENTITY_ALIGNMENT
    : automaticAlignment(ready.olderSize, ready.newerSize);
}
