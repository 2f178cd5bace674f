import { UserError } from "../contract/errors";
import type { Markup, MarkupKind } from "../domain/entities";
import {
  exchangeLimits,
  type ExchangedMarkup,
  type XfdfAnnotation,
} from "./exchangeTypes";
import { isoFromPdfDate } from "../pdf/pdfDate";
import { IMPORTED_STATUS, statusOfReviewState } from "./reviewState";
import { cornersOf, numbersOf, pointsOf, type PagePoint } from "./xfdfGeometry";
import { quadRings } from "./quadPoints";
import { calloutPointsOf, innerBoxOf } from "./xfdfCallouts";
import {
  countPointsOf,
  cutOutsOf,
  MEASURE_KEYS,
  measureKindOf,
  measurementOf,
} from "./xfdfMeasures";
import { colourOf, colourOfAppearance, styleOf } from "./xfdfStyle";
import { TURNED_BOX_KEYS, turnedBoxFromXfdf } from "./xfdfTurnedBoxes";
import {
  stampOfAppearance,
  stampPicturesOf,
  type XfdfStampPictures,
} from "./xfdfStampPictures";

/** Attributes turned into markup fields; every other one is kept. */
const CONSUMED = new Set([
  "page",
  "rect",
  "name",
  "title",
  "subject",
  "creationdate",
  "date",
  "color",
  "opacity",
  "width",
  "intensity",
  "rotation",
  "inreplyto",
  "start",
  "end",
  "coords",
  "callout",
  "interior-color",
  ...TURNED_BOX_KEYS,
  ...MEASURE_KEYS,
]);

/** Elements read as a highlight (text markups of one family). */
const TEXT_MARKUPS = new Set([
  "highlight",
  "underline",
  "strikeout",
  "squiggly",
]);

/** Elements that are not review markups (links, form fields...). */
const SKIPPED = new Set(["link", "widget", "popup", "sound", "movie"]);

/** Where a markup set is read into: its document's number of sheets. */
export interface ReadContext {
  readonly pageCount: number;
  /** Used when a file gives no date. */
  readonly nowIso: string;
}

/** The markups of an import, and how many annotations were not markups. */
export interface ExchangedSet {
  readonly markups: ExchangedMarkup[];
  readonly skipped: number;
}

/**
 * Turns annotations into markups: geometry, text, author, dates, style and
 * review state, all checked. A reply's Review state also becomes its
 * parent's status (the latest by date wins), as Acrobat records a status
 * change as a reply. Throws a UserError (`xfdf.error.*`) for the first
 * annotation that cannot be read, so an import is all or nothing.
 */
export function markupsFromXfdf(
  annotations: readonly XfdfAnnotation[],
  context: ReadContext,
): ExchangedSet {
  const markups: ExchangedMarkup[] = [];
  const pictures = stampPicturesOf(annotations);
  let skipped = 0;
  for (const annotation of annotations) {
    const kind = kindOf(annotation);
    if (kind === null) {
      skipped += 1;
      continue;
    }
    markups.push(markupOf(annotation, kind, context, pictures));
  }
  applyReplyStates(markups);
  for (const m of markups) m.foreign[IMPORTED_STATUS] = m.status;
  return { markups, skipped };
}

function kindOf(a: XfdfAnnotation): MarkupKind | null {
  const measure = measureKindOf(a);
  if (measure !== null) return measure;
  const intent = a.attrs["intent"] ?? "";
  switch (a.element) {
    case "polygon":
      return intent === "PolygonCloud" || a.attrs["style"] === "cloudy"
        ? "cloud"
        : "polygon";
    case "polyline":
      return "polyline";
    case "line":
      if (intent === "LineDimension") return "measure_length";
      return isEnding(a.attrs["head"]) || isEnding(a.attrs["tail"])
        ? "arrow"
        : "line";
    case "square":
      return "rectangle";
    case "circle":
      return "ellipse";
    case "freetext":
      return intent === "FreeTextCallout" || a.attrs["callout"] !== undefined
        ? "callout"
        : "text";
    case "stamp":
      return "stamp";
    case "ink":
      return "ink";
    case "text":
      return a.attrs["inreplyto"] === undefined ? "note" : "reply";
  }
  if (TEXT_MARKUPS.has(a.element)) return "highlight";
  if (SKIPPED.has(a.element)) return null;
  return null;
}

function isEnding(ending: string | undefined): boolean {
  return ending !== undefined && ending !== "None";
}

function markupOf(
  a: XfdfAnnotation,
  drawnKind: MarkupKind,
  context: ReadContext,
  pictures: XfdfStampPictures,
): ExchangedMarkup {
  // A turned box we wrote as a polygon comes back as the box it was.
  const box = turnedBoxFromXfdf(a);
  const kind = box?.kind ?? drawnKind;
  const foreign = foreignOf(a, pictures);
  if (box) delete foreign["element"];
  // Export writes a text's and a callout's box anew from its points.
  if (kind === "text" || kind === "callout") delete foreign["fringe"];
  const sheetIndex = pageOf(a, context.pageCount);
  const created = dateOf(a.attrs["creationdate"] ?? a.attrs["date"]);
  const updated = dateOf(a.attrs["date"]) ?? created;
  const { points, strokes } = box
    ? { points: box.points, strokes: [] }
    : geometryOf(a, kind);
  return {
    name: required(a, "name", false) ?? "",
    inReplyToName: a.attrs["inreplyto"] ?? null,
    sheetIndex,
    kind,
    points,
    strokes,
    comment: a.contents.slice(0, 10_000),
    color:
      colourOf(a.attrs["color"]) ??
      colourOfAppearance(a.defaultAppearance) ??
      "#000000",
    style: box
      ? boxStyle(a, kind, box.rotationDeg, pictures)
      : styleOf(a, kind, pictures),
    status:
      statusOfReviewState(a.attrs["statemodel"], a.attrs["state"]) ?? "open",
    subject: (a.attrs["subject"] ?? "").slice(0, 500),
    authorName: a.attrs["title"] ?? "",
    createdAt: created ?? context.nowIso,
    updatedAt: updated ?? context.nowIso,
    foreign,
    ...measurementField(a, kind),
  };
}

/** The calibration a measurement of ours carries, for its value. */
function measurementField(
  a: XfdfAnnotation,
  kind: MarkupKind,
): Pick<ExchangedMarkup, "measurement"> {
  if (!kind.startsWith("measure_")) return {};
  const measurement = measurementOf(a);
  return measurement ? { measurement } : {};
}

/** The zero-based page, refused when absent or beyond the document. */
function pageOf(a: XfdfAnnotation, pageCount: number): number {
  const text = required(a, "page", true) ?? "";
  // Plain digits only: Number() would also read "0x1" or "1e0" as pages.
  const page = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(page) || page < 0 || page >= pageCount) {
    throw new UserError("xfdf.error.badPage", {
      page: Number.isInteger(page) ? page + 1 : text.slice(0, 20),
      pages: pageCount,
    });
  }
  return page;
}

function required(
  a: XfdfAnnotation,
  attribute: string,
  mandatory: boolean,
): string | undefined {
  const value = a.attrs[attribute];
  if (mandatory && (value === undefined || value.trim() === "")) {
    throw new UserError("xfdf.error.missingAttribute", {
      element: a.element,
      attribute,
    });
  }
  return value;
}

function geometryOf(
  a: XfdfAnnotation,
  kind: MarkupKind,
): { points: PagePoint[]; strokes: PagePoint[][] } {
  const rect = () => cornersOf(required(a, "rect", true) ?? "", a.element);
  const pathOf = (text: string | null, what: string) => {
    if (text === null || text.trim() === "") missing(a, what);
    return pointsOf(text ?? "", a.element);
  };

  switch (kind) {
    case "cloud":
    case "polygon":
    case "polyline":
    case "measure_polyline":
    case "measure_angle":
      return { points: pathOf(a.vertices, "vertices"), strokes: [] };
    case "measure_area":
      return { points: pathOf(a.vertices, "vertices"), strokes: cutOutsOf(a) };
    case "measure_count":
      return { points: countPointsOf(a) ?? rect(), strokes: [] };
    case "line":
    case "arrow":
    case "measure_length":
    case "measure_calibration": {
      // A scale set from the menu keeps its one point in lajna-points.
      const only = kind === "measure_calibration" ? countPointsOf(a) : null;
      if (only !== null) return { points: only, strokes: [] };
      const start = pathOf(a.attrs["start"] ?? null, "start");
      const end = pathOf(a.attrs["end"] ?? null, "end");
      return { points: [...start, ...end], strokes: [] };
    }
    case "callout":
      required(a, "rect", true);
      return { points: calloutPointsOf(a), strokes: [] };
    case "text":
      // The viewer writes a text from its anchor, the box's top-left.
      required(a, "rect", true);
      return { points: innerBoxOf(a).slice(0, 1), strokes: [] };
    case "note":
    case "reply":
      // A note's icon hangs from its anchor, the rect's top-left.
      return { points: rect().slice(0, 1), strokes: [] };
    case "ink": {
      if (a.gestures.length === 0) missing(a, "gesture");
      const strokes = a.gestures.map((g) => pathOf(g, "gesture"));
      // The viewer keeps a one-stroke ink's path as its points too.
      const [only] = strokes;
      const points = strokes.length === 1 && only ? only : rect();
      return { points, strokes };
    }
    case "highlight": {
      const coords = a.attrs["coords"];
      return { points: coords ? quadPoints(coords, a) : rect(), strokes: [] };
    }
    default:
      return { points: rect(), strokes: [] };
  }
}

function quadPoints(coords: string, a: XfdfAnnotation): PagePoint[] {
  const numbers = numbersOf(coords, a.element);
  if (numbers.length === 0 || numbers.length % 8 !== 0) {
    throw new UserError("xfdf.error.badCoordinate", { element: a.element });
  }
  // Kept going round, as the viewer draws it; files write either order.
  return quadRings(pointsOf(coords, a.element));
}

function missing(a: XfdfAnnotation, attribute: string): never {
  throw new UserError("xfdf.error.missingAttribute", {
    element: a.element,
    attribute,
  });
}

function dateOf(text: string | undefined): string | null {
  return text === undefined ? null : isoFromPdfDate(text);
}

/** The style of a box we wrote with its upright box and turn apart. */
function boxStyle(
  a: XfdfAnnotation,
  kind: MarkupKind,
  rotationDeg: number,
  pictures: XfdfStampPictures,
) {
  const style = styleOf(a, kind, pictures);
  return rotationDeg === 0 ? style : { ...style, rotationDeg };
}

/**
 * Everything the model does not hold, for a lossless export. A stamp's
 * appearance of ours is left out: export draws it again from the markup.
 */
function foreignOf(
  a: XfdfAnnotation,
  pictures: XfdfStampPictures,
): Record<string, string> {
  const foreign: Record<string, string> = { element: a.element };
  for (const [key, value] of Object.entries(a.attrs)) {
    if (!CONSUMED.has(key)) foreign[key] = value;
  }
  if (a.richText !== null) foreign["contents-richtext"] = a.richText;
  if (
    a.appearance !== null &&
    !stampOfAppearance(a.appearance, pictures).ours
  ) {
    foreign["appearance"] = a.appearance;
  }
  if (a.defaultAppearance !== null) {
    foreign["defaultappearance"] = a.defaultAppearance;
  }
  if (a.defaultStyle !== null) foreign["defaultstyle"] = a.defaultStyle;
  checkKeptSizes(a, foreign);
  return foreign;
}

/**
 * Refuses a value too large for a markup's record with a message that
 * names it, rather than letting the save fail on the record's schema.
 */
function checkKeptSizes(
  a: XfdfAnnotation,
  foreign: Readonly<Record<string, string>>,
): void {
  const max = exchangeLimits.maxKeptChars;
  for (const [field, value] of Object.entries(foreign)) {
    if (value.length <= max && field.length <= 100) continue;
    throw new UserError("xfdf.error.fieldTooLarge", {
      element: a.element,
      field: field.slice(0, 40),
      maxMb: max / 1_000_000,
    });
  }
}

/** A reply's Review state sets its parent's status; the latest wins. */
function applyReplyStates(markups: ExchangedMarkup[]): void {
  const byName = new Map(markups.map((m) => [m.name, m]));
  const latest = new Map<string, string>();
  for (const reply of markups) {
    const parent = reply.inReplyToName && byName.get(reply.inReplyToName);
    const state = statusOfReviewState(
      reply.foreign["statemodel"],
      reply.foreign["state"],
    );
    if (!parent || state === null) continue;
    if ((latest.get(parent.name) ?? "") > reply.updatedAt) continue;
    latest.set(parent.name, reply.updatedAt);
    (parent as { status: Markup["status"] }).status = state;
  }
}
