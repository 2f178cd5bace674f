import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";
import {
  viewportScales,
  type PlainPdfValue,
  type ViewportScale,
} from "../../shared/measure/measureDictionary";

/** How deep a /VP entry may nest; real ones are three levels deep. */
const MAX_DEPTH = 12;

/**
 * The measurable viewports (/VP with /Measure) of each page of a PDF. pdf.js
 * does not expose them, so the file is read once more with pdf-lib, only
 * when a reviewer starts measuring, and only when the bytes mention /VP at
 * all (or hide dictionaries in compressed object streams).
 */
export async function readViewportScales(
  bytes: Uint8Array,
): Promise<ViewportScale[][]> {
  if (!mayHaveViewports(bytes)) return [];
  const pdf = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
  });
  return pdf.getPages().map((page) => {
    const vp = page.node.get(PDFName.of("VP"));
    return viewportScales(plain(pdf, vp, 0));
  });
}

// A cheap look at the raw bytes before a full parse: a page's /VP is
// either in plain text or inside a compressed object stream.
function mayHaveViewports(bytes: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(bytes);
  return text.includes("/VP") || text.includes("/ObjStm");
}

/** A pdf-lib object as plain values, references resolved. */
function plain(
  pdf: PDFDocument,
  value: PDFObject | undefined,
  depth: number,
): PlainPdfValue {
  if (value === undefined || depth > MAX_DEPTH) return null;
  if (value instanceof PDFRef) {
    return plain(pdf, pdf.context.lookup(value), depth + 1);
  }
  if (value instanceof PDFNumber) return value.asNumber();
  if (value instanceof PDFBool) return value.asBoolean();
  if (value instanceof PDFName) return value.decodeText();
  if (value instanceof PDFString || value instanceof PDFHexString) {
    return value.decodeText();
  }
  if (value instanceof PDFArray) {
    return value.asArray().map((item) => plain(pdf, item, depth + 1));
  }
  if (value instanceof PDFDict) {
    const entries = value
      .entries()
      .map(([key, item]) => [key.decodeText(), plain(pdf, item, depth + 1)]);
    return Object.fromEntries(entries) as Record<string, PlainPdfValue>;
  }
  return null;
}
