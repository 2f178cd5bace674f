import {
  calibrationSchema,
  type Calibration,
  type Markup,
  type MarkupKind,
  type Measurement,
} from "../domain/entities";
import { UserError } from "../contract/errors";
import { MEASURE_KINDS } from "../measure/measurementValue";
import type { XfdfAnnotation } from "./exchangeTypes";
import { pointsOf, xfdfPoints, type PagePoint } from "./xfdfGeometry";

/*
 * Measurements in XFDF. The shape goes where other readers look for it
 * (an area's outline as a polygon's vertices, a length as a line), with
 * the PDF intents Acrobat gives dimensions. What XFDF has no place for,
 * the kind, an area's cut-outs, a count's points and the calibration the
 * value was computed with, goes into Lajna-named attributes that other
 * readers skip and our import reads back, so the value reads the same.
 */

/** Attributes of a measurement that the import turns back into fields. */
export const MEASURE_KEYS = [
  "lajna-cutouts",
  "lajna-points",
  "lajna-calibration",
];

/** Measurements and the calibration line: the kinds written here. */
export const MEASURE_KIND_NAMES: ReadonlySet<MarkupKind> = new Set<MarkupKind>([
  ...MEASURE_KINDS,
  "measure_calibration",
]);

/** Acrobat's intents for the dimension kinds it knows. */
const INTENT_OF: Partial<Record<MarkupKind, string>> = {
  measure_length: "LineDimension",
  measure_polyline: "PolyLineDimension",
  measure_area: "PolygonDimension",
};

/** The most cut-outs an area keeps, as the markup schema's strokes. */
const MAX_CUT_OUTS = 1000;

/** Kinds whose points are the XFDF vertices of a polygon or polyline. */
export const VERTEX_MEASURES = new Set<MarkupKind>([
  "measure_polyline",
  "measure_area",
  "measure_angle",
]);

/** Rings of an area's cut-outs, "x,y;x,y|x,y;...". */
function ringsText(rings: readonly (readonly PagePoint[])[]): string {
  return rings.map(xfdfPoints).join("|");
}

function calibrationText(c: Calibration): string {
  const numbers = [c.metresPerUnitX, c.metresPerUnitY, c.scaleDenominator];
  if (c.knownLengthM !== undefined) numbers.push(c.knownLengthM);
  return [c.source, ...numbers.map(String)].join(",");
}

/** The XFDF attributes of a measurement markup; empty for other kinds. */
export function measureAttributes(markup: Markup): Record<string, string> {
  if (!MEASURE_KIND_NAMES.has(markup.kind)) return {};
  const attrs: Record<string, string> = { "lajna-kind": markup.kind };
  const intent = INTENT_OF[markup.kind];
  if (intent !== undefined) attrs["intent"] = intent;
  if (markup.kind === "measure_area" && markup.strokes.length > 0) {
    attrs["lajna-cutouts"] = ringsText(markup.strokes);
  }
  if (markup.kind === "measure_count" || markup.points.length === 1) {
    // A count's points, or a scale set without picking two points.
    attrs["lajna-points"] = xfdfPoints(markup.points);
  }
  const calibration = markup.measurement?.calibration;
  if (calibration) attrs["lajna-calibration"] = calibrationText(calibration);
  return attrs;
}

/** The measurement kind an annotation we wrote names, checked. */
export function measureKindOf(a: XfdfAnnotation): MarkupKind | null {
  const kind = a.attrs["lajna-kind"] as MarkupKind | undefined;
  if (kind === undefined || !MEASURE_KIND_NAMES.has(kind)) return null;
  const element = VERTEX_MEASURES.has(kind)
    ? ["polygon", "polyline"]
    : kind === "measure_count"
      ? ["square"]
      : ["line"];
  return element.includes(a.element) ? kind : null;
}

/** An area's cut-outs as written by `measureAttributes`; none if absent. */
export function cutOutsOf(a: XfdfAnnotation): PagePoint[][] {
  const text = a.attrs["lajna-cutouts"];
  if (text === undefined || text.trim() === "") return [];
  const rings = text.split("|");
  // A markup holds at most 1000 strokes; a file may not ask for more.
  if (rings.length > MAX_CUT_OUTS) {
    throw new UserError("xfdf.error.tooMany", { max: MAX_CUT_OUTS });
  }
  return rings.map((ring) => pointsOf(ring, a.element));
}

/** A count's (or a one-point calibration's) points, as written. */
export function countPointsOf(a: XfdfAnnotation): PagePoint[] | null {
  const text = a.attrs["lajna-points"];
  return text === undefined ? null : pointsOf(text, a.element);
}

/**
 * The calibration a measurement was written with, or undefined when it
 * is absent or does not parse (the markup then shows no value).
 */
export function measurementOf(a: XfdfAnnotation): Measurement | undefined {
  const parts = (a.attrs["lajna-calibration"] ?? "").split(",");
  const [source, x, y, denominator, known] = parts;
  const parsed = calibrationSchema.safeParse({
    source,
    metresPerUnitX: Number(x),
    metresPerUnitY: Number(y),
    scaleDenominator: Number(denominator),
    ...(known === undefined ? {} : { knownLengthM: Number(known) }),
  });
  return parsed.success ? { calibration: parsed.data } : undefined;
}
