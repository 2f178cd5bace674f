import { UserError } from "../../shared/contract/errors";

/**
 * Reading the member's signing certificate (PKCS#12, .p12 or .pfx) from a
 * file input. The bytes go to the workstation services, which open the
 * file with the password; nothing here parses or keeps the key.
 */

/**
 * A PKCS#12 file holds one key and a short chain: a few kilobytes. A file
 * far larger is certainly not one, and reading it would only waste memory.
 */
export const MAX_P12_BYTES = 256 * 1024;

const P12_EXTENSIONS = [".p12", ".pfx"];

/** The `accept` attribute for the file input. */
export const P12_ACCEPT = ".p12,.pfx,application/x-pkcs12";

/** The part of a browser File this helper needs. */
export interface P12Source {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads a chosen certificate file into bytes. Refuses, with a translated
 * reason, a file with the wrong extension, an empty one, a huge one, or
 * one that does not start like DER (a PEM or a PDF chosen by mistake).
 */
export async function readP12File(
  file: P12Source,
): Promise<Uint8Array<ArrayBuffer>> {
  const name = file.name.toLowerCase();
  if (!P12_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    throw new UserError("opinion.error.p12Extension", { name: file.name });
  }
  if (file.size === 0) throw new UserError("opinion.error.p12Empty");
  if (file.size > MAX_P12_BYTES) {
    throw new UserError("opinion.error.p12TooLarge");
  }

  const bytes = new Uint8Array(await file.arrayBuffer());

  // A PKCS#12 file is a DER SEQUENCE, so its first byte is 0x30.
  if (bytes[0] !== 0x30) throw new UserError("opinion.error.p12NotDer");
  return bytes;
}
