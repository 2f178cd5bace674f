import type { Translate } from "../i18n/useT";
import { ZOOM_STEP } from "../viewer/viewState";
import type { ShownRevisions } from "./OverlayPane";

/** The two ways of comparing. */
export type CompareMode = "overlay" | "side";

const MODES: readonly CompareMode[] = ["overlay", "side"];
const SHOWN: readonly ShownRevisions[] = ["both", "older", "newer"];

/** Overlay or side by side. */
export function ModeSwitch(props: {
  t: Translate;
  mode: CompareMode;
  onMode: (mode: CompareMode) => void;
}) {
  return (
    <span className="compare-modes" role="radiogroup">
      {MODES.map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name="compare-mode"
            data-testid={`compare-mode-${mode}`}
            checked={props.mode === mode}
            onChange={() => props.onMode(mode)}
          />
          {props.t(`compare.mode.${mode}`)}
        </label>
      ))}
    </span>
  );
}

/**
 * The overlay's blend, from the older revision's changes alone to the
 * newer's, and the choice to show one revision's changes alone.
 */
export function BlendControls(props: {
  t: Translate;
  blend: number;
  shown: ShownRevisions;
  onBlend: (blend: number) => void;
  onShown: (shown: ShownRevisions) => void;
}) {
  const { t } = props;
  return (
    <div className="compare-blend">
      <label>
        {t("compare.blend")}
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={props.blend}
          data-testid="compare-blend"
          onChange={(e) => props.onBlend(Number(e.target.value))}
        />
      </label>
      <span role="radiogroup">
        {SHOWN.map((shown) => (
          <label key={shown}>
            <input
              type="radio"
              name="compare-shown"
              data-testid={`compare-shown-${shown}`}
              checked={props.shown === shown}
              onChange={() => props.onShown(shown)}
            />
            {t(`compare.show.${shown}`)}
          </label>
        ))}
      </span>
    </div>
  );
}

/** Zoom out, zoom in and fit, on the one view both panes share. */
export function ZoomButtons(props: {
  t: Translate;
  onZoom: (factor: number) => void;
  onFit: () => void;
}) {
  const { t, onZoom } = props;
  return (
    <span className="compare-zoom">
      <button
        type="button"
        data-testid="compare-zoom-out"
        onClick={() => onZoom(1 / ZOOM_STEP)}
      >
        {t("viewer.zoomOut")}
      </button>
      <button
        type="button"
        data-testid="compare-zoom-in"
        onClick={() => onZoom(ZOOM_STEP)}
      >
        {t("viewer.zoomIn")}
      </button>
      <button type="button" data-testid="compare-fit" onClick={props.onFit}>
        {t("viewer.fitPage")}
      </button>
    </span>
  );
}
