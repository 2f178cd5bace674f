/**
 * Why a signature is not valid. Each is a translation key the renderer
 * turns into a sentence.
 * - `byteRange`: /ByteRange is not [0 a b c] with exactly the /Contents
 *   string between the two ranges (or reaches past the end of the file).
 * - `notCms`: /Contents is empty or not a CMS SignedData (an unsigned
 *   placeholder, for instance).
 * - `digestMismatch`: the signed bytes changed after signing.
 * - `badSignature`: the signature value does not verify with the key of
 *   the signer certificate.
 * - `signerCertificateMissing`: the CMS does not carry the signer's
 *   certificate.
 * - `signingCertificateMissing` / `Mismatch`: a PAdES signature without a
 *   signing-certificate attribute, or one naming another certificate.
 * - `unsupportedAlgorithm`, `unsupportedSubFilter`: not checkable here.
 */
export type SignatureFailure =
  | "signature.invalid.byteRange"
  | "signature.invalid.notCms"
  | "signature.invalid.digestMismatch"
  | "signature.invalid.badSignature"
  | "signature.invalid.signerCertificateMissing"
  | "signature.invalid.signingCertificateMissing"
  | "signature.invalid.signingCertificateMismatch"
  | "signature.invalid.unsupportedAlgorithm"
  | "signature.invalid.unsupportedSubFilter";

/**
 * The verdict on one signature of a PDF.
 *
 * "valid" is about integrity only: the covered bytes are unchanged and
 * were signed with the private key of the certificate the signature
 * carries. Whether that certificate is trusted (chains to a known
 * authority), was valid at the signing time or has been revoked is NOT
 * checked; `trust` says so explicitly so no caller reads more into it.
 */
export interface SignatureReport {
  /** 0-based position among the file's signatures, in file order. */
  readonly index: number;
  /** /SubFilter, e.g. "ETSI.CAdES.detached" or "adbe.pkcs7.detached". */
  readonly subFilter: string | null;
  /** Common name (CN) of the signer certificate, when it was found. */
  readonly signerName: string | null;
  /**
   * The claimed signing time: /M, or for a document time-stamp without /M
   * the time-stamp's own time.
   */
  readonly signingTime: Date | null;
  readonly status: "valid" | "invalid";
  /** Why it is invalid; null when valid. */
  readonly reason: SignatureFailure | null;
  /**
   * True when this signature covers the whole file, i.e. nothing was
   * appended after it (it is the last revision).
   */
  readonly coversWholeFile: boolean;
  /** What was checked: the bytes and the signature value. */
  readonly checked: "integrity";
  /** Certificate trust and revocation are out of scope. */
  readonly trust: "not_checked";
}
