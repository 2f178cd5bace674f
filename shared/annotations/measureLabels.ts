import type { Markup } from "../domain/entities";
import type { SheetXy } from "../measure/calibrate";
import { interiorPoint } from "../measure/interiorPoint";
import { isMeasureKind, measurementValue } from "../measure/measurementValue";
import { formatMeasurement } from "../measure/precision";
import { fmt, rgbOf, type LinePainter } from "./appearanceOps";
import { latinWidth } from "./winAnsi";
import type { PagePoint } from "./xfdfGeometry";

/*
 * A measurement's value written beside its shape, as the sheet viewer
 * writes it (renderer/measure/MeasureLabels.tsx): centred a little above
 * a spot on the shape, in the measurement's colour, and an area's
 * cut-outs dashed. The viewer's 13-pixel label at 100 % is this size on
 * paper.
 */

/** The label's size on paper: the viewer's 13 CSS pixels at 100 %. */
const LABEL_SIZE_PT = 9.75;

/** How far above its spot the label's baseline sits (6 CSS pixels). */
const LABEL_RISE_PT = 4.5;

/**
 * Where a measurement's value is written: a spot on the shape; for an
 * area, on its surface outside the cut-outs (`holes`).
 */
export function labelAnchor(
  kind: Markup["kind"],
  points: readonly SheetXy[],
  holes: readonly (readonly SheetXy[])[] = [],
): SheetXy | null {
  const first = points[0];
  if (first === undefined) return null;
  if (kind === "measure_angle") return points[1] ?? first;
  if (kind === "measure_area") return interiorPoint(points, holes) ?? first;
  if (kind === "measure_count") return points[points.length - 1] ?? first;
  const a = points[Math.floor((points.length - 1) / 2)] ?? first;
  const b = points[Math.floor((points.length - 1) / 2) + 1] ?? a;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** A value label: its words and the middle of its baseline. */
export interface MeasureLabel {
  readonly text: string;
  readonly at: PagePoint;
}

/**
 * The label the viewer writes for a measurement or a calibration, or
 * null for other markups and measurements without a calibration.
 */
export function measureLabelOf(markup: Markup): MeasureLabel | null {
  const calibration = markup.measurement?.calibration;
  if (calibration === undefined) return null;
  if (markup.kind === "measure_calibration") {
    const [a, b] = markup.points;
    if (!a || !b || markup.comment === "") return null;
    const at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 + LABEL_RISE_PT };
    return { text: markup.comment, at };
  }
  if (!isMeasureKind(markup.kind)) return null;
  const value = measurementValue(
    { kind: markup.kind, points: markup.points, strokes: markup.strokes },
    calibration,
  );
  const anchor = labelAnchor(markup.kind, markup.points, markup.strokes);
  if (value === null || anchor === null) return null;
  return {
    text: formatMeasurement(value, calibration),
    at: { x: anchor.x, y: anchor.y + LABEL_RISE_PT },
  };
}

/** The corners a label covers, so an annotation's /Rect holds it. */
export function labelOutline(markup: Markup): PagePoint[] {
  const label = measureLabelOf(markup);
  if (label === null) return [];
  const half = latinWidth(label.text, LABEL_SIZE_PT) / 2;
  const { x, y } = label.at;
  return [
    { x: x - half, y: y + LABEL_SIZE_PT },
    { x: x + half, y: y - LABEL_SIZE_PT * 0.3 },
  ];
}

/** The label's drawing, and an area's cut-outs dashed; "" for none. */
export function measureLabelOps(
  markup: Markup,
  paintLine: LinePainter,
): string {
  const label = measureLabelOf(markup);
  const cutOuts = markup.kind === "measure_area" ? cutOutOps(markup) : "";
  if (label === null) return cutOuts;
  const half = latinWidth(label.text, LABEL_SIZE_PT) / 2;
  const line = paintLine(
    label.text,
    label.at.x - half,
    label.at.x + half,
    label.at.y,
    LABEL_SIZE_PT,
    "centre",
  );
  return `${cutOuts}BT ${rgbOf(markup.color)} rg ${line} ET`;
}

function cutOutOps(markup: Markup): string {
  const rings = markup.strokes.filter((ring) => ring.length >= 3);
  if (rings.length === 0) return "";
  const paths = rings.map((ring) => {
    const [first, ...rest] = ring;
    const moves = rest.map((p) => `${fmt(p.x)} ${fmt(p.y)} l`).join(" ");
    return `${fmt(first?.x ?? 0)} ${fmt(first?.y ?? 0)} m ${moves} h`;
  });
  return `q ${rgbOf(markup.color)} RG 1.1 w [3 2.25] 0 d ${paths.join(" ")} S Q `;
}
