import type { PDFDocument, PDFRef } from "pdf-lib";
import type { MarkupAppearance } from "./appearanceOps";

/*
 * A markup's appearance as a form XObject, the one object both exports
 * hand to other readers: the annotated PDF sets it as the annotation's
 * /AP /N, and XFDF writes it out as XML. Building both from here keeps
 * what Acrobat, pdf.js, MuPDF and poppler draw the same in either file.
 */

/** Resources of appearances, by resource name. */
export type ResourceRefs = Readonly<Record<string, PDFRef>>;

/** The fonts and images an appearance draws with. */
export interface AppearanceResources {
  readonly fonts: ResourceRefs;
  readonly images: ResourceRefs;
}

/** Registers the standard Helvetica (WinAnsi) that Latin text uses. */
export function helveticaFont(doc: PDFDocument): PDFRef {
  return doc.context.register(
    doc.context.obj({
      Type: "Font",
      Subtype: "Type1",
      BaseFont: "Helvetica",
      Encoding: "WinAnsiEncoding",
    }),
  );
}

/** An ExtGState giving the appearance its opacity and blend mode. */
export function graphicsState(
  doc: PDFDocument,
  appearance: MarkupAppearance,
): PDFRef {
  return doc.context.register(
    doc.context.obj({
      Type: "ExtGState",
      CA: appearance.opacity,
      ca: appearance.opacity,
      BM: appearance.multiply ? "Multiply" : "Normal",
    }),
  );
}

/**
 * The form drawing `appearance` (operators in page space) with `bbox`
 * (left, bottom, right, top, page points) as its box, so a reader maps
 * it onto an annotation /Rect equal to `bbox` without scaling.
 */
export function appearanceForm(
  doc: PDFDocument,
  appearance: MarkupAppearance,
  { fonts, images }: AppearanceResources,
  bbox: readonly number[],
): PDFRef {
  const { context } = doc;
  const gs = graphicsState(doc, appearance);
  return context.register(
    context.stream(`q /LajnaGS gs ${appearance.ops} Q`, {
      Type: "XObject",
      Subtype: "Form",
      BBox: [...bbox],
      Resources: {
        Font: fonts,
        ExtGState: { LajnaGS: gs },
        ...(Object.keys(images).length > 0 ? { XObject: images } : {}),
      },
    }),
  );
}
