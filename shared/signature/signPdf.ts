import { UserError } from "../contract/errors";
import { bytesToHex, latin1ToBytes } from "./bytes";
import { buildCadesSignedData } from "./cadesBuilder";
import { requireValidAt } from "./certificateValidity";
import { loadPkcs12Signer, type Pkcs12Signer } from "./pkcs12Signer";
import {
  preparePdfForSigning,
  type PreparedPdf,
  type SignatureInfo,
} from "./signaturePlaceholder";
import { digest } from "./subtleCrypto";

/** The signer's credentials: a PKCS#12 file and its password. */
export interface PdfSigner {
  readonly pkcs12: Uint8Array;
  readonly password: string;
}

export type { SignatureInfo } from "./signaturePlaceholder";

/**
 * Room reserved for the CMS in /Contents. A signer certificate with two
 * issuers and an RSA-4096 signature stays well under it; the hex form in
 * the file is twice as long.
 */
const contentsBytes = 16_384;

/**
 * Signs a PDF as PAdES baseline B-B: a signature field with a visible stamp
 * on the last page, /Filter /Adobe.PPKLite, /SubFilter /ETSI.CAdES.detached,
 * the signing time in /M, and a /ByteRange covering the whole file except
 * the /Contents hex string. The CMS carries the certificate chain found in
 * the PKCS#12 file.
 *
 * @throws UserError `signature.error.badPassword`, `.notPkcs12`, `.noKey`,
 *   `.unsupportedKey`, `.certificateExpired`, `.certificateNotYetValid`,
 *   `.notPdf`, `.alreadySigned`.
 */
export async function signPdf(
  pdf: Uint8Array,
  signer: PdfSigner,
  info: SignatureInfo,
): Promise<Uint8Array> {
  // The key is read first so a wrong password fails before any PDF work.
  const key = await loadPkcs12Signer(signer.pkcs12, signer.password);
  return signPdfWithKey(pdf, key, info);
}

/**
 * Same as `signPdf` with a signer already read by `loadPkcs12Signer`, so a
 * caller can check the password before producing the PDF to sign. The
 * signer's certificate must be valid at `info.signingTime`.
 */
export async function signPdfWithKey(
  pdf: Uint8Array,
  key: Pkcs12Signer,
  info: SignatureInfo,
): Promise<Uint8Array> {
  requireValidAt(key.certificate, info.signingTime);
  const prepared = await preparePdfForSigning(pdf, info, contentsBytes);
  const bytes = fillByteRange(prepared);

  const signedRanges = [
    bytes.subarray(0, prepared.contentsStart),
    bytes.subarray(prepared.contentsEnd),
  ];
  const cms = await buildCadesSignedData(
    await digest("SHA-256", signedRanges),
    key,
  );
  if (cms.length > contentsBytes) {
    throw new UserError("signature.error.unsupportedKey", {
      reason: "certificate chain too large",
    });
  }

  const hex = bytesToHex(cms).padEnd(contentsBytes * 2, "0");
  bytes.set(latin1ToBytes(hex), prepared.contentsStart + 1);
  return bytes;
}

/** Writes the real /ByteRange over its placeholder, keeping its length. */
function fillByteRange(prepared: PreparedPdf): Uint8Array {
  const { bytes, contentsStart, contentsEnd } = prepared;
  const ranges = [0, contentsStart, contentsEnd, bytes.length - contentsEnd];
  const width = prepared.byteRangeEnd - prepared.byteRangeStart;
  const text = `[${ranges.join(" ")}]`.padEnd(width, " ");
  if (text.length !== width) throw new Error("ByteRange placeholder too small");

  const out = new Uint8Array(bytes);
  out.set(latin1ToBytes(text), prepared.byteRangeStart);
  return out;
}
