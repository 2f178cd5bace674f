import type { StampImage } from "../domain/stamps";

/*
 * A stamp picture as a PDF image XObject without decoding it: a JPEG goes
 * in as it is (DCTDecode); an opaque, non-interlaced PNG keeps its zlib
 * data, since PDF's Flate filter with PNG predictors reads it as is. A PNG
 * with transparency (alpha or a tRNS chunk) or interlacing needs decoding
 * and is left to pdf-lib's decoder (stampPictures.ts).
 */

/** The entries and data of an image stream, for any writer of PDF objects. */
export interface PictureImage {
  readonly width: number;
  readonly height: number;
  readonly bitsPerComponent: number;
  /** A colour space name, or the Indexed palette as RGB bytes. */
  readonly colorSpace: "DeviceGray" | "DeviceRGB" | "DeviceCMYK" | Uint8Array;
  readonly filter: "DCTDecode" | "FlateDecode";
  /** Flate's PNG predictor parameters; absent for JPEG. */
  readonly decodeParms?: { readonly colors: number; readonly columns: number };
  readonly data: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The picture's image stream, or null when it cannot go in undecoded. */
export function pictureImageOf(image: StampImage): PictureImage | null {
  const bytes = Uint8Array.from(atob(image.dataBase64), (c) => c.charCodeAt(0));
  return image.mediaType === "image/jpeg" ? jpegImage(bytes) : pngImage(bytes);
}

/**
 * The size in pixels a PNG or JPEG file's own header gives, or null when
 * the bytes are not a file of `mediaType` (an SVG, a page, an archive).
 * A picture's declared size is checked against this before anything
 * decodes it: a tiny file may declare a huge image.
 */
export function pictureSizeOf(
  bytes: Uint8Array,
  mediaType: StampImage["mediaType"],
): { readonly widthPx: number; readonly heightPx: number } | null {
  if (mediaType === "image/jpeg") {
    const frame = bytes[0] === 0xff && bytes[1] === 0xd8 && jpegFrameOf(bytes);
    return frame ? { widthPx: frame.width, heightPx: frame.height } : null;
  }
  const signed = PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  const header = signed ? pngChunksOf(bytes).get("IHDR")?.[0] : undefined;
  if (header === undefined || header.length < 13) return null;
  const view = new DataView(header.buffer, header.byteOffset, 13);
  return { widthPx: view.getUint32(0), heightPx: view.getUint32(4) };
}

function jpegImage(bytes: Uint8Array): PictureImage | null {
  const frame = jpegFrameOf(bytes);
  if (frame === null) return null;
  const colorSpace =
    frame.components === 1
      ? "DeviceGray"
      : frame.components === 4
        ? "DeviceCMYK"
        : "DeviceRGB";
  return {
    width: frame.width,
    height: frame.height,
    bitsPerComponent: 8,
    colorSpace,
    filter: "DCTDecode",
    data: bytes,
  };
}

/** Size and components from the JPEG's start-of-frame marker. */
function jpegFrameOf(bytes: Uint8Array) {
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (marker >= 0xc0 && marker <= 0xc3) {
      return {
        height: ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0),
        width: ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0),
        components: bytes[at + 9] ?? 3,
      };
    }
    at += 2 + length;
  }
  return null;
}

const PNG_COLORS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1 };

function pngImage(bytes: Uint8Array): PictureImage | null {
  const chunks = pngChunksOf(bytes);
  const header = chunks.get("IHDR")?.[0];
  if (header === undefined || header.length < 13) return null;
  const view = new DataView(header.buffer, header.byteOffset, 13);
  const bits = view.getUint8(8);
  const colorType = view.getUint8(9);
  const colors = PNG_COLORS[colorType];
  if (colors === undefined || view.getUint8(12) !== 0) return null;
  if (chunks.has("tRNS")) return null;

  const width = view.getUint32(0);
  const palette = chunks.get("PLTE")?.[0];
  if (colorType === 3 && palette === undefined) return null;
  return {
    width,
    height: view.getUint32(4),
    bitsPerComponent: bits,
    colorSpace:
      colorType === 3 && palette
        ? palette
        : colorType === 0
          ? "DeviceGray"
          : "DeviceRGB",
    filter: "FlateDecode",
    decodeParms: { colors, columns: width },
    data: concat(chunks.get("IDAT") ?? []),
  };
}

/** A PNG's chunks by type, in file order. */
function pngChunksOf(bytes: Uint8Array): Map<string, Uint8Array[]> {
  const chunks = new Map<string, Uint8Array[]>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(
      at + 8,
      Math.min(at + 8 + length, bytes.length),
    );
    chunks.set(type, [...(chunks.get(type) ?? []), data]);
    at += 12 + length;
  }
  return chunks;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
