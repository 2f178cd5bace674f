import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
} from "pdf-lib";
import { UserError } from "../contract/errors";
import type { XfdfAnnotation } from "./exchangeTypes";

/**
 * Most review annotations one submitted PDF may hold for them to become
 * markups. A plan set has hundreds at most; hundreds of thousands come from
 * a broken export or an attack, and as markups would bury the reviewers'
 * own remarks and slow every workstation's sync. Over it, none are read.
 */
export const MAX_PDF_ANNOTATIONS = 50_000;

/** XFDF element of each PDF annotation subtype read as a markup. */
const ELEMENT_OF_SUBTYPE: Readonly<Record<string, string>> = {
  Polygon: "polygon",
  PolyLine: "polyline",
  Line: "line",
  Square: "square",
  Circle: "circle",
  FreeText: "freetext",
  Text: "text",
  Stamp: "stamp",
  Ink: "ink",
  Highlight: "highlight",
  Underline: "underline",
  StrikeOut: "strikeout",
  Squiggly: "squiggly",
};

/**
 * The annotations already inside a PDF (a submitted sheet), in the XFDF
 * shape so that one mapping turns both into markups. Popups, links and
 * form fields are not review markups and are left out. Names are the
 * annotations' /NM, or "pdf-<page>-<index>" when a producer wrote none,
 * which stays the same each time the same file is read. Throws
 * `document.error.tooManyAnnotations` over MAX_PDF_ANNOTATIONS.
 */
export async function readPdfAnnotations(
  bytes: Uint8Array,
): Promise<XfdfAnnotation[]> {
  const doc = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
  });

  const found: {
    dict: PDFDict;
    ref: PDFRef | null;
    page: number;
    name: string;
  }[] = [];
  doc.getPages().forEach((page, pageIndex) => {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i += 1) {
      const raw = annots?.get(i);
      const dict = annots?.lookupMaybe(i, PDFDict);
      if (!dict) continue;
      const subtype = dict.lookupMaybe(PDFName.of("Subtype"), PDFName);
      if (!subtype || !ELEMENT_OF_SUBTYPE[subtype.decodeText()]) continue;
      if (drawsNothing(dict, subtype.decodeText())) continue;
      const name = textOf(dict, "NM") ?? `pdf-${pageIndex}-${i}`;
      found.push({
        dict,
        ref: raw instanceof PDFRef ? raw : null,
        page: pageIndex,
        name,
      });
    }
  });

  if (found.length > MAX_PDF_ANNOTATIONS) {
    throw new UserError("document.error.tooManyAnnotations", {
      count: found.length,
      limit: MAX_PDF_ANNOTATIONS,
    });
  }
  const nameOfRef = new Map(
    found.flatMap((f) => (f.ref ? [[f.ref.toString(), f.name] as const] : [])),
  );
  return found.map((f) => annotationOf(f.dict, f.page, f.name, nameOfRef));
}

/** Annotation flags (PDF 32000-1, 12.5.3) that keep it off the screen. */
const HIDDEN_FLAG = 1 << 1;
const NO_VIEW_FLAG = 1 << 5;

/** Kinds whose whole look is their border and fill. */
const SHAPE_SUBTYPES = new Set([
  "Square",
  "Circle",
  "Line",
  "Polygon",
  "PolyLine",
  "Ink",
]);

/**
 * Tells a shape nobody can see: hidden by its flags, or with no border, no
 * fill and no appearance. AutoCAD writes one such square over every SHX
 * text so that viewers can search it; shown as remarks they would bury
 * the reviewers' own. Hidden notes stay: Acrobat keeps replies and review
 * states in hidden text annotations.
 */
function drawsNothing(dict: PDFDict, subtype: string): boolean {
  if (!SHAPE_SUBTYPES.has(subtype)) return false;
  const flags = dict.lookupMaybe(PDFName.of("F"), PDFNumber)?.asNumber() ?? 0;
  if ((flags & (HIDDEN_FLAG | NO_VIEW_FLAG)) !== 0) return true;

  const hasAppearance = dict.has(PDFName.of("AP"));
  const fill = dict.lookupMaybe(PDFName.of("IC"), PDFArray);
  const hasFill = (fill?.size() ?? 0) > 0;
  return !hasAppearance && !hasFill && widthOf(dict) === 0;
}

function annotationOf(
  dict: PDFDict,
  page: number,
  name: string,
  nameOfRef: ReadonlyMap<string, string>,
): XfdfAnnotation {
  const subtype = dict.lookup(PDFName.of("Subtype"), PDFName).decodeText();
  const attrs: Record<string, string> = { page: String(page), name };
  const put = (key: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== "")
      attrs[key] = value;
  };

  put("rect", innerRect(dict)?.join(","));
  put("title", textOf(dict, "T"));
  put("subject", textOf(dict, "Subj"));
  put("creationdate", textOf(dict, "CreationDate"));
  put("date", textOf(dict, "M"));
  put("color", colourOf(numbersOf(dict, "C")));
  put("interior-color", colourOf(numbersOf(dict, "IC")));
  put("opacity", numberOf(dict, "CA")?.toString());
  put("width", widthOf(dict)?.toString());
  put("intent", nameOf(dict, "IT"));
  put("icon", nameOf(dict, "Name"));
  put("state", textOf(dict, "State"));
  put("statemodel", textOf(dict, "StateModel"));
  put("callout", numbersOf(dict, "CL")?.join(","));
  put("coords", numbersOf(dict, "QuadPoints")?.join(","));
  lineEntries(dict, put);
  cloudEntries(dict, put);

  const irt = dict.get(PDFName.of("IRT"));
  if (irt instanceof PDFRef) put("inreplyto", nameOfRef.get(irt.toString()));

  const vertices = numbersOf(dict, "Vertices");
  return {
    element: ELEMENT_OF_SUBTYPE[subtype] ?? "square",
    attrs,
    contents: textOf(dict, "Contents") ?? "",
    richText: null,
    vertices: vertices ? pairs(vertices) : null,
    gestures: inkOf(dict),
    appearance: null,
    defaultAppearance: textOf(dict, "DA"),
    defaultStyle: textOf(dict, "DS"),
  };
}

type Put = (key: string, value: string | null | undefined) => void;

function lineEntries(dict: PDFDict, put: Put): void {
  const line = numbersOf(dict, "L");
  if (line && line.length >= 4) {
    put("start", `${line[0]},${line[1]}`);
    put("end", `${line[2]},${line[3]}`);
  }
  const endings = dict.lookupMaybe(PDFName.of("LE"), PDFArray);
  if (endings) {
    put("head", endings.lookupMaybe(0, PDFName)?.decodeText());
    put("tail", endings.lookupMaybe(1, PDFName)?.decodeText());
  }
}

function cloudEntries(dict: PDFDict, put: Put): void {
  const effect = dict.lookupMaybe(PDFName.of("BE"), PDFDict);
  if (effect?.lookupMaybe(PDFName.of("S"), PDFName)?.decodeText() !== "C") {
    return;
  }
  put("style", "cloudy");
  put("intensity", numberOf(effect, "I")?.toString() ?? "1");
}

/** /Rect less /RD when present: the annotation's own box. */
function innerRect(dict: PDFDict): number[] | null {
  const rect = numbersOf(dict, "Rect");
  const rd = numbersOf(dict, "RD");
  if (!rect || rect.length !== 4) return rect;
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = rect;
  const [left, bottom, right, top] = [
    Math.min(x1, x2),
    Math.min(y1, y2),
    Math.max(x1, x2),
    Math.max(y1, y2),
  ];
  if (!rd || rd.length !== 4) return [left, bottom, right, top];
  // Left, bottom, right, top, as Acrobat writes /RD (see annotatedPdf.ts).
  const [dl = 0, db = 0, dr = 0, dt = 0] = rd;
  return [left + dl, bottom + db, right - dr, top - dt];
}

function widthOf(dict: PDFDict): number | null {
  const border = dict.lookupMaybe(PDFName.of("BS"), PDFDict);
  const width = border ? numberOf(border, "W") : null;
  if (width !== null) return width;
  return numbersOf(dict, "Border")?.[2] ?? null;
}

function inkOf(dict: PDFDict): string[] {
  const list = dict.lookupMaybe(PDFName.of("InkList"), PDFArray);
  const gestures: string[] = [];
  for (let i = 0; i < (list?.size() ?? 0); i += 1) {
    const stroke = list?.lookupMaybe(i, PDFArray);
    if (stroke) gestures.push(pairs(arrayNumbers(stroke)));
  }
  return gestures;
}

function pairs(numbers: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    out.push(`${numbers[i]},${numbers[i + 1]}`);
  }
  return out.join(";");
}

function textOf(dict: PDFDict, key: string): string | null {
  const value = dict.lookup(PDFName.of(key));
  if (value instanceof PDFString || value instanceof PDFHexString) {
    return value.decodeText();
  }
  return value instanceof PDFName ? value.decodeText() : null;
}

function nameOf(dict: PDFDict, key: string): string | null {
  return dict.lookupMaybe(PDFName.of(key), PDFName)?.decodeText() ?? null;
}

function numberOf(dict: PDFDict, key: string): number | null {
  return dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber() ?? null;
}

function numbersOf(dict: PDFDict, key: string): number[] | null {
  const array = dict.lookupMaybe(PDFName.of(key), PDFArray);
  return array ? arrayNumbers(array) : null;
}

function arrayNumbers(array: PDFArray): number[] {
  const numbers: number[] = [];
  for (let i = 0; i < array.size(); i += 1) {
    const n = array.lookupMaybe(i, PDFNumber);
    if (n) numbers.push(n.asNumber());
  }
  return numbers;
}

function colourOf(components: readonly number[] | null): string | null {
  if (!components || components.length !== 3) return null;
  const hex = components
    .map((c) => Math.round(Math.max(0, Math.min(1, c)) * 255))
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("");
  return `#${hex}`;
}
