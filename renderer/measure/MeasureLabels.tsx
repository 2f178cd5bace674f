import type { Markup } from "../../shared/domain/entities";
import {
  viewportPixel,
  type ViewportPixel,
} from "../../shared/geo/coordinates";
import { isMeasureKind } from "../../shared/measure/measurementValue";
import { useLanguage } from "../i18n/useT";
import type { SheetViewport } from "../viewer/sheetCoordinates";
import { placeLabels, type LabelRequest } from "./labelPlacement";
import { labelAnchor, ringsPath, svgPoints, toPixels } from "./measureGeometry";
import { markupMeasureText } from "./measureText";

/**
 * The values of the sheet's saved measurements, written on the sheet
 * beside their shapes (the shapes themselves are drawn with the other
 * markups), placed so they do not cover one another (labelPlacement.ts).
 * Each value is computed from the markup's points and the calibration it
 * carries, so it reads the same on every workstation.
 */
export function MeasureLabels(props: {
  viewport: SheetViewport;
  markups: readonly Markup[];
}) {
  const { language } = useLanguage();
  const { viewport } = props;
  const shown = props.markups.filter(
    (m) => !m.deleted && m.measurement !== undefined,
  );
  const requests = shown.flatMap((m) => {
    const text = markupMeasureText(m, language) ?? m.comment;
    const request = labelRequest(viewport, m, text);
    return request === null ? [] : [request];
  });
  const placed = new Map(placeLabels(requests).map((l) => [l.id, l]));
  // The labels' layer is laid out left to right like the sheet; each
  // value reads in the language's own direction, so an Arabic area keeps
  // its number beside its unit.
  const textDirection = {
    direction: language === "ar" ? "rtl" : "ltr",
    unicodeBidi: "embed",
  } as const;

  return (
    <svg className="measure-labels" width="100%" height="100%">
      {shown.map((m) => {
        const label = placed.get(m.id);
        if (label === undefined) return null;
        const calibration = m.kind === "measure_calibration";
        return (
          <g
            key={m.id}
            data-testid={calibration ? undefined : "measure-label"}
            data-markup-id={m.id}
          >
            {!calibration && <MeasureMarks viewport={viewport} markup={m} />}
            <text
              x={label.centre.x}
              y={label.centre.y}
              dominantBaseline="central"
              className="measure-text"
              style={textDirection}
              data-testid={calibration ? "calibration-label" : undefined}
            >
              {label.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Ranks: an area's value keeps the centre; lengths move aside. */
const RANKS: Partial<Record<Markup["kind"], number>> = {
  measure_area: 0,
  measure_angle: 1,
  measure_count: 1,
  measure_length: 2,
  measure_polyline: 2,
  measure_calibration: 3,
};

/** Where a markup's value wants to be written, on screen. */
function labelRequest(
  viewport: SheetViewport,
  markup: Markup,
  text: string,
): LabelRequest | null {
  const calibration = markup.kind === "measure_calibration";
  // A scale picked from the list has one point and no line to label.
  if (calibration && markup.points.length < 2) return null;
  if (!calibration && !isMeasureKind(markup.kind)) return null;
  const anchor = calibration
    ? labelAnchor("measure_length", markup.points)
    : labelAnchor(markup.kind, markup.points, markup.strokes);
  const [at] = anchor === null ? [] : toPixels(viewport, [anchor]);
  if (at === undefined) return null;
  return {
    id: markup.id,
    text,
    at,
    along: segmentDirection(viewport, markup),
    rank: RANKS[markup.kind] ?? 2,
  };
}

/** The on-screen direction of the segment a length's value sits on. */
function segmentDirection(
  viewport: SheetViewport,
  markup: Markup,
): ViewportPixel | null {
  const lineLike = [
    "measure_length",
    "measure_polyline",
    "measure_calibration",
  ];
  if (!lineLike.includes(markup.kind) || markup.points.length < 2) return null;
  const middle = Math.floor((markup.points.length - 1) / 2);
  const ends = markup.points.slice(middle, middle + 2);
  const [a, b] = toPixels(viewport, ends);
  if (a === undefined || b === undefined) return null;
  return viewportPixel(b.x - a.x, b.y - a.y);
}

/**
 * A count's circles, and an area's surface tinted with its cut-outs left
 * clear and dashed (the outline itself is drawn as a markup).
 */
function MeasureMarks(props: { viewport: SheetViewport; markup: Markup }) {
  const { markup, viewport } = props;
  const counted =
    markup.kind === "measure_count" ? toPixels(viewport, markup.points) : [];
  const area = markup.kind === "measure_area";
  const cutOuts = area
    ? markup.strokes.map((ring) => toPixels(viewport, ring))
    : [];
  return (
    <>
      {area && (
        <path
          d={ringsPath([toPixels(viewport, markup.points), ...cutOuts])}
          fillRule="evenodd"
          className="measure-surface"
          data-testid="measure-surface"
        />
      )}
      {cutOuts.map((ring, i) => (
        <polygon key={i} points={svgPoints(ring)} className="measure-cut-out" />
      ))}
      {counted.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={5} className="measure-count" />
      ))}
    </>
  );
}
