import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from "pdf-lib";
import { escapeXmlText } from "./xmlText";

/*
 * PDF objects as XFDF writes them inside an <appearance> (ISO 19444-1):
 * DICT, STREAM, ARRAY, NAME, INT, FIXED, STRING, BOOL and DATA, each
 * dictionary entry naming its KEY. References are followed, so a form
 * and everything it draws with (fonts, images, their soft masks) become
 * one self-contained tree, which is what a reader rebuilds objects from.
 */

/** Deepest nesting followed; appearances built here stay far below it. */
const MAX_DEPTH = 32;

/**
 * The XML of `object` (references resolved in `context`), with `KEY` set
 * when it is an entry of a dictionary. Stream data goes out as written in
 * the stream (MODE RAW, hex), its /Filter kept, so a reader decodes it as
 * a PDF would. Throws on a reference cycle deeper than MAX_DEPTH.
 */
export function xmlOfPdfObject(
  object: PDFObject,
  context: PDFContext,
  key: string | null = null,
  depth = 0,
): string {
  if (depth > MAX_DEPTH) throw new Error("PDF object nested too deep");
  const keyAttr = key === null ? "" : ` KEY="${escapeXmlText(key)}"`;
  const resolved = object instanceof PDFRef ? context.lookup(object) : object;

  if (resolved instanceof PDFStream) {
    return streamXml(resolved, context, keyAttr, depth);
  }
  if (resolved instanceof PDFDict) {
    return `<DICT${keyAttr}>${entriesXml(resolved, context, depth)}</DICT>`;
  }
  if (resolved instanceof PDFArray) {
    const items = resolved
      .asArray()
      .map((item) => xmlOfPdfObject(item, context, null, depth + 1));
    return `<ARRAY${keyAttr}>${items.join("")}</ARRAY>`;
  }
  return scalarXml(resolved, keyAttr);
}

function scalarXml(object: PDFObject | undefined, keyAttr: string): string {
  if (object instanceof PDFName) {
    return `<NAME${keyAttr} VAL="${escapeXmlText(object.decodeText())}"/>`;
  }
  if (object instanceof PDFNumber) {
    const n = object.asNumber();
    const tag = Number.isInteger(n) ? "INT" : "FIXED";
    return `<${tag}${keyAttr} VAL="${n}"/>`;
  }
  if (object instanceof PDFBool) {
    return `<BOOL${keyAttr} VAL="${object.asBoolean()}"/>`;
  }
  if (object instanceof PDFString || object instanceof PDFHexString) {
    return stringXml(object.asBytes(), keyAttr);
  }
  return `<NULL${keyAttr}/>`;
}

/** Printable ASCII stays readable; any other bytes go out as hex. */
function stringXml(bytes: Uint8Array, keyAttr: string): string {
  const printable = bytes.every((b) => b >= 0x20 && b < 0x7f);
  if (!printable) {
    return `<STRING${keyAttr} ENCODING="HEX" VAL="${hexOf(bytes)}"/>`;
  }
  return `<STRING${keyAttr} VAL="${escapeXmlText(binaryOf(bytes))}"/>`;
}

function entriesXml(dict: PDFDict, context: PDFContext, depth: number) {
  return dict
    .entries()
    .map(([name, value]) =>
      xmlOfPdfObject(value, context, name.decodeText(), depth + 1),
    )
    .join("");
}

function streamXml(
  stream: PDFStream,
  context: PDFContext,
  keyAttr: string,
  depth: number,
): string {
  const data = stream.getContents();

  // Length is what a reader checks the data against: the bytes written.
  const dict = stream.dict.clone(context);
  dict.set(PDFName.of("Length"), PDFNumber.of(data.length));
  return (
    `<STREAM${keyAttr}>${entriesXml(dict, context, depth)}` +
    `<DATA MODE="RAW" ENCODING="HEX">${hexOf(data)}</DATA></STREAM>`
  );
}

/** One character per byte, built in chunks that keep call stacks small. */
export function binaryOf(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  }
  return parts.join("");
}

/** Lowercase hex of some bytes, two digits each. */
export function hexOf(bytes: Uint8Array): string {
  const digits: string[] = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    digits[i] = (bytes[i] ?? 0).toString(16).padStart(2, "0");
  }
  return digits.join("");
}
