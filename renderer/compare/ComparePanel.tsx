import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { UserError } from "../../shared/contract/errors";
import type { DossierPanelProps } from "../dossier/panelProps";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";
import { useElementSize } from "../viewer/useElementSize";
import { ZOOM_STEP, type Size } from "../viewer/viewState";
import { AlignmentControls } from "./AlignmentControls";
import {
  automaticAlignment,
  IDENTITY_ALIGNMENT,
  type Alignment,
} from "./alignment";
import { addPick } from "./alignmentPicking";
import { CompareLegend } from "./CompareLegend";
import {
  loadCompareChoice,
  saveCompareChoice,
  type CompareChoice,
} from "./compareMemory";
import { BlendControls, ModeSwitch, type CompareMode } from "./CompareToolbar";
import {
  comparableDocuments,
  defaultPair,
  sameSheet,
  type SheetPair,
} from "./defaultPair";
import { useDiffEngine } from "./useDiffEngine";
import type { DiffCounts } from "./inkDiff";
import { OverlayPane, type ShownRevisions } from "./OverlayPane";
import { SheetChoice } from "./SheetChoice";
import { SidePanes, type PickedPoints } from "./SidePanes";
import { useCompareSources } from "./useCompareSources";
import { useCompareView } from "./useCompareView";
import { useSheetOverview } from "./useSheetOverview";
import { useSidePreviews } from "./useSidePreviews";
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

function PairComparison(
  props: DossierPanelProps & {
    documents: ReturnType<typeof comparableDocuments>;
    pair: SheetPair;
    onPair: (pair: SheetPair) => void;
    remembered: CompareChoice | null;
  },
) {
  const t = useT();
  const { pair, documents, remembered } = props;
  const pairKey = `${pair.older.documentId}:${pair.older.sheetIndex}/${pair.newer.documentId}:${pair.newer.sheetIndex}`;
  const state = useCompareSources(props.client, documents, pair);
  const ready = state.phase === "ready" ? state : null;
  const diff = useDiffEngine();

  const [mode, setMode] = useState<CompareMode>(remembered?.mode ?? "overlay");
  const [blend, setBlend] = useState(remembered?.blend ?? 0.5);
  const [shown, setShown] = useState<ShownRevisions>(
    remembered?.shown ?? "both",
  );
  const [manual, setManual] = useState<Alignment | null>(
    remembered?.manual ?? null,
  );
  const [picking, setPicking] = useState<PickedPoints | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [viewCounts, setViewCounts] = useState<DiffCounts | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  // Another pair drops what belonged to the last one; the pair the tab
  // opened on keeps the alignment remembered with it.
  const openedPair = useRef(pairKey);
  useEffect(() => {
    if (openedPair.current === pairKey) return;
    openedPair.current = pairKey;
    setManual(null);
    setPicking(null);
    setError(null);
    setFocused(null);
    setViewCounts(null);
  }, [pairKey]);

  const dossierId = props.detail.dossier.id;
  useEffect(
    () => saveCompareChoice(dossierId, { pair, mode, manual, blend, shown }),
    [dossierId, pair, mode, manual, blend, shown],
  );

  const alignment = useMemo(
    () =>
      manual ??
      (ready === null
        ? IDENTITY_ALIGNMENT
        : automaticAlignment(ready.olderSize, ready.newerSize)),
    [manual, ready],
  );
  const transform = alignment.transform;

  const stageRef = useRef<HTMLDivElement>(null);
  const stage = useElementSize(stageRef);
  const pane = useMemo<Size | null>(
    () =>
      stage === null
        ? null
        : mode === "side"
          ? { width: Math.floor(stage.width / 2), height: stage.height }
          : stage,
    [stage, mode],
  );
  const { view, setView, actions } = useCompareView(
    ready?.olderSize ?? null,
    pane,
    pairKey,
  );
  const overview = useSheetOverview(
    ready?.sources ?? null,
    diff,
    ready?.olderSize ?? null,
    transform,
  );
  useEffect(() => setFocused(null), [overview]);
  const previews = useSidePreviews(
    mode === "side" ? (ready?.sources ?? null) : null,
    ready?.olderSize ?? null,
    transform,
  );

  const onPick = useCallback(
    (side: "older" | "newer", point: { x: number; y: number }) => {
      if (picking === null) return;
      const outcome = addPick(picking, side, point);
      if (outcome.kind === "picking") setPicking(outcome.picked);
      else {
        setPicking(null);
        if (outcome.kind === "aligned") setManual(outcome.alignment);
        else setError(new UserError("compare.align.samePoints"));
      }
    },
    [picking],
  );

  const nextDifference = () => {
    const boxes = overview?.boxesPt ?? [];
    if (boxes.length === 0) return;
    const index = focused === null ? 0 : (focused + 1) % boxes.length;
    setFocused(index);
    const box = boxes[index];
    if (box !== undefined) actions.focus(box);
  };

  const onRenderError = useCallback(
    (cause: unknown) =>
      setError(new UserError("compare.error.render", {}, { cause })),
    [],
  );

  const startPicking = () => {
    setMode("side");
    setPicking([]);
    setError(null);
  };

  return (
    <section className="compare-panel" data-testid="compare-panel">
      <div className="compare-bar">
        <SheetChoice
          t={t}
          side="older"
          documents={documents}
          value={pair.older}
          onChange={(older) => props.onPair({ ...pair, older })}
        />
        <SheetChoice
          t={t}
          side="newer"
          documents={documents}
          value={pair.newer}
          onChange={(newer) => props.onPair({ ...pair, newer })}
        />
        <ModeSwitch t={t} mode={mode} onMode={setMode} />
        <span className="compare-zoom">
          <button
            type="button"
            data-testid="compare-zoom-out"
            onClick={() => actions.zoomBy(1 / ZOOM_STEP)}
          >
            {t("viewer.zoomOut")}
          </button>
          <button
            type="button"
            data-testid="compare-zoom-in"
            onClick={() => actions.zoomBy(ZOOM_STEP)}
          >
            {t("viewer.zoomIn")}
          </button>
          <button type="button" data-testid="compare-fit" onClick={actions.fit}>
            {t("viewer.fitPage")}
          </button>
        </span>
      </div>
      {mode === "overlay" && (
        <BlendControls
          t={t}
          blend={blend}
          shown={shown}
          onBlend={setBlend}
          onShown={setShown}
        />
      )}
      <AlignmentControls
        t={t}
        alignment={alignment}
        picking={picking}
        onStart={startPicking}
        onCancel={() => setPicking(null)}
        onReset={() => setManual(null)}
      />
      {mode === "overlay" && (
        <CompareLegend
          t={t}
          overview={overview}
          viewCounts={viewCounts}
          focused={focused}
          onNext={nextDifference}
        />
      )}
      {sameSheet(pair) && <p className="hint">{t("compare.sameSheet")}</p>}
      {error !== null && (
        <ErrorMessage
          error={error}
          context="compare"
          onDismiss={() => setError(null)}
        />
      )}
      {state.phase === "failed" && (
        <ErrorMessage error={state.error} context="compare.open" />
      )}
      <div
        ref={stageRef}
        className={`compare-stage compare-${mode}`}
        data-testid="compare-stage"
        data-mode={mode}
      >
        {state.phase === "loading" && (
          <div className="stage-note">{t("compare.loading")}</div>
        )}
        {ready && view && pane && diff && mode === "overlay" && (
          <OverlayPane
            sources={ready.sources}
            diff={diff}
            transform={transform}
            view={view}
            pane={pane}
            sheet={ready.olderSize}
            overview={overview}
            setView={setView}
            blend={blend}
            shown={shown}
            focus={
              focused === null ? null : (overview?.boxesPt[focused] ?? null)
            }
            onCounts={setViewCounts}
            onError={onRenderError}
          />
        )}
        {ready && view && pane && mode === "side" && (
          <SidePanes
            sources={ready.sources}
            transform={transform}
            view={view}
            pane={pane}
            setView={setView}
            previews={previews}
            picked={picking ?? []}
            onPick={picking === null ? null : onPick}
            onError={onRenderError}
          />
        )}
      </div>
    </section>
  );
}
