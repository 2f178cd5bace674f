import { XMLParser, XMLValidator } from "fast-xml-parser";
import { UserError } from "../contract/errors";
import { exchangeLimits, type XfdfAnnotation } from "./exchangeTypes";
import { decodeXmlText, plainTextOfRichText } from "./xmlText";

/** The XFDF elements that hold data, not annotations of their own. */
const DATA_CHILDREN = new Set([
  "contents",
  "contents-richtext",
  "vertices",
  "inklist",
  "appearance",
  "defaultappearance",
  "defaultstyle",
  "popup",
  "#text",
]);

type XmlNode = Record<string, unknown>;

/**
 * Reads the annotations of an XFDF file (ISO 19444-1). Entity processing
 * is off and any DOCTYPE is refused before parsing, so entity expansion
 * ("billion laughs") and external entities cannot happen. Throws a
 * UserError (`xfdf.error.*`) for a file too large or not XFDF.
 */
export function readXfdf(text: string): XfdfAnnotation[] {
  if (text.length > exchangeLimits.maxXfdfChars) {
    throw new UserError("xfdf.error.tooLarge", {
      maxMb: exchangeLimits.maxXfdfChars / 1_000_000,
    });
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new UserError("xfdf.error.doctype");
  }
  const root = parsed(text);
  const xfdf = first(root["xfdf"]);
  if (xfdf === null) throw new UserError("xfdf.error.malformed");

  const annotations: XfdfAnnotation[] = [];
  for (const annots of list(xfdf["annots"])) {
    for (const [element, nodes] of Object.entries(annots)) {
      if (DATA_CHILDREN.has(element) || /^[#@]/.test(element)) continue;
      for (const node of list(nodes))
        annotations.push(annotation(element, node));
    }
  }
  if (annotations.length > exchangeLimits.maxAnnotations) {
    throw new UserError("xfdf.error.tooMany", {
      max: exchangeLimits.maxAnnotations,
    });
  }
  return annotations;
}

/**
 * The parsed tree, or `xfdf.error.malformed`. The parser's own failures
 * (say, a stack overflow on absurd nesting) are refusals too.
 */
function parsed(text: string): XmlNode {
  try {
    if (XMLValidator.validate(text) !== true) {
      throw new UserError("xfdf.error.malformed");
    }
    return parser().parse(text) as XmlNode;
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    throw new UserError("xfdf.error.malformed", {}, { cause });
  }
}

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    attributesGroupName: "@",
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
    // Rich text is XHTML: kept raw for export, flattened for the comment.
    // An appearance is base64, taken whole: read as parsed text, a 30 MB
    // one took the parser seconds and a gigabyte.
    stopNodes: ["*.contents-richtext", "*.appearance"],
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
}

function annotation(element: string, node: XmlNode): XfdfAnnotation {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(asNode(node["@"]))) {
    attrs[key] = decodeXmlText(String(value));
  }

  const richText = textOf(first(node["contents-richtext"]), false);
  const contents = textOf(first(node["contents"]));
  const inklist = first(node["inklist"]);
  return {
    element,
    attrs,
    contents: contents ?? (richText ? plainTextOfRichText(richText) : ""),
    richText,
    vertices: textOf(first(node["vertices"])),
    gestures: inklist
      ? list(inklist["gesture"]).map((g) => textOf(g) ?? "")
      : [],
    appearance: textOf(first(node["appearance"])),
    defaultAppearance: textOf(first(node["defaultappearance"])),
    defaultStyle: textOf(first(node["defaultstyle"])),
  };
}

/** The text content of a parsed node (a string, or an object's text). */
function textOf(node: unknown, decode = true): string | null {
  if (node === null || node === undefined) return null;
  const raw =
    typeof node === "string" ? node : String(asNode(node)["#text"] ?? "");
  return decode ? decodeXmlText(raw) : raw;
}

function list(value: unknown): XmlNode[] {
  if (!Array.isArray(value)) return value === undefined ? [] : [asNode(value)];
  return value.map((v) => (typeof v === "string" ? { "#text": v } : asNode(v)));
}

function first(value: unknown): XmlNode | null {
  return list(value)[0] ?? null;
}

function asNode(value: unknown): XmlNode {
  return typeof value === "object" && value !== null ? (value as XmlNode) : {};
}
