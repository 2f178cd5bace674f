import type { DossierDocument } from "../../shared/domain/entities";
import type { Translate } from "../i18n/useT";
import { pickedCount } from "./placementState";
import type { PlacementState } from "./placementState";
import type { SheetImage } from "./sheetImage";
import { checkScale } from "./standardScale";

/** What the placement toolbar shows and the actions it offers. */
export interface PlacementBarProps {
  t: Translate;
  documents: readonly DossierDocument[];
  documentId: string | null;
  sheetIndex: number;
  state: PlacementState<SheetImage>;
  busy: boolean;
  opacity: number;
  zoom: number;
  scaleDenominator: number | null;
  savedNote: string | null;
  onDocument: (documentId: string) => void;
  onSheet: (sheetIndex: number) => void;
  onStart: () => void;
  onCancel: () => void;
  onOpacity: (opacity: number) => void;
  onZoom: (zoom: number) => void;
  onSave: () => void;
}

/**
 * The scale the placement implies, and whether a usual scale is near: the
 * architect compares it with the title block before saving.
 */
function ScaleReading(props: { t: Translate; denominator: number }) {
  const { t, denominator } = props;
  const check = checkScale(denominator);
  const percent = (check.deviation * 100).toFixed(1);
  return (
    <>
      <span
        className="placement-scale"
        data-testid="placement-scale"
        title={t("map.place.scaleHint")}
      >
        {t("map.place.scale", { denominator: Math.round(denominator) })}
      </span>
      <span
        className={check.matches ? "scale-match" : "scale-mismatch"}
        data-testid="placement-scale-check"
      >
        {check.matches
          ? t("map.place.scaleNear", { standard: check.standard, percent })
          : t("map.place.scaleOff", { standard: check.standard })}
      </span>
    </>
  );
}

/** The step the user is at, as a sentence. */
function stepHint(
  t: Translate,
  state: PlacementState<SheetImage>,
): string | null {
  const count = pickedCount(state);
  if (state.step === "sheet") return t("map.place.stepSheet", { count });
  if (state.step === "map") return t("map.place.stepMap", { count });
  return null;
}

/**
 * The toolbar above the map: which sheet to place, the placing steps, the
 * overlay's opacity, the scale the placement implies and saving.
 */
export function PlacementBar(props: PlacementBarProps) {
  const { t, state, documents } = props;
  const current = documents.find((d) => d.id === props.documentId);
  const pages = Array.from({ length: current?.pageCount ?? 0 }, (_, i) => i);
  const picking = state.step === "sheet" || state.step === "map";
  const hint = stepHint(t, state);

  if (documents.length === 0) {
    return <p className="placement-bar">{t("map.place.noDocument")}</p>;
  }

  return (
    <div className="placement-bar">
      <div className="placement-row">
        <label>
          {t("map.place.document")}{" "}
          <select
            data-testid="placement-document"
            value={props.documentId ?? ""}
            disabled={picking || props.busy}
            onChange={(e) => props.onDocument(e.target.value)}
          >
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("map.place.page")}{" "}
          <select
            data-testid="placement-page"
            value={props.sheetIndex}
            disabled={picking || props.busy}
            onChange={(e) => props.onSheet(Number(e.target.value))}
          >
            {pages.map((i) => (
              <option key={i} value={i}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        {picking ? (
          <button type="button" onClick={props.onCancel}>
            {t("map.place.cancel")}
          </button>
        ) : (
          <button
            type="button"
            data-testid="place-sheet"
            disabled={props.busy || !current}
            onClick={props.onStart}
          >
            {state.step === "placed"
              ? t("map.place.restart")
              : t("map.place.start")}
          </button>
        )}
        {picking && (
          <label>
            {t("map.place.zoom")}{" "}
            <input
              type="range"
              min={1}
              max={4}
              step={0.5}
              value={props.zoom}
              onChange={(e) => props.onZoom(Number(e.target.value))}
            />
          </label>
        )}
      </div>

      {props.busy && (
        <p className="placement-hint">{t("map.place.rendering")}</p>
      )}
      {hint && <p className="placement-hint">{hint}</p>}
      {state.problemKey && (
        <p className="placement-problem" role="alert">
          {t(state.problemKey)}
        </p>
      )}

      {state.step === "placed" && (
        <div className="placement-row">
          <label>
            {t("map.place.opacity")}{" "}
            <input
              type="range"
              data-testid="opacity-slider"
              min={0}
              max={1}
              step={0.05}
              value={props.opacity}
              onChange={(e) => props.onOpacity(Number(e.target.value))}
            />
          </label>
          {props.scaleDenominator !== null && (
            <ScaleReading t={t} denominator={props.scaleDenominator} />
          )}
          <button
            type="button"
            data-testid="save-placement"
            disabled={props.busy}
            onClick={props.onSave}
          >
            {t("map.place.save")}
          </button>
          {props.savedNote && (
            <span className="placement-saved">{props.savedNote}</span>
          )}
        </div>
      )}
    </div>
  );
}
