import {
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
} from "pdf-lib";
import { UserError } from "../contract/errors";
import { bytesToLatin1 } from "./bytes";
import { drawStamp, printFlag, stampBoxFor } from "./signatureStamp";

/** The signature dictionary's descriptive entries, and the stamp's font. */
export interface SignatureInfo {
  /** The signer's name, as written in /Name and on the stamp. */
  readonly name: string;
  readonly reason: string;
  readonly location?: string;
  /** The claimed signing time, written to /M (PAdES: not in the CMS). */
  readonly signingTime: Date;
  /** Latin font for the visible stamp (see StampText); else Helvetica. */
  readonly stampFont?: Uint8Array;
}

/** A PDF with an empty signature, and where its pieces sit in the bytes. */
export interface PreparedPdf {
  readonly bytes: Uint8Array;
  /** Offset of the `<` of the /Contents hex string. */
  readonly contentsStart: number;
  /** Offset just past the `>` of the /Contents hex string. */
  readonly contentsEnd: number;
  /** Offsets of the /ByteRange array's `[` and just past its `]`. */
  readonly byteRangeStart: number;
  readonly byteRangeEnd: number;
}

/** Width of each /ByteRange number slot; 10 digits fit any PDF < 10 GB. */
const slot = "**********";

/**
 * Adds a signature field with a visible stamp on the last page, whose
 * signature dictionary has a zero-filled /Contents of `contentsBytes`
 * bytes and a /ByteRange of fixed-width placeholders.
 *
 * The file is rewritten (not an incremental update) and without object
 * streams so that the signature dictionary stays in plain bytes. That
 * would break earlier signatures, so an already signed PDF is refused.
 */
export async function preparePdfForSigning(
  pdf: Uint8Array,
  info: SignatureInfo,
  contentsBytes: number,
): Promise<PreparedPdf> {
  if (bytesToLatin1(pdf).includes("/ByteRange")) {
    throw new UserError("signature.error.alreadySigned");
  }
  const doc = await loadPdf(pdf);
  const pages = doc.getPages();
  const page = pages[pages.length - 1];
  if (!page) throw new UserError("signature.error.notPdf");

  const context = doc.context;
  const byteRange = PDFArray.withContext(context);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(slot));

  const signature = context.register(
    context.obj({
      Type: "Sig",
      Filter: "Adobe.PPKLite",
      SubFilter: "ETSI.CAdES.detached",
      ByteRange: byteRange,
      Contents: PDFHexString.of("0".repeat(contentsBytes * 2)),
      M: PDFString.fromDate(info.signingTime),
      Name: PDFHexString.fromText(info.name),
      Reason: PDFHexString.fromText(info.reason),
      ...(info.location
        ? { Location: PDFHexString.fromText(info.location) }
        : {}),
    }),
  );

  const box = stampBoxFor(page.getWidth());
  const appearance = await drawStamp(doc, box, info);
  const fieldCount = doc.getForm().getFields().length;
  const widget = context.register(
    context.obj({
      Type: "Annot",
      Subtype: "Widget",
      FT: "Sig",
      T: PDFHexString.fromText(`Signature${fieldCount + 1}`),
      V: signature,
      F: printFlag,
      P: page.ref,
      Rect: [box.x, box.y, box.x + box.widthPt, box.y + box.heightPt],
      AP: { N: appearance },
    }),
  );
  page.node.addAnnot(widget);

  const acroForm = doc.getForm().acroForm;
  acroForm.dict.set(PDFName.of("SigFlags"), PDFNumber.of(3));
  acroForm.addField(widget);

  const bytes = await doc.save({ useObjectStreams: false });
  return locate(bytes, contentsBytes);
}

async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (cause) {
    throw new UserError("signature.error.notPdf", {}, { cause });
  }
}

function locate(bytes: Uint8Array, contentsBytes: number): PreparedPdf {
  const text = bytesToLatin1(bytes);
  const contentsStart = text.indexOf(`<${"0".repeat(contentsBytes * 2)}>`);
  const slotAt = text.indexOf(`/${slot}`);
  const byteRangeStart = text.lastIndexOf("[", slotAt);
  const byteRangeEnd = text.indexOf("]", slotAt) + 1;
  if (contentsStart < 0 || slotAt < 0) {
    throw new Error("signature placeholder not found after saving");
  }
  return {
    bytes,
    contentsStart,
    contentsEnd: contentsStart + contentsBytes * 2 + 2,
    byteRangeStart,
    byteRangeEnd,
  };
}
