import type { Markup } from "../../shared/domain/entities";
import {
  isMeasureKind,
  measurementValue,
} from "../../shared/measure/measurementValue";
import { formatMeasurement } from "../../shared/measure/precision";
import type { SheetViewport } from "../viewer/sheetCoordinates";
import { labelAnchor, toPixels } from "./measureGeometry";

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
  const measured = props.markups.filter(
    (m) => !m.deleted && isMeasureKind(m.kind) && m.measurement !== undefined,
  );
  return (
    <svg className="measure-labels" width="100%" height="100%">
      {measured.map((m) => (
        <MeasureLabel key={m.id} viewport={props.viewport} markup={m} />
      ))}
    </svg>
  );
}

function MeasureLabel(props: { viewport: SheetViewport; markup: Markup }) {
  const { markup, viewport } = props;
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

  return (
    <g data-testid="measure-label" data-markup-id={markup.id}>
      {counted.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={5} className="measure-count" />
      ))}
      <text x={at!.x} y={at!.y - 6} className="measure-text">
        {formatMeasurement(value, calibration)}
      </text>
    </g>
  );
}
