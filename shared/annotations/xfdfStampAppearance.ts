import type { StampLanguage } from "../domain/stamps";
import {
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFStream,
  PDFString,
  type PDFRef,
} from "pdf-lib";
import type { Markup } from "../domain/entities";
import { appearanceOf, FONT_RESOURCE } from "./appearanceOps";
import { appearanceForm, helveticaFont } from "./appearanceForm";
import { appearanceText } from "./appearanceText";
import { binaryOf, xmlOfPdfObject } from "./pdfObjectXml";
import {
  embedStampPictures,
  pictureResources,
  withStampPicture,
  type StampPictures,
} from "./stampPictures";
import { turnedAppearance } from "./turnedAppearance";
import { stampRectOf } from "./xfdfTurnedBoxes";
import { LAJNA_STAMP_KEY } from "./xfdfStampPictures";

/*
 * Every stamp's XFDF <appearance>: the form the annotated PDF export
 * would set as the stamp's /AP /N (same operators, fonts and pictures,
 * built in a scratch pdf-lib document), written as its XML form (ISO
 * 19444-1) and base64 encoded as Acrobat writes it, so other readers
 * draw the stamp as Lajna shows it instead of a default icon by name.
 * The form also carries a `LajnaStamp` dictionary, which PDF readers
 * ignore: it marks the appearance as ours (our import rebuilds it rather
 * than keeping it) and holds a picture stamp's exact file, once per
 * distinct picture per file; later stamps name it by its SHA-256.
 */

/** Options of an XFDF export's appearances. */
export interface StampAppearanceOptions {
  /** Noto Naskh Arabic (or another font with Arabic), as annotatedPdf. */
  readonly textFont?: Uint8Array | null;
  /** The language standard stamps' words are drawn in; English if unset. */
  readonly language?: StampLanguage;
}

/**
 * The base64 appearance of each stamp among `markups`, by markup id. A
 * stamp that came with another program's appearance (`foreign`) keeps it
 * and gets none here.
 */
export async function stampAppearances(
  markups: readonly Markup[],
  options: StampAppearanceOptions = {},
): Promise<Map<string, string>> {
  const stamps = markups.filter(
    (m) =>
      m.kind === "stamp" &&
      !m.deleted &&
      m.foreign?.["appearance"] === undefined,
  );
  const appearances = new Map<string, string>();
  if (stamps.length === 0) return appearances;

  const doc = await PDFDocument.create({ updateMetadata: false });
  const { forms, pictures } = await stampForms(doc, stamps, options);
  // Subset fonts are written once every text is known.
  await doc.flush();

  const carried = new Set<string>();
  for (const [markup, form] of forms) {
    markPrivate(doc, form, markup, pictures.has.bind(pictures), carried);
    const normal = xmlOfPdfObject(form, doc.context, "N");
    const xml = `<DICT KEY="AP">${normal}</DICT>`;
    appearances.set(markup.id, base64OfText(xml));
  }
  return appearances;
}

/** Each stamp's form, drawn as the annotated PDF draws it, and its pictures. */
async function stampForms(
  doc: PDFDocument,
  stamps: readonly Markup[],
  options: StampAppearanceOptions,
): Promise<{ forms: [Markup, PDFRef][]; pictures: StampPictures }> {
  const text = await appearanceText(
    doc,
    stamps,
    options.textFont ?? null,
    options.language,
  );
  const fonts = { [FONT_RESOURCE]: helveticaFont(doc), ...text.fonts };
  const pictures = await embedStampPictures(doc, stamps);
  const forms = stamps.map((markup): [Markup, PDFRef] => {
    const appearance = turnedAppearance(
      markup,
      withStampPicture(
        markup,
        appearanceOf(markup, text.paintLine, text.language),
        pictures,
      ),
    );
    const resources = { fonts, images: pictureResources(markup, pictures) };
    const bbox = stampRectOf(markup);
    return [markup, appearanceForm(doc, appearance, resources, bbox)];
  });
  return { forms, pictures };
}

/**
 * Adds the `LajnaStamp` dictionary to a stamp's form: the picture's
 * file the first time this export meets it, its SHA-256 always. A
 * picture the export left out (`drawn` says no) is not carried either.
 */
function markPrivate(
  doc: PDFDocument,
  form: PDFRef,
  markup: Markup,
  drawn: (sha256: string) => boolean,
  carried: Set<string>,
): void {
  const stream = doc.context.lookup(form);
  if (!(stream instanceof PDFStream)) return;
  const image = markup.style.stampImage;
  const entries: Record<string, string | number> = { Version: 1 };
  if (image !== undefined && drawn(image.sha256)) {
    Object.assign(entries, {
      SHA256: image.sha256,
      MediaType: image.mediaType,
      Width: image.widthPx,
      Height: image.heightPx,
    });
    if (!carried.has(image.sha256)) entries["Data"] = image.dataBase64;
    carried.add(image.sha256);
  }
  const dict = doc.context.obj({});
  for (const [key, value] of Object.entries(entries)) {
    const object =
      typeof value === "number" ? PDFNumber.of(value) : PDFString.of(value);
    dict.set(PDFName.of(key), object);
  }
  stream.dict.set(PDFName.of(LAJNA_STAMP_KEY), dict);
}

/** Base64 of the UTF-8 of `text`. */
function base64OfText(text: string): string {
  return btoa(binaryOf(new TextEncoder().encode(text)));
}
