import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { sequenceItems } from "./asn1Items";
import { bytesEqual, toArrayBuffer } from "./bytes";
import { hashForOid, oid } from "./oids";
import { checkSignature } from "./signatureValue";
import { digest, type HashName } from "./subtleCrypto";
import type { SignatureFailure } from "./signatureReport";

/** What a CMS check found. */
export interface CmsCheck {
  readonly failure: SignatureFailure | null;
  readonly signer: pkijs.Certificate | null;
  /** For time-stamp tokens: the TSA's time (genTime). */
  readonly timestamp: Date | null;
}

type Content = { readonly kind: "detached" } | { readonly kind: "timestamp" };

/**
 * Checks a CMS SignedData over `signedBytes` (the PDF's byte ranges):
 * detached signatures sign those bytes, RFC 3161 document time-stamps sign
 * a TSTInfo whose message imprint is their hash. The signed attributes'
 * message digest must match, the signature must verify with the public key
 * of the signer certificate found in the CMS, and the signing-certificate
 * (v1 or v2) attribute, when present or when `requireSigningCertificate`,
 * must name that certificate.
 */
export async function checkCms(
  cms: Uint8Array,
  signedBytes: Uint8Array,
  options: {
    readonly timestamp: boolean;
    readonly requireSigningCertificate: boolean;
  },
): Promise<CmsCheck> {
  const signedData = parseSignedData(cms);
  const signerInfo = signedData?.signerInfos[0];
  if (!signedData || !signerInfo) return fail("signature.invalid.notCms");

  const signer = findSigner(signedData, signerInfo);
  if (!signer) return fail("signature.invalid.signerCertificateMissing");

  const content: Content = options.timestamp
    ? { kind: "timestamp" }
    : { kind: "detached" };
  const data = await signedContent(signedData, signedBytes, content);
  if ("failure" in data)
    return { failure: data.failure, signer, timestamp: null };

  const failure =
    (await checkAttributes(signerInfo, data.bytes, signer, options)) ??
    (await checkSignature(signerInfo, data.bytes, signer));
  return { failure, signer, timestamp: data.timestamp };
}

function fail(failure: SignatureFailure): CmsCheck {
  return { failure, signer: null, timestamp: null };
}

function parseSignedData(cms: Uint8Array): pkijs.SignedData | null {
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(cms));
    if (asn1.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: asn1.result });
    if (info.contentType !== oid.signedData) return null;
    return new pkijs.SignedData({ schema: info.content });
  } catch {
    return null;
  }
}

function findSigner(
  signedData: pkijs.SignedData,
  signerInfo: pkijs.SignerInfo,
): pkijs.Certificate | null {
  const certificates = (signedData.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
  );
  const sid = signerInfo.sid;

  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return (
      certificates.find(
        (c) =>
          c.issuer.isEqual(sid.issuer) &&
          c.serialNumber.isEqual(sid.serialNumber),
      ) ?? null
    );
  }
  // [0] SubjectKeyIdentifier: match the certificate's extension.
  const wanted =
    sid instanceof asn1js.OctetString
      ? new Uint8Array(sid.valueBlock.valueHexView)
      : null;
  return (
    certificates.find((c) => {
      const ext = c.extensions?.find(
        (e) => e.extnID === oid.subjectKeyIdentifier,
      );
      const id = ext?.parsedValue as asn1js.OctetString | undefined;
      return (
        wanted &&
        id &&
        bytesEqual(new Uint8Array(id.valueBlock.valueHexView), wanted)
      );
    }) ?? null
  );
}

/** The bytes the signed attributes' message digest is over. */
async function signedContent(
  signedData: pkijs.SignedData,
  signedBytes: Uint8Array,
  content: Content,
): Promise<
  { bytes: Uint8Array; timestamp: Date | null } | { failure: SignatureFailure }
> {
  if (content.kind === "detached")
    return { bytes: signedBytes, timestamp: null };

  const eContent = signedData.encapContentInfo.eContent;
  if (!eContent || signedData.encapContentInfo.eContentType !== oid.tstInfo) {
    return { failure: "signature.invalid.notCms" };
  }
  const tstBytes = new Uint8Array(eContent.getValue());
  const tst = pkijs.TSTInfo.fromBER(toArrayBuffer(tstBytes));
  const hash = hashForOid(tst.messageImprint.hashAlgorithm.algorithmId);
  if (!hash) return { failure: "signature.invalid.unsupportedAlgorithm" };

  const imprint = new Uint8Array(
    tst.messageImprint.hashedMessage.valueBlock.valueHexView,
  );
  if (!bytesEqual(imprint, await digest(hash, [signedBytes]))) {
    return { failure: "signature.invalid.digestMismatch" };
  }
  return { bytes: tstBytes, timestamp: tst.genTime };
}

async function checkAttributes(
  signerInfo: pkijs.SignerInfo,
  content: Uint8Array,
  signer: pkijs.Certificate,
  options: { readonly requireSigningCertificate: boolean },
): Promise<SignatureFailure | null> {
  const attributes = signerInfo.signedAttrs?.attributes;
  if (!attributes) return null;
  const hash = hashForOid(signerInfo.digestAlgorithm.algorithmId);
  if (!hash) return "signature.invalid.unsupportedAlgorithm";

  const messageDigest = attributes.find((a) => a.type === oid.messageDigest)
    ?.values[0];
  const expected = await digest(hash, [content]);
  if (
    !(messageDigest instanceof asn1js.OctetString) ||
    !bytesEqual(new Uint8Array(messageDigest.valueBlock.valueHexView), expected)
  ) {
    return "signature.invalid.digestMismatch";
  }

  const v2 = attributes.find((a) => a.type === oid.signingCertificateV2)
    ?.values[0];
  const v1 = attributes.find((a) => a.type === oid.signingCertificate)
    ?.values[0];
  if (!v2 && !v1) {
    return options.requireSigningCertificate
      ? "signature.invalid.signingCertificateMissing"
      : null;
  }
  const matches = await essCertIdMatches(
    v2 ?? v1,
    v2 ? "SHA-256" : "SHA-1",
    signer,
  );
  return matches ? null : "signature.invalid.signingCertificateMismatch";
}

/**
 * Whether the first ESSCertID(v2) of a SigningCertificate(V2) value names
 * the signer: its hash equals the certificate's, and its issuerSerial, if
 * present, has the certificate's serial number.
 */
async function essCertIdMatches(
  value: unknown,
  defaultHash: HashName,
  signer: pkijs.Certificate,
): Promise<boolean> {
  const certs = sequenceItems(sequenceItems(value)[0]);
  const first = sequenceItems(certs[0]);
  let index = 0;
  let hash: HashName | null = defaultHash;
  if (first[0] instanceof asn1js.Sequence) {
    const algorithm = sequenceItems(first[0])[0];
    hash =
      algorithm instanceof asn1js.ObjectIdentifier
        ? hashForOid(algorithm.valueBlock.toString())
        : null;
    index = 1;
  }
  const certHash = first[index];
  if (!hash || !(certHash instanceof asn1js.OctetString)) return false;

  const der = new Uint8Array(signer.toSchema().toBER());
  const actual = await digest(hash, [der]);
  if (!bytesEqual(new Uint8Array(certHash.valueBlock.valueHexView), actual)) {
    return false;
  }
  const serial = sequenceItems(first[index + 1])[1];
  return (
    !(serial instanceof asn1js.Integer) || serial.isEqual(signer.serialNumber)
  );
}
