/**
 * PDF signatures (PAdES): signing with a PKCS#12 file and checking the
 * integrity of the signatures a PDF carries. No Node, Electron or DOM
 * imports: crypto goes through WebCrypto (`crypto.subtle`).
 */
export { signPdf, signPdfWithKey, type PdfSigner } from "./signPdf";
export type { SignatureInfo } from "./signaturePlaceholder";
export { loadPkcs12Signer, type Pkcs12Signer } from "./pkcs12Signer";
export {
  requireValidAt,
  validityOf,
  type ValidityPeriod,
} from "./certificateValidity";
export { setSubtleCrypto } from "./subtleCrypto";
export { verifyPdfSignatures } from "./verifyPdfSignatures";
export type { SignatureFailure, SignatureReport } from "./signatureReport";
