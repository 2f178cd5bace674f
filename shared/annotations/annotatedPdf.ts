import type { StampLanguage } from "../domain/stamps";
import type { PDFDict } from "pdf-lib";
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFPage,
  type PDFRef,
} from "pdf-lib";
import type { Markup } from "../domain/entities";
import {
  appearanceOf,
  FONT_RESOURCE,
  rgbOf,
  type MarkupAppearance,
} from "./appearanceOps";
import {
  appearanceForm,
  graphicsState,
  helveticaFont,
  type AppearanceResources,
  type ResourceRefs,
} from "./appearanceForm";
import { appearanceText } from "./appearanceText";
import { pdfDateFromIso } from "../pdf/pdfDate";
import { reviewStateOf } from "./reviewState";
import { boundsOf } from "./xfdfGeometry";
import { quadPointsOrder } from "./quadPoints";
import { boxOfMarkup, outlineOf, textSizeOf } from "./markupBoxes";
import { calloutLeader } from "./xfdfCallouts";
import { xfdfElementOf } from "./xfdfWriter";
import {
  embedStampPictures,
  pictureResources,
  withStampPicture,
} from "./stampPictures";
import {
  inDrawingOrder,
  turnedAppearance,
  turnedPoints,
} from "./turnedAppearance";

/** PDF annotation subtype of each XFDF element. */
const SUBTYPE_OF: Readonly<Record<string, string>> = {
  polygon: "Polygon",
  polyline: "PolyLine",
  line: "Line",
  square: "Square",
  circle: "Circle",
  freetext: "FreeText",
  text: "Text",
  stamp: "Stamp",
  ink: "Ink",
  highlight: "Highlight",
  underline: "Underline",
  strikeout: "StrikeOut",
  squiggly: "Squiggly",
};

/** Annotation flags: Print (4); a reply is also Hidden (2), as in Acrobat. */
const FLAG_PRINT = 4;
const FLAG_HIDDEN = 2;

/** Options of an export. */
export interface AnnotatedPdfOptions {
  /**
   * A font with Arabic glyphs (TrueType, OpenType or WOFF bytes), embedded
   * and subset when a markup's text needs it; without it such text shows
   * as "?" in the appearance (its /Contents keeps the full text).
   */
  readonly textFont?: Uint8Array | null;
  /** The language standard stamps' words are drawn in; English if unset. */
  readonly language?: StampLanguage;
}

/**
 * A new PDF: the original's pages with the markups either as real PDF
 * annotations, each with an appearance stream so that viewers which do
 * not draw annotations themselves (pdf.js, MuPDF, poppler) show them as
 * Lajna does, or, when `flatten` is set, drawn into the page content for
 * printing. The original bytes are never changed: pdf-lib writes a whole
 * new file, which is why a signed sheet's signature does not survive in
 * the copy (the copy is for reading and printing, the original stays the
 * record).
 */
export async function annotatedPdf(
  original: Uint8Array,
  markups: readonly Markup[],
  flatten: boolean,
  options: AnnotatedPdfOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(original, {
    ignoreEncryption: false,
    updateMetadata: false,
  });
  const pages = doc.getPages();
  const font = helveticaFont(doc);

  const live = inDrawingOrder(markups.filter((m) => !m.deleted));
  const text = await appearanceText(
    doc,
    live,
    options.textFont ?? null,
    options.language,
  );
  const fonts: ResourceRefs = { [FONT_RESOURCE]: font, ...text.fonts };
  const pictures = await embedStampPictures(doc, live);

  // References first, so a reply can point at its parent's /IRT.
  const refs = new Map(live.map((m) => [m.id, doc.context.nextRef()]));
  live.forEach((markup, index) => {
    const page = pages[markup.sheetIndex];
    if (!page) return;
    const appearance = turnedAppearance(
      markup,
      withStampPicture(
        markup,
        appearanceOf(markup, text.paintLine, text.language),
        pictures,
      ),
    );
    const resources = {
      fonts,
      images: pictureResources(markup, pictures),
    };
    if (flatten) drawIntoPage(doc, page, appearance, resources, index);
    else addAnnotation(doc, page, markup, appearance, resources, refs);
  });
  return doc.save({ useObjectStreams: false });
}

function drawIntoPage(
  doc: PDFDocument,
  page: PDFPage,
  appearance: MarkupAppearance,
  { fonts, images }: AppearanceResources,
  index: number,
): void {
  if (appearance.ops === "") return;
  const gsName = `LajnaGS${index}`;
  for (const [name, ref] of Object.entries(fonts)) {
    page.node.setFontDictionary(PDFName.of(name), ref);
  }
  for (const [name, ref] of Object.entries(images)) {
    page.node.setXObject(PDFName.of(name), ref);
  }
  page.node.setExtGState(PDFName.of(gsName), graphicsState(doc, appearance));

  // The page's own content may leave the graphics state changed, so it is
  // wrapped in q/Q before the markup is drawn after it.
  const drawing = `q /${gsName} gs ${appearance.ops} Q\n`;
  const start = doc.context.register(doc.context.stream("q\n"));
  const end = doc.context.register(doc.context.stream(`Q\n${drawing}`));
  if (page.node.wrapContentStreams(start, end)) return;

  // A page with no content at all has nothing to wrap.
  page.node.addContentStream(doc.context.register(doc.context.stream(drawing)));
}

function addAnnotation(
  doc: PDFDocument,
  page: PDFPage,
  markup: Markup,
  appearance: MarkupAppearance,
  resources: AppearanceResources,
  refs: ReadonlyMap<string, PDFRef>,
): void {
  const { context } = doc;
  const element = xfdfElementOf(markup);
  const rect = rectOf(markup);
  const dict = context.obj({
    Type: "Annot",
    Subtype: SUBTYPE_OF[element] ?? "Square",
    Rect: rect,
    C: rgbOf(markup.color).split(" ").map(Number),
    CA: markup.style.opacity ?? 1,
    F: markup.kind === "reply" ? FLAG_PRINT | FLAG_HIDDEN : FLAG_PRINT,
    BS: { Type: "Border", W: markup.style.strokeWidthPt ?? 2, S: "S" },
    P: page.ref,
  });

  setText(dict, "NM", markup.id);
  setText(dict, "T", markup.authorName);
  setText(dict, "Contents", markup.comment);
  setText(dict, "Subj", markup.subject);
  dict.set(PDFName.of("M"), PDFString.of(pdfDateFromIso(markup.updatedAt)));
  dict.set(
    PDFName.of("CreationDate"),
    PDFString.of(pdfDateFromIso(markup.createdAt)),
  );
  const differences = rectDifferences(markup, rect);
  if (differences) dict.set(PDFName.of("RD"), context.obj(differences));
  subtypeEntries(doc, dict, markup);
  stateEntries(dict, markup, refs);

  if (appearance.ops !== "") {
    const form = appearanceForm(doc, appearance, resources, rect);
    dict.set(PDFName.of("AP"), context.obj({ N: form }));
  }
  const ref = refs.get(markup.id) ?? context.nextRef();
  context.assign(ref, dict);
  page.node.addAnnot(ref);
}

function setText(dict: PDFDict, key: string, text: string): void {
  if (text !== "") dict.set(PDFName.of(key), PDFHexString.fromText(text));
}

function numbers(points: readonly { x: number; y: number }[]): number[] {
  return points.flatMap((p) => [p.x, p.y]);
}

/** The entries that carry each subtype's geometry and look. */
function subtypeEntries(doc: PDFDocument, dict: PDFDict, markup: Markup): void {
  const { context } = doc;
  const set = (key: string, value: unknown) =>
    dict.set(PDFName.of(key), context.obj(value as never));
  const p = markup.points;
  const foreign = markup.foreign ?? {};

  switch (markup.kind) {
    case "cloud":
      set("Vertices", numbers(p));
      set("IT", "PolygonCloud");
      set("BE", { S: "C", I: markup.style.cloudIntensity ?? 1 });
      break;
    case "polygon":
    case "polyline":
    case "measure_polyline":
    case "measure_area":
    case "measure_angle":
      set("Vertices", numbers(p));
      if (markup.kind === "measure_area") set("IT", "PolygonDimension");
      if (markup.kind === "measure_polyline") set("IT", "PolyLineDimension");
      break;
    case "line":
    case "arrow":
    case "measure_length":
    case "measure_calibration":
      // A scale set from the menu has one point: a line of no length.
      set("L", numbers([p[0], p[1] ?? p[0]].filter((q) => q !== undefined)));
      set("LE", [
        foreign["head"] ?? "None",
        foreign["tail"] ?? (markup.kind === "arrow" ? "OpenArrow" : "None"),
      ]);
      if (markup.kind === "measure_length") set("IT", "LineDimension");
      break;
    case "callout":
      set("CL", numbers(calloutLeader(markup)));
      set("IT", "FreeTextCallout");
      break;
    case "ink":
      dict.set(PDFName.of("InkList"), context.obj(markup.strokes.map(numbers)));
      break;
    case "highlight":
      set("QuadPoints", numbers(quadPointsOrder(p)));
      break;
    case "stamp":
      set("Name", markup.style.stampLabel ?? "Draft");
      break;
    case "note":
    case "reply":
      set("Name", foreign["icon"] ?? "Comment");
      break;
    default:
      break;
  }
  if (markup.kind === "text" || markup.kind === "callout") {
    dict.set(
      PDFName.of("DA"),
      PDFString.of(`/Helv ${textSizeOf(markup)} Tf ${rgbOf(markup.color)} rg`),
    );
  }
  if (markup.style.fillColor) {
    set("IC", rgbOf(markup.style.fillColor).split(" ").map(Number));
  }
}

/** In-reply-to and review state, as Acrobat keeps them in a PDF. */
function stateEntries(
  dict: PDFDict,
  markup: Markup,
  refs: ReadonlyMap<string, PDFRef>,
): void {
  const parent =
    markup.inReplyTo === null ? undefined : refs.get(markup.inReplyTo);
  if (parent) dict.set(PDFName.of("IRT"), parent);
  const state = reviewStateOf(markup.status, markup.foreign ?? {});
  if (state) {
    setText(dict, "State", state.state);
    setText(dict, "StateModel", state.statemodel);
  }
}

/**
 * The annotation's /Rect: everything it draws, with room for line width,
 * arrow heads and cloud scallops (the appearance is clipped to it).
 */
function rectOf(markup: Markup): number[] {
  const all = [
    ...turnedPoints(markup, outlineOf(markup)),
    ...markup.strokes.flat(),
  ];
  const margin = (markup.style.strokeWidthPt ?? 2) * 2 + 16;
  return boundsOf(all, margin);
}

/** Kinds whose first four points are their box (see markupFromXfdf). */
const BOXED = new Set<Markup["kind"]>([
  "rectangle",
  "ellipse",
  "text",
  "callout",
  "note",
  "reply",
  "stamp",
  "ink",
  "measure_count",
]);

/**
 * /RD, the differences between /Rect and the markup's own box, so that a reader recovers the box exactly. Defined by
 * ISO 32000 for squares, circles and free text; written for the other
 * boxed kinds too, where viewers ignore it and Lajna reads it back.
 */
function rectDifferences(
  markup: Markup,
  rect: readonly number[],
): number[] | null {
  if (!BOXED.has(markup.kind)) return null;
  const [left, bottom, right, top] = boundsOf(boxOfMarkup(markup));
  const [rl = 0, rb = 0, rr = 0, rt = 0] = rect;
  // Left, bottom, right, top: the order Acrobat writes and every viewer
  // reads, though ISO 32000 words it as left, top, right, bottom.
  return [left - rl, bottom - rb, rr - right, rt - top];
}
