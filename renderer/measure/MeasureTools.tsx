import { useEffect, useRef, useState } from "react";
import type {
  Calibration,
  DossierDocument,
  Markup,
} from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import {
  calibrationFromScale,
  calibrationFromTwoPoints,
  displayedScale,
  type SheetXy,
} from "../../shared/measure/calibrate";
import {
  addPoint,
  closeRing,
  isComplete,
  newDraft,
  pointsToFinish,
  type MeasureDraft,
  type MeasureTool,
} from "../../shared/measure/measureDraft";
import {
  isMeasureKind,
  measurementValue,
  MEASURE_KINDS,
} from "../../shared/measure/measurementValue";
import { calibrationAt } from "../../shared/measure/sheetCalibration";
import type { LajnaClient } from "../client/LajnaClient";
import { ErrorMessage } from "../errors/ErrorMessage";
import { isTypingTarget } from "../markup/keyTargets";
import { useLanguage, useT } from "../i18n/useT";
import type { PDFPageProxy } from "../viewer/pdfjs";
import type { SheetViewport } from "../viewer/sheetCoordinates";
import { AreaButtons } from "./AreaButtons";
import { CalibrationStatus, KnownLengthForm } from "./CalibrationControls";
import { MeasureLabels } from "./MeasureLabels";
import { MeasureOverlay } from "./MeasureOverlay";
import { ScaleSelect } from "./ScaleSelect";
import { calibrationMarkup, measurementMarkup } from "./measureDrafts";
import { measurementText } from "./measureText";
import { usePanelSide } from "./panelSide";
import { useMeasureSheet } from "./useMeasureSheet";
import "./measure.css";

const TOOLS: readonly MeasureTool[] = [...MEASURE_KINDS, "calibrate"];

/**
 * The measuring tools of one sheet, in a small panel in the stage's
 * corner: calibration (a standard scale, two points at a known distance,
 * or the PDF's own scale), length, path, area with cut-outs, angle and
 * count, snapped to the drawing. Measurements and calibrations are saved
 * as markups, so they sync like the others; their values are written on
 * the sheet. The measuring tool in hand is the viewer's (`tool`): it is
 * one of the viewer's tools, so picking another puts it down.
 */
export function MeasureTools(props: {
  client: LajnaClient;
  document: DossierDocument;
  sheetIndex: number;
  page: PDFPageProxy | null;
  viewport: SheetViewport | null;
  /** The markups of this sheet. */
  markups: readonly Markup[];
  onSaved: (markup: Markup) => void;
  /** The measuring tool in hand, or null when the viewer's tool is. */
  tool: MeasureTool | null;
  onTool: (tool: MeasureTool | null) => void;
  /** Whether the viewer is on screen, so its keys are this panel's. */
  isActive: () => boolean;
}) {
  const t = useT();
  const { language } = useLanguage();
  const { document: doc, sheetIndex, viewport, onTool } = props;
  const [open, setOpen] = useState(false);
  const [side, moveSide] = usePanelSide();
  const [draft, setDraft] = useState<MeasureDraft | null>(null);
  // A tool picked or put down starts from no points (set while rendering,
  // so no frame shows the old tool's shape).
  const [draftTool, setDraftTool] = useState(props.tool);
  if (draftTool !== props.tool) {
    setDraftTool(props.tool);
    setDraft(props.tool === null ? null : newDraft(props.tool));
  }
  const [twoPoints, setTwoPoints] = useState<readonly SheetXy[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const sheet = useMeasureSheet(
    props.client,
    doc.id,
    sheetIndex,
    props.page,
    open,
  );

  // Another sheet drops the shape begun on this one; the tool stays.
  useEffect(
    () => setDraft((d) => (d === null ? null : newDraft(d.tool))),
    [doc.id, sheetIndex],
  );

  const calibrationFor = (point: SheetXy | null) =>
    calibrationAt({
      markups: props.markups,
      documentId: doc.id,
      sheetIndex,
      viewportScales: sheet.viewportScales,
      userUnit: sheet.userUnit,
      point,
    })?.calibration ?? null;

  const save = async (
    build: () => ReturnType<typeof calibrationMarkup> | null,
  ) => {
    try {
      const payload = build();
      if (payload === null) return;
      props.onSaved(await props.client.request("markups.save", payload));
      setError(null);
    } catch (cause) {
      setError(cause);
    }
  };

  const finish = (done: MeasureDraft) => {
    setDraft(newDraft(done.tool));
    if (done.tool === "calibrate") {
      setTwoPoints(done.points.slice(0, 2));
      return;
    }
    const calibration = calibrationFor(done.points[0] ?? null);
    if (calibration === null) {
      setError(new UserError("measure.error.noCalibration"));
      return;
    }
    void save(() =>
      measurementMarkup({ document: doc, sheetIndex }, done, calibration),
    );
  };

  const onPick = (point: SheetXy) => {
    if (draft === null) return;
    const last = draft.points[draft.points.length - 1];
    // The second click of a double-click lands on the same spot.
    if (last && last.x === point.x && last.y === point.y) return;
    const next = addPoint(draft, point);
    const needed = pointsToFinish(next.tool);
    if (needed !== null && next.points.length >= needed) finish(next);
    else setDraft(next);
  };

  const onDoubleClick = () => {
    if (draft === null) return;
    if (draft.tool === "measure_area") setDraft(closeRing(draft));
    else if (isComplete(draft)) finish(draft);
  };

  useMeasureKeys(draft, props.isActive, {
    finish: () => draft && isComplete(draft) && finish(draft),
    cancel: () => {
      if (draft === null) return;
      // Escape drops the shape so far, then puts the tool down.
      const begun = draft.points.length > 0 || draft.rings.length > 0;
      if (begun) setDraft(newDraft(draft.tool));
      else onTool(null);
    },
  });

  const liveLabel = (points: readonly SheetXy[]): string | null => {
    if (draft === null || !isMeasureKind(draft.tool)) return null;
    const calibration = calibrationFor(points[0] ?? null);
    if (calibration === null) return null;
    const value = measurementValue(
      { kind: draft.tool, points, strokes: draft.rings.slice(1) },
      calibration,
    );
    return value === null
      ? null
      : measurementText(value, calibration, language);
  };

  const setScale = (denominator: number) =>
    save(() => {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = props.page?.view ?? [];
      const centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
      return calibrationMarkup(
        { document: doc, sheetIndex },
        [centre],
        calibrationFromScale(denominator, sheet.userUnit),
      );
    });

  const applyKnownLength = (lengthM: number) => {
    const [a, b] = twoPoints ?? [];
    setTwoPoints(null);
    if (a === undefined || b === undefined) return;
    void save(() =>
      calibrationMarkup(
        { document: doc, sheetIndex },
        [a, b],
        calibrationFromTwoPoints(a, b, lengthM, sheet.userUnit),
      ),
    );
  };

  // The scale the status line names: a reviewer's, else the PDF's at the
  // sheet's centre.
  const [vx0 = 0, vy0 = 0, vx1 = 0, vy1 = 0] = props.page?.view ?? [];
  const current: Calibration | null = calibrationFor({
    x: (vx0 + vx1) / 2,
    y: (vy0 + vy1) / 2,
  });
  return (
    <>
      {viewport && (
        <MeasureLabels viewport={viewport} markups={props.markups} />
      )}
      {viewport && draft && (
        <MeasureOverlay
          viewport={viewport}
          grid={sheet.grid}
          draft={draft}
          liveLabel={liveLabel}
          onPick={onPick}
          onDoubleClick={onDoubleClick}
        />
      )}
      <div
        className={`measure-panel at-${side}`}
        data-testid="measure-panel"
        data-side={side}
        onPointerDown={(e) => e.stopPropagation()}
      >
        <div className="row">
          <button
            type="button"
            data-testid="measure-panel-move"
            title={t("measure.panel.move")}
            aria-label={t("measure.panel.move")}
            onClick={moveSide}
          >
            ⇄
          </button>
          <button
            type="button"
            data-testid="measure-toggle"
            aria-expanded={open}
            className={open ? "active" : ""}
            onClick={() => {
              setOpen(!open);
              onTool(null);
            }}
          >
            {t("measure.tools")}
          </button>
          {open &&
            TOOLS.map((tool) => (
              <button
                key={tool}
                type="button"
                data-testid={`measure-tool-${tool}`}
                aria-pressed={draft?.tool === tool}
                className={draft?.tool === tool ? "active" : ""}
                disabled={viewport === null}
                onClick={() => onTool(draft?.tool === tool ? null : tool)}
              >
                {t(`measure.tool.${tool}`)}
              </button>
            ))}
        </div>
        {open && (
          <>
            <div className="row">
              <ScaleSelect
                current={current}
                onPick={(denominator) => void setScale(denominator)}
              />
              {draft?.tool === "measure_area" && (
                <AreaButtons
                  draft={draft}
                  onCutOut={() => setDraft(closeRing(draft))}
                  onFinish={() => finish(draft)}
                />
              )}
            </div>
            <CalibrationStatus
              calibration={current}
              scaleText={current ? String(displayedScale(current)) : ""}
              hasUnitlessScale={sheet.viewportScales.some(
                (s) => s.metresPerUnitX === null,
              )}
              hint={draft ? t(`measure.hint.${draft.tool}`) : null}
            />
            {twoPoints && (
              <KnownLengthForm
                onApply={applyKnownLength}
                onCancel={() => setTwoPoints(null)}
              />
            )}
            {error !== null && (
              <ErrorMessage
                error={error}
                context="measure"
                onDismiss={() => setError(null)}
              />
            )}
          </>
        )}
      </div>
    </>
  );
}

/**
 * While a measuring tool is in hand, Enter finishes a path, area or count
 * and Escape drops the shape so far (or, with none, puts the tool down).
 * They are caught before the viewer's own keys, which leave a key once it
 * is taken (its default prevented); keys typed in a field stay the
 * field's, so Enter applies a known length.
 */
function useMeasureKeys(
  draft: MeasureDraft | null,
  isActive: () => boolean,
  actions: { finish: () => void; cancel: () => void },
): void {
  const latest = useRef({ isActive, actions });
  latest.current = { isActive, actions };
  const inHand = draft !== null;

  useEffect(() => {
    if (!inHand) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (!latest.current.isActive()) return;
      if (event.key === "Enter") latest.current.actions.finish();
      else if (event.key === "Escape") latest.current.actions.cancel();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [inHand]);
}
