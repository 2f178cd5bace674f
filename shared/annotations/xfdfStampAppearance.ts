import { PDFRef } from "pdf-lib";
import type { Markup } from "../domain/entities";
import { stampImageSchema, type StampImage } from "../domain/stamps";
import { withStampPicture } from "./stampPictures";
import { pictureImageOf, type PictureImage } from "./stampPictureImage";
import { boundsOf, xfdfNumber } from "./xfdfGeometry";
import { escapeXmlText } from "./xmlText";

/*
 * A picture stamp's XFDF <appearance>: base64 of the XML form of its
 * appearance dictionary (ISO 19444-1), as Acrobat writes it, so other
 * readers draw the service's picture instead of a default stamp. The
 * picture file itself rides along under a Lajna key of the form, which
 * PDF readers ignore, so our own re-import gets the exact bytes back.
 */

const IMAGE_NAME = "LajnaStamp0";
const PRIVATE_KEY = "LajnaStampPicture";

/** The base64 appearance of a picture stamp, or null for other markups. */
export function stampAppearanceOf(markup: Markup): string | null {
  const image = markup.kind === "stamp" ? markup.style.stampImage : undefined;
  if (image === undefined) return null;
  const picture = pictureImageOf(image);
  const box = boundsOf(markup.points.slice(0, 4)).map(xfdfNumber);
  const ops = opsOf(markup, image, picture !== null);
  const xml = [
    '<DICT KEY="AP">',
    '<STREAM KEY="N">',
    `<ARRAY KEY="BBox">${box.map((v) => `<FIXED VAL="${v}"/>`).join("")}</ARRAY>`,
    '<INT KEY="FormType" VAL="1"/>',
    '<NAME KEY="Subtype" VAL="Form"/>',
    '<NAME KEY="Type" VAL="XObject"/>',
    `<DICT KEY="Resources">${resourcesXml(picture)}</DICT>`,
    privateXml(image),
    `<DATA MODE="FILTERED" ENCODING="ASCII">${escapeXmlText(ops)}</DATA>`,
    "</STREAM>",
    "</DICT>",
  ].join("\n");
  return base64OfText(xml);
}

/** The border and picture, laid out as the annotated PDF lays them out. */
function opsOf(markup: Markup, image: StampImage, drawn: boolean): string {
  const placed = withStampPicture(
    markup,
    { ops: "", opacity: 1, multiply: false },
    new Map([
      [
        image.sha256,
        {
          name: IMAGE_NAME,
          ref: PDFRef.of(0),
          widthPx: image.widthPx,
          heightPx: image.heightPx,
        },
      ],
    ]),
  ).ops;
  return drawn ? placed : placed.replace(/ q .* Do Q$/, "");
}

function resourcesXml(picture: PictureImage | null): string {
  if (picture === null) return "";
  const space =
    typeof picture.colorSpace === "string"
      ? `<NAME KEY="ColorSpace" VAL="${picture.colorSpace}"/>`
      : `<ARRAY KEY="ColorSpace"><NAME VAL="Indexed"/><NAME VAL="DeviceRGB"/>` +
        `<INT VAL="${picture.colorSpace.length / 3 - 1}"/>` +
        `<STRING ENCODING="HEX" VAL="${hexOf(picture.colorSpace)}"/></ARRAY>`;
  const parms = picture.decodeParms
    ? `<DICT KEY="DecodeParms"><INT KEY="Predictor" VAL="15"/>` +
      `<INT KEY="Colors" VAL="${picture.decodeParms.colors}"/>` +
      `<INT KEY="BitsPerComponent" VAL="${picture.bitsPerComponent}"/>` +
      `<INT KEY="Columns" VAL="${picture.decodeParms.columns}"/></DICT>`
    : "";
  return [
    '<DICT KEY="XObject">',
    `<STREAM KEY="${IMAGE_NAME}">`,
    '<NAME KEY="Type" VAL="XObject"/>',
    '<NAME KEY="Subtype" VAL="Image"/>',
    `<INT KEY="Width" VAL="${picture.width}"/>`,
    `<INT KEY="Height" VAL="${picture.height}"/>`,
    `<INT KEY="BitsPerComponent" VAL="${picture.bitsPerComponent}"/>`,
    space,
    `<NAME KEY="Filter" VAL="${picture.filter}"/>`,
    parms,
    `<INT KEY="Length" VAL="${picture.data.length}"/>`,
    `<DATA MODE="RAW" ENCODING="HEX">${hexOf(picture.data)}</DATA>`,
    "</STREAM>",
    "</DICT>",
  ].join("\n");
}

function privateXml(image: StampImage): string {
  return [
    `<DICT KEY="${PRIVATE_KEY}">`,
    `<STRING KEY="SHA256" VAL="${image.sha256}"/>`,
    `<STRING KEY="MediaType" VAL="${image.mediaType}"/>`,
    `<INT KEY="Width" VAL="${image.widthPx}"/>`,
    `<INT KEY="Height" VAL="${image.heightPx}"/>`,
    `<STRING KEY="Data" VAL="${image.dataBase64}"/>`,
    "</DICT>",
  ].join("\n");
}

/**
 * The picture a stamp's appearance carries under our key, or undefined:
 * appearances from other writers, or damaged ones, leave the stamp as is.
 */
export function stampImageOfAppearance(
  appearance: string | null,
): StampImage | undefined {
  if (appearance === null) return undefined;
  const xml = textOfBase64(appearance);
  const start = xml?.indexOf(`<DICT KEY="${PRIVATE_KEY}">`) ?? -1;
  if (xml === null || start < 0) return undefined;
  const dict = xml.slice(start, xml.indexOf("</DICT>", start));
  const value = (key: string) =>
    new RegExp(`KEY="${key}" VAL="([^"]*)"`).exec(dict)?.[1];
  const parsed = stampImageSchema.safeParse({
    sha256: value("SHA256"),
    mediaType: value("MediaType"),
    widthPx: Number(value("Width")),
    heightPx: Number(value("Height")),
    dataBase64: value("Data"),
  });
  return parsed.success ? parsed.data : undefined;
}

function hexOf(bytes: Uint8Array): string {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex;
}

function base64OfText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The text of base64, or null when it is not base64 at all. */
function textOfBase64(base64: string): string | null {
  try {
    const binary = atob(base64.replace(/\s+/g, ""));
    return new TextDecoder().decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
    );
  } catch {
    return null;
  }
}
