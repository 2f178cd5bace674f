import type { Calibration } from "../domain/entities";
import { paperMetresPerUnit, type SheetXy } from "./calibrate";

/**
 * A PDF object reduced to plain values: dictionaries become objects keyed
 * by name without the slash, references are resolved by whoever reads the
 * file, strings and names become text.
 */
export type PlainPdfValue =
  | number
  | string
  | boolean
  | null
  | readonly PlainPdfValue[]
  | { readonly [key: string]: PlainPdfValue };

/**
 * One viewport of a page's /VP array that carries a rectilinear measure
 * dictionary (/Measure /Subtype /RL): inside `bbox` (user space), a unit
 * of user space stands for `metresPerUnitX` metres along x and
 * `metresPerUnitY` along y. Null metres: the dictionary's unit is not one
 * we can convert (AutoCAD writes a blank unit), so only `unitsPerUnitX`
 * in the drawing's own unit `unit` is known.
 */
export interface ViewportScale {
  readonly name: string;
  readonly bbox: readonly [number, number, number, number];
  readonly unit: string;
  readonly unitsPerUnitX: number;
  readonly unitsPerUnitY: number;
  readonly metresPerUnitX: number | null;
  readonly metresPerUnitY: number | null;
  /** The dictionary's own scale text (/R), e.g. `1 in = 4 ft`. */
  readonly ratio: string;
}

/** Metres per unit of the unit names PDF producers write in /U. */
const unitMetres: Readonly<Record<string, number>> = {
  m: 1,
  mm: 0.001,
  cm: 0.01,
  dm: 0.1,
  km: 1000,
  in: 0.0254,
  '"': 0.0254,
  ft: 0.3048,
  "'": 0.3048,
  yd: 0.9144,
  mi: 1609.344,
};

type PlainDict = { readonly [key: string]: PlainPdfValue };

function isDict(value: PlainPdfValue | undefined): value is PlainDict {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: PlainPdfValue | undefined): readonly PlainPdfValue[] {
  return Array.isArray(value) ? (value as readonly PlainPdfValue[]) : [];
}

// The first number format of an /X or /Y array: its /C converts user
// space units to its /U units (ISO 32000-1, 12.9 Measurement properties).
function firstFormat(
  value: PlainPdfValue | undefined,
): { factor: number; unit: string } | null {
  const format = asArray(value)[0];
  if (!isDict(format)) return null;
  const factor = format["C"];
  if (typeof factor !== "number" || !(factor > 0)) return null;
  const unit = typeof format["U"] === "string" ? format["U"].trim() : "";
  return { factor, unit };
}

function bboxOf(
  value: PlainPdfValue | undefined,
): [number, number, number, number] | null {
  const numbers = asArray(value).filter(
    (n): n is number => typeof n === "number" && Number.isFinite(n),
  );
  const [x0, y0, x1, y1] = numbers;
  if (numbers.length !== 4 || x1 === undefined || y1 === undefined) {
    return null;
  }
  return [
    Math.min(x0!, x1),
    Math.min(y0!, y1),
    Math.max(x0!, x1),
    Math.max(y0!, y1),
  ];
}

/** Reads one viewport dictionary; null when it has no usable RL measure. */
function viewportScale(viewport: PlainPdfValue): ViewportScale | null {
  if (!isDict(viewport)) return null;
  const measure = viewport["Measure"];
  const bbox = bboxOf(viewport["BBox"]);
  if (!isDict(measure) || bbox === null) return null;
  if (measure["Subtype"] !== undefined && measure["Subtype"] !== "RL") {
    return null;
  }
  const x = firstFormat(measure["X"]);
  if (x === null) return null;
  const y = firstFormat(measure["Y"]) ?? x;

  const toMetres = (f: { factor: number; unit: string }) => {
    const metres = unitMetres[f.unit.toLowerCase()];
    return metres === undefined ? null : f.factor * metres;
  };
  return {
    name: typeof viewport["Name"] === "string" ? viewport["Name"] : "",
    bbox,
    unit: x.unit,
    unitsPerUnitX: x.factor,
    unitsPerUnitY: y.factor,
    metresPerUnitX: toMetres(x),
    metresPerUnitY: toMetres(y),
    ratio: typeof measure["R"] === "string" ? measure["R"].trim() : "",
  };
}

/**
 * The measurable viewports of a page's /VP array, in the array's order.
 * Malformed entries are skipped: a sheet's own scale is a convenience,
 * never a reason to refuse the sheet.
 */
export function viewportScales(vp: PlainPdfValue | undefined): ViewportScale[] {
  return asArray(vp)
    .map(viewportScale)
    .filter((v): v is ViewportScale => v !== null);
}

/**
 * The viewport that decides the scale at `point`: the PDF reference says
 * to search the array from its end, so a detail viewport listed after a
 * whole-sheet one wins where they overlap.
 */
export function viewportAt(
  scales: readonly ViewportScale[],
  point: SheetXy,
): ViewportScale | null {
  for (let i = scales.length - 1; i >= 0; i--) {
    const scale = scales[i]!;
    const [x0, y0, x1, y1] = scale.bbox;
    const inside =
      point.x >= x0 && point.x <= x1 && point.y >= y0 && point.y <= y1;
    if (inside) return scale;
  }
  return null;
}

/**
 * The calibration a viewport gives, or null when its unit is unknown.
 * `userUnit` only sets the implied paper scale: the dictionary's factors
 * already work in the page's user space units.
 */
export function calibrationFromViewport(
  scale: ViewportScale,
  userUnit = 1,
): Calibration | null {
  const { metresPerUnitX: x, metresPerUnitY: y } = scale;
  if (x === null || y === null) return null;
  return {
    source: "document",
    metresPerUnitX: x,
    metresPerUnitY: y,
    scaleDenominator: Math.sqrt(x * y) / paperMetresPerUnit(userUnit),
  };
}
