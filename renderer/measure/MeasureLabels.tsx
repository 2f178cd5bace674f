import type { Markup } from "../../shared/domain/entities";
import {
  isMeasureKind,
  measurementValue,
} from "../../shared/measure/measurementValue";
import { useLanguage } from "../i18n/useT";
import type { SheetViewport } from "../viewer/sheetCoordinates";
import { labelAnchor, svgPoints, toPixels } from "./measureGeometry";
import { markupMeasureText, measurementText } from "./measureText";

/**
 * The values of the sheet's saved measurements, written on the sheet
 * beside their shapes (the shapes themselves are drawn with the other
 * markups). Each value is computed from the markup's points and the
 * calibration it carries, so it reads the same on every workstation.
 */
export function MeasureLabels(props: {
  viewport: SheetViewport;
  markups: readonly Markup[];
}) {
  const shown = props.markups.filter(
    (m) => !m.deleted && m.measurement !== undefined,
  );
  return (
    <svg className="measure-labels" width="100%" height="100%">
      {shown.map((m) =>
        m.kind === "measure_calibration" ? (
          <CalibrationLabel key={m.id} viewport={props.viewport} markup={m} />
        ) : (
          <MeasureLabel key={m.id} viewport={props.viewport} markup={m} />
        ),
      )}
    </svg>
  );
}

/** A two-point calibration's known length and scale, on its line. */
function CalibrationLabel(props: { viewport: SheetViewport; markup: Markup }) {
  const { language } = useLanguage();
  const [a, b] = toPixels(props.viewport, props.markup.points);
  if (a === undefined || b === undefined) return null;
  return (
    <text
      x={(a.x + b.x) / 2}
      y={(a.y + b.y) / 2 - 6}
      className="measure-text"
      data-testid="calibration-label"
    >
      {markupMeasureText(props.markup, language) ?? props.markup.comment}
    </text>
  );
}

function MeasureLabel(props: { viewport: SheetViewport; markup: Markup }) {
  const { markup, viewport } = props;
  const { language } = useLanguage();
  const calibration = markup.measurement?.calibration;
  if (calibration === undefined || !isMeasureKind(markup.kind)) return null;
  const value = measurementValue(
    { kind: markup.kind, points: markup.points, strokes: markup.strokes },
    calibration,
  );
  const anchor = labelAnchor(markup.kind, markup.points);
  if (value === null || anchor === null) return null;
  const [at] = toPixels(viewport, [anchor]);
  const counted =
    markup.kind === "measure_count" ? toPixels(viewport, markup.points) : [];

  // The outline is drawn with the other markups; the cut-outs here.
  const cutOuts =
    markup.kind === "measure_area"
      ? markup.strokes.map((ring) => svgPoints(toPixels(viewport, ring)))
      : [];

  return (
    <g data-testid="measure-label" data-markup-id={markup.id}>
      {cutOuts.map((points, i) => (
        <polygon key={i} points={points} className="measure-cut-out" />
      ))}
      {counted.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={5} className="measure-count" />
      ))}
      <text x={at!.x} y={at!.y - 6} className="measure-text">
        {measurementText(value, calibration, language)}
      </text>
    </g>
  );
}
