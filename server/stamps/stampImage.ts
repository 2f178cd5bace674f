import {
  STAMP_IMAGE_MAX_BYTES,
  STAMP_IMAGE_MAX_SIDE_PX,
} from "../../shared/domain/stamps";

/** What a stamp picture is, once checked. */
export interface CheckedStampImage {
  readonly mediaType: "image/png" | "image/jpeg";
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Why a file cannot be a stamp picture, in words for the admin. */
export class StampImageRefusal extends Error {}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Checks that some bytes are a PNG or JPEG picture small enough for a
 * stamp, and reads its size. Anything else is refused: SVG above all,
 * since it may carry scripts that would run wherever it is drawn.
 */
export function checkStampImage(bytes: Uint8Array): CheckedStampImage {
  if (bytes.length > STAMP_IMAGE_MAX_BYTES) {
    throw new StampImageRefusal(
      `The picture is ${Math.ceil(bytes.length / 1024)} KB; a stamp picture ` +
        `may have at most ${STAMP_IMAGE_MAX_BYTES / 1024} KB. Save it smaller.`,
    );
  }
  if (looksLikeSvg(bytes)) {
    throw new StampImageRefusal(
      "SVG pictures are refused because they can carry scripts. " +
        "Export the stamp as PNG or JPEG.",
    );
  }

  const size = isPng(bytes) ? pngSize(bytes) : jpegSize(bytes);
  if (size === null) {
    throw new StampImageRefusal(
      "The file is not a PNG or JPEG picture (or it is damaged). " +
        "Use a PNG or JPEG file.",
    );
  }
  const { widthPx, heightPx } = size;
  const tooBig = Math.max(widthPx, heightPx) > STAMP_IMAGE_MAX_SIDE_PX;
  if (widthPx === 0 || heightPx === 0 || tooBig) {
    throw new StampImageRefusal(
      `The picture measures ${widthPx} x ${heightPx} pixels; each side ` +
        `must be between 1 and ${STAMP_IMAGE_MAX_SIDE_PX}.`,
    );
  }
  return size;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .toLowerCase();
  return head.trimStart().startsWith("<") && head.includes("<svg");
}

function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** A PNG's size from its IHDR chunk, which must come first. */
function pngSize(bytes: Uint8Array) {
  if (bytes.length < 33) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR" || view.getUint32(8) !== 13) return null;
  return {
    mediaType: "image/png" as const,
    widthPx: view.getUint32(16),
    heightPx: view.getUint32(20),
  };
}

/** A JPEG's size from its first start-of-frame segment. */
function jpegSize(bytes: Uint8Array) {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    const startOfFrame =
      marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (startOfFrame) {
      return {
        mediaType: "image/jpeg" as const,
        widthPx: view.getUint16(at + 7),
        heightPx: view.getUint16(at + 5),
      };
    }
    at += 2 + length;
  }
  return null;
}
