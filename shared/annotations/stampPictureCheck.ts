import forge from "node-forge";
import type { StampImage } from "../domain/stamps";
import { pictureSizeOf } from "./stampPictureImage";

/**
 * Whether a stamp picture's bytes are what its fields say: a file of its
 * media type whose own header gives its width and height, hashing to its
 * SHA-256. The schema bounds the fields; only this check ties them to
 * the bytes. A picture that fails it may be a script (SVG, HTML), a file
 * that decodes to gigabytes from a few bytes, or another picture's bytes
 * under this one's hash, so nothing decodes or stores it.
 */
export function isIntactPicture(image: StampImage): boolean {
  const binary = binaryOfBase64(image.dataBase64);
  if (binary === null) return false;
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const size = pictureSizeOf(bytes, image.mediaType);
  if (size?.widthPx !== image.widthPx || size.heightPx !== image.heightPx) {
    return false;
  }
  const digest = forge.md.sha256.create().update(binary).digest().toHex();
  return digest === image.sha256;
}

/** The bytes of some base64 as a binary string; null if it is not base64. */
function binaryOfBase64(base64: string): string | null {
  try {
    return atob(base64);
  } catch {
    return null;
  }
}
