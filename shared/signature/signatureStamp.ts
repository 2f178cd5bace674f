import fontkit from "@pdf-lib/fontkit";
import {
  StandardFonts,
  beginText,
  endText,
  moveText,
  rectangle,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setFillingGrayscaleColor,
  showText,
  stroke,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFRef,
} from "pdf-lib";

/** What the visible stamp says, and in which font. */
export interface StampText {
  readonly name: string;
  readonly signingTime: Date;
  /**
   * A Latin font (TrueType, OpenType or WOFF bytes) embedded for the
   * stamp. Without it the stamp uses the standard Helvetica, which every
   * reader has but does not embed.
   */
  readonly stampFont?: Uint8Array;
}

/** Size and place of the stamp, in PDF points from the page's lower left. */
export interface StampBox {
  readonly x: number;
  readonly y: number;
  readonly widthPt: number;
  readonly heightPt: number;
}

const fontSizePt = 8;
const marginPt = 28;

/**
 * Where the stamp goes on a page of the given size: the lower left corner,
 * inside the margin that printed opinions keep free for it.
 */
export function stampBoxFor(pageWidthPt: number): StampBox {
  const widthPt = Math.min(230, pageWidthPt - 2 * marginPt);
  return { x: marginPt, y: marginPt / 2, widthPt, heightPt: 30 };
}

/**
 * Draws the visible signature stamp as a form XObject, in `stampFont` or
 * Helvetica. Characters the font cannot encode (an Arabic name, since
 * pdf-lib neither joins nor reorders Arabic) are dropped from the stamp
 * only: the name is also on the printed sheet and in the certificate.
 */
export async function drawStamp(
  doc: PDFDocument,
  box: StampBox,
  text: StampText,
): Promise<PDFRef> {
  const font = await stampFontOf(doc, text.stampFont);
  const lines = [
    "Signé électroniquement (PAdES)",
    encodable(font, text.name),
    formatUtc(text.signingTime),
  ].filter((line) => line.length > 0);

  const operators: PDFOperator[] = [
    setLineWidth(0.5),
    setStrokingGrayscaleColor(0.3),
    rectangle(0.5, 0.5, box.widthPt - 1, box.heightPt - 1),
    stroke(),
    setFillingGrayscaleColor(0),
    beginText(),
    setFontAndSize("F1", fontSizePt),
    moveText(4, box.heightPt - fontSizePt - 1),
    ...lines.flatMap((line, i) => [
      ...(i > 0 ? [moveText(0, -fontSizePt - 1)] : []),
      showText(font.encodeText(line)),
    ]),
    endText(),
  ];
  const stream = doc.context.formXObject(operators, {
    BBox: [0, 0, box.widthPt, box.heightPt],
    Resources: { Font: { F1: font.ref } },
  });
  return doc.context.register(stream);
}

async function stampFontOf(
  doc: PDFDocument,
  bytes: Uint8Array | undefined,
): Promise<PDFFont> {
  if (bytes) {
    try {
      doc.registerFontkit(fontkit);
      return await doc.embedFont(bytes, { subset: true });
    } catch {
      // The stamp is cosmetic: an unreadable font must not stop a member
      // from signing, so it falls back to the standard font.
    }
  }
  return doc.embedFont(StandardFonts.Helvetica);
}

function encodable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  const kept = [...text].filter((c) => supported.has(c.codePointAt(0) ?? 0));
  return kept.join("").trim();
}

function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Annotation flag "Print": the stamp appears on paper too. */
export const printFlag = 4;
