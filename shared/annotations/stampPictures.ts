import { PDFName, type PDFDocument, type PDFRef } from "pdf-lib";
import type { Markup } from "../domain/entities";
import type { StampImage } from "../domain/stamps";
import { fmt, type MarkupAppearance } from "./appearanceOps";
import { isIntactPicture } from "./stampPictureCheck";
import { pictureImageOf, type PictureImage } from "./stampPictureImage";
import { boundsOf } from "./xfdfGeometry";

/*
 * A service's picture stamp in a PDF: its picture embedded once per file
 * (by hash) as an image XObject, drawn in the stamp's box inside its
 * border where the sheet viewer draws it, as the stamp's appearance.
 * A JPEG or an opaque, non-interlaced PNG goes in undecoded, exact and
 * small; a PNG with transparency or interlacing is decoded by
 * pdf-lib into colours plus an /SMask, so its transparent parts show the
 * sheet beneath in every reader.
 */

/** An embedded picture and its resource name. */
export interface StampPicture {
  readonly name: string;
  readonly ref: PDFRef;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Pictures by their SHA-256. */
export type StampPictures = ReadonlyMap<string, StampPicture>;

/**
 * Embeds each distinct stamp picture of the markups once. A picture
 * whose bytes are not what its fields say (isIntactPicture) is left out
 * and its stamp drawn with its words only: it may have come through sync
 * from a workstation that did not check it, and decoding it could take
 * gigabytes or fail the whole export.
 */
export async function embedStampPictures(
  doc: PDFDocument,
  markups: readonly Markup[],
): Promise<StampPictures> {
  const pictures = new Map<string, StampPicture>();
  const refused = new Set<string>();
  for (const markup of markups) {
    const image = markup.kind === "stamp" ? markup.style.stampImage : null;
    if (!image || pictures.has(image.sha256) || refused.has(image.sha256)) {
      continue;
    }
    if (!isIntactPicture(image)) {
      refused.add(image.sha256);
      continue;
    }
    pictures.set(image.sha256, {
      name: `LajnaStamp${pictures.size}`,
      ref: await embedPicture(doc, image),
      widthPx: image.widthPx,
      heightPx: image.heightPx,
    });
  }
  return pictures;
}

async function embedPicture(
  doc: PDFDocument,
  image: StampImage,
): Promise<PDFRef> {
  const undecoded = pictureImageOf(image);
  if (undecoded !== null) return registerImage(doc, undecoded);

  const bytes = Uint8Array.from(atob(image.dataBase64), (c) => c.charCodeAt(0));
  const embedded =
    image.mediaType === "image/png"
      ? await doc.embedPng(bytes)
      : await doc.embedJpg(bytes);
  await embedded.embed();
  return embedded.ref;
}

/** An image stream of data PDF filters read as they are. */
function registerImage(doc: PDFDocument, picture: PictureImage): PDFRef {
  const { context } = doc;
  const space =
    typeof picture.colorSpace === "string"
      ? PDFName.of(picture.colorSpace)
      : context.obj([
          "Indexed",
          "DeviceRGB",
          picture.colorSpace.length / 3 - 1,
          context.stream(picture.colorSpace),
        ]);
  const parms = picture.decodeParms && {
    Predictor: 15,
    Colors: picture.decodeParms.colors,
    BitsPerComponent: picture.bitsPerComponent,
    Columns: picture.decodeParms.columns,
  };
  const stream = context.stream(picture.data, {
    Type: "XObject",
    Subtype: "Image",
    Width: picture.width,
    Height: picture.height,
    BitsPerComponent: picture.bitsPerComponent,
    ColorSpace: space,
    Filter: picture.filter,
    ...(parms ? { DecodeParms: parms } : {}),
  });
  return context.register(stream);
}

function pictureOf(markup: Markup, pictures: StampPictures) {
  const sha256 = markup.style.stampImage?.sha256;
  return sha256 === undefined ? undefined : pictures.get(sha256);
}

/** The image XObjects a markup's appearance uses, by resource name. */
export function pictureResources(
  markup: Markup,
  pictures: StampPictures,
): Record<string, PDFRef> {
  const picture = pictureOf(markup, pictures);
  return picture === undefined ? {} : { [picture.name]: picture.ref };
}

/**
 * A picture stamp's appearance: its border and byline (stampOps.ts) with
 * its picture fitted in the upper part of the box; other markups keep
 * theirs.
 */
export function withStampPicture(
  markup: Markup,
  appearance: MarkupAppearance,
  pictures: StampPictures,
): MarkupAppearance {
  const picture = pictureOf(markup, pictures);
  if (picture === undefined) return appearance;
  const [left = 0, bottom = 0, right = 0, top = 0] = boundsOf(
    markup.points.slice(0, 4),
  );
  const w = right - left;
  const h = top - bottom;
  const scale = Math.min(
    (0.9 * w) / picture.widthPx,
    (0.6 * h) / picture.heightPx,
  );
  const iw = picture.widthPx * scale;
  const ih = picture.heightPx * scale;
  const x = left + (w - iw) / 2;
  const y = top - 0.06 * h - (0.6 * h + ih) / 2;
  const image = `q ${fmt(iw)} 0 0 ${fmt(ih)} ${fmt(x)} ${fmt(y)} cm /${picture.name} Do Q`;
  return { ...appearance, ops: `${appearance.ops} ${image}` };
}
