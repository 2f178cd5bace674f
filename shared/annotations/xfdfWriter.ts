import type { Markup, MarkupKind } from "../domain/entities";
import { pdfDateFromIso } from "../pdf/pdfDate";
import { IMPORTED_STATUS, reviewStateOf } from "./reviewState";
import {
  boundsOf,
  xfdfNumber,
  xfdfPoints,
  type PagePoint,
} from "./xfdfGeometry";
import { escapeXmlText, plainTextOfRichText } from "./xmlText";
import { inDrawingOrder } from "./turnedAppearance";
import { quadPointsOrder } from "./quadPoints";
import {
  MEASURE_KIND_NAMES,
  measureAttributes,
  VERTEX_MEASURES,
} from "./xfdfMeasures";
import { boxOfMarkup } from "./markupBoxes";
import { calloutAttributes } from "./xfdfCallouts";
import {
  stampBoxAttributes,
  stampRectOf,
  turnedBoxOf,
  type TurnedBox,
} from "./xfdfTurnedBoxes";

/** The XFDF element of each kind when the markup was drawn here. */
const ELEMENT_OF: Readonly<Record<MarkupKind, string>> = {
  cloud: "polygon",
  polygon: "polygon",
  polyline: "polyline",
  arrow: "line",
  line: "line",
  measure_length: "line",
  measure_polyline: "polyline",
  measure_area: "polygon",
  measure_angle: "polyline",
  measure_count: "square",
  measure_calibration: "line",
  rectangle: "square",
  ellipse: "circle",
  callout: "freetext",
  text: "freetext",
  note: "text",
  reply: "text",
  stamp: "stamp",
  ink: "ink",
  highlight: "highlight",
};

/** The XFDF element a markup is written as. */
export function xfdfElementOf(markup: Markup): string {
  return markup.foreign?.["element"] ?? ELEMENT_OF[markup.kind];
}

/** Foreign entries written as child elements, not attributes. */
const CHILD_KEYS = new Set([
  "element",
  IMPORTED_STATUS,
  "contents-richtext",
  "appearance",
  "defaultappearance",
  "defaultstyle",
]);

/**
 * Writes markups as an XFDF file Acrobat and Bluebeam import: one
 * annotation per markup, `name` the markup's id, `inreplyto` the id it
 * answers, 0-based pages, PDF dates, six-decimal coordinates. Attributes
 * kept from an earlier import (`foreign`) are written back, so a file read
 * from Acrobat comes out as it went in, apart from what was edited here.
 * `pdfFileName` fills the `f` element that names the annotated PDF.
 * `appearances` are stamps' base64 appearances by markup id, from
 * `stampAppearances` (xfdfExport.ts writes a file with them); a stamp
 * with one has the rect of its drawing and its box in Lajna attributes.
 */
export function writeXfdf(
  markups: readonly Markup[],
  pdfFileName: string,
  appearances: ReadonlyMap<string, string> = new Map(),
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">',
    "<annots>",
    ...inDrawingOrder(markups.filter((m) => !m.deleted)).map((m) =>
      annotationXml(m, appearances.get(m.id)),
    ),
    "</annots>",
    `<f href="${escapeXmlText(pdfFileName)}"/>`,
    "</xfdf>",
  ];
  return lines.join("\n") + "\n";
}

function annotationXml(markup: Markup, appearance?: string): string {
  const foreign = markup.foreign ?? {};
  const turnedBox = turnedBoxOf(markup);
  const element = turnedBox ? "polygon" : xfdfElementOf(markup);
  const attrs = attributesOf(markup, foreign, turnedBox);
  if (appearance !== undefined) {
    // The appearance draws the turn; the rect is its drawing's bounds.
    delete attrs["rotation"];
    Object.assign(attrs, stampBoxAttributes(markup));
    attrs["rect"] = stampRectOf(markup).map(xfdfNumber).join(",");
  }
  const attrText = Object.entries(attrs)
    .map(([key, value]) => `${key}="${escapeXmlText(value)}"`)
    .join(" ");
  const children = childrenOf(markup, foreign, turnedBox, appearance);
  return `<${element} ${attrText}>${children}</${element}>`;
}

function attributesOf(
  markup: Markup,
  foreign: Readonly<Record<string, string>>,
  turnedBox: TurnedBox | null,
): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(foreign)) {
    if (!CHILD_KEYS.has(key) && key !== "state" && key !== "statemodel") {
      attrs[key] = value;
    }
  }

  Object.assign(attrs, {
    page: String(markup.sheetIndex),
    rect: rectOf(markup),
    name: markup.id,
    title: markup.authorName,
    subject: markup.subject || subjectOf(markup.kind),
    creationdate: pdfDateFromIso(markup.createdAt),
    date: pdfDateFromIso(markup.updatedAt),
    color: markup.color,
    ...styleAttributes(markup),
    ...geometryAttributes(markup),
    ...measureAttributes(markup),
  });
  if (markup.inReplyTo !== null) attrs["inreplyto"] = markup.inReplyTo;
  const state = reviewStateOf(markup.status, foreign);
  if (state) Object.assign(attrs, state);
  if (turnedBox) {
    // Readers ignore a polygon's rotation; ours is in the Lajna attributes.
    delete attrs["rotation"];
    Object.assign(attrs, turnedBox.attrs);
    attrs["rect"] = boundsOf(turnedBox.vertices, polygonMargin(markup))
      .map(xfdfNumber)
      .join(",");
  }
  return attrs;
}

function styleAttributes(markup: Markup): Record<string, string> {
  const { style } = markup;
  const attrs: Record<string, string> = {};
  if (style.strokeWidthPt !== undefined) {
    attrs["width"] = String(style.strokeWidthPt);
  }
  if (style.opacity !== undefined) attrs["opacity"] = String(style.opacity);
  if (style.rotationDeg !== undefined) {
    attrs["rotation"] = String(style.rotationDeg);
  }
  if (style.fillColor) attrs["interior-color"] = style.fillColor;
  if (markup.kind === "cloud") {
    attrs["style"] = "cloudy";
    attrs["intent"] = "PolygonCloud";
    attrs["intensity"] = String(style.cloudIntensity ?? 1);
  }
  if (markup.kind === "stamp") {
    attrs["icon"] = style.stampLabel ?? "Draft";
  }
  return attrs;
}

function geometryAttributes(markup: Markup): Record<string, string> {
  const { points, kind } = markup;
  // A scale set from the menu has one point: a line of no length.
  const [start, end = start] = points;
  const attrs: Record<string, string> = {};
  if (
    ["line", "arrow", "measure_length", "measure_calibration"].includes(kind) &&
    start &&
    end
  ) {
    attrs["start"] = `${xfdfNumber(start.x)},${xfdfNumber(start.y)}`;
    attrs["end"] = `${xfdfNumber(end.x)},${xfdfNumber(end.y)}`;
    if (kind === "arrow" && !markup.foreign?.["tail"]) {
      attrs["tail"] = "OpenArrow";
    }
    if (kind === "measure_length") attrs["intent"] = "LineDimension";
  }
  if (kind === "callout") {
    attrs["intent"] = "FreeTextCallout";
    Object.assign(attrs, calloutAttributes(markup));
  }
  if (kind === "highlight") {
    attrs["coords"] = quadPointsOrder(points)
      .map((p) => `${xfdfNumber(p.x)},${xfdfNumber(p.y)}`)
      .join(",");
  }
  return attrs;
}

/** Kinds drawn along their points rather than in a box. */
const PATH_KINDS = new Set<MarkupKind>([
  "cloud",
  "polygon",
  "polyline",
  "line",
  "arrow",
  ...MEASURE_KIND_NAMES,
]);

/** Boxed kinds keep their box as the rect; others get their bounds. */
function rectOf(markup: Markup): string {
  const boxed = !PATH_KINDS.has(markup.kind);
  const all: PagePoint[] =
    markup.kind === "ink"
      ? [...markup.points, ...markup.strokes.flat()]
      : boxOfMarkup(markup);
  const margin = boxed ? 0 : polygonMargin(markup);
  return boundsOf(boxed ? all.slice(0, 4) : all, margin)
    .map(xfdfNumber)
    .join(",");
}

/** Room around a path for its line width. */
function polygonMargin(markup: Markup): number {
  return (markup.style.strokeWidthPt ?? 1) / 2 + 1;
}

function childrenOf(
  markup: Markup,
  foreign: Readonly<Record<string, string>>,
  turnedBox: TurnedBox | null,
  ownAppearance: string | undefined,
): string {
  const parts: string[] = [];
  if (foreign["contents-richtext"] !== undefined && keepsRichText(markup)) {
    parts.push(
      `<contents-richtext>${foreign["contents-richtext"]}</contents-richtext>`,
    );
  } else if (markup.comment !== "") {
    parts.push(`<contents>${escapeXmlText(markup.comment)}</contents>`);
  }
  if (foreign["defaultappearance"] !== undefined) {
    parts.push(
      `<defaultappearance>${escapeXmlText(foreign["defaultappearance"])}</defaultappearance>`,
    );
  }
  if (foreign["defaultstyle"] !== undefined) {
    parts.push(
      `<defaultstyle>${escapeXmlText(foreign["defaultstyle"])}</defaultstyle>`,
    );
  }
  if (
    markup.kind === "cloud" ||
    markup.kind === "polygon" ||
    markup.kind === "polyline" ||
    VERTEX_MEASURES.has(markup.kind)
  ) {
    parts.push(`<vertices>${xfdfPoints(markup.points)}</vertices>`);
  }
  if (turnedBox) {
    parts.push(`<vertices>${xfdfPoints(turnedBox.vertices)}</vertices>`);
  }
  if (markup.kind === "ink") {
    const gestures = markup.strokes
      .map((s) => `<gesture>${xfdfPoints(s)}</gesture>`)
      .join("");
    parts.push(`<inklist>${gestures}</inklist>`);
  }
  const appearance = ownAppearance ?? foreign["appearance"];
  if (appearance !== undefined) {
    parts.push(`<appearance>${escapeXmlText(appearance)}</appearance>`);
  }
  return parts.join("");
}

/**
 * Rich text read from a file is written back only while the comment is
 * still its text; a comment edited here is written as plain contents.
 */
function keepsRichText(markup: Markup): boolean {
  const richText = markup.foreign?.["contents-richtext"] ?? "";
  return plainTextOfRichText(richText) === markup.comment;
}

function subjectOf(kind: MarkupKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1).replace("_", " ");
}
