import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { compareBytes, toArrayBuffer } from "./bytes";
import { oid } from "./oids";
import type { Pkcs12Signer } from "./pkcs12Signer";
import { digest, subtle } from "./subtleCrypto";

/**
 * Builds a detached CMS SignedData for PAdES baseline B-B (ETSI EN
 * 319 142-1): signed attributes content-type, message-digest and
 * signing-certificate-v2 only. There is deliberately no signing-time
 * attribute: in PAdES the claimed time is the signature dictionary's /M.
 *
 * @param contentDigest SHA-256 of the signed byte ranges.
 * @returns DER of the ContentInfo, for the PDF's /Contents.
 */
export async function buildCadesSignedData(
  contentDigest: Uint8Array,
  signer: Pkcs12Signer,
): Promise<Uint8Array> {
  const certificate = pkijs.Certificate.fromBER(
    toArrayBuffer(signer.certificate),
  );
  const attributes = await signedAttributes(contentDigest, signer, certificate);
  const toBeSigned = new asn1js.Set({
    value: attributes.map((a) => a.toSchema()),
  });
  const signature = await sign(new Uint8Array(toBeSigned.toBER()), signer);

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
    }),
    digestAlgorithm: sha256Algorithm(),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: signatureAlgorithm(signer),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  });

  return encodeSignedData(signer, signerInfo);
}

function encodeSignedData(
  signer: Pkcs12Signer,
  signerInfo: pkijs.SignerInfo,
): Uint8Array {
  const certificates = [signer.certificate, ...signer.chain].map((der) =>
    pkijs.Certificate.fromBER(toArrayBuffer(der)),
  );
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [sha256Algorithm()],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: oid.data,
    }),
    certificates,
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({
    contentType: oid.signedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER());
}

/** The three B-B attributes, in DER SET OF order. */
async function signedAttributes(
  contentDigest: Uint8Array,
  signer: Pkcs12Signer,
  certificate: pkijs.Certificate,
): Promise<pkijs.Attribute[]> {
  const attributes = [
    new pkijs.Attribute({
      type: oid.contentType,
      values: [new asn1js.ObjectIdentifier({ value: oid.data })],
    }),
    new pkijs.Attribute({
      type: oid.messageDigest,
      values: [
        new asn1js.OctetString({ valueHex: toArrayBuffer(contentDigest) }),
      ],
    }),
    new pkijs.Attribute({
      type: oid.signingCertificateV2,
      values: [await signingCertificateV2(signer.certificate, certificate)],
    }),
  ];

  // DER wants SET OF elements sorted by their encoding; the signature is
  // computed over this order and verifiers re-encode nothing.
  const encoded = attributes.map((a) => ({
    attribute: a,
    der: new Uint8Array(a.toSchema().toBER()),
  }));
  encoded.sort((x, y) => compareBytes(x.der, y.der));
  return encoded.map((e) => e.attribute);
}

/**
 * SigningCertificateV2 (RFC 5035) with one ESSCertIDv2: the SHA-256 of the
 * signer certificate (hashAlgorithm omitted, as DER requires for the
 * default) and its issuer and serial number.
 */
async function signingCertificateV2(
  der: Uint8Array,
  certificate: pkijs.Certificate,
): Promise<asn1js.Sequence> {
  const certHash = await digest("SHA-256", [der]);
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.Constructed({
            idBlock: { tagClass: 3, tagNumber: 4 },
            value: [certificate.issuer.toSchema()],
          }),
        ],
      }),
      certificate.serialNumber,
    ],
  });
  const essCertId = new asn1js.Sequence({
    value: [
      new asn1js.OctetString({ valueHex: toArrayBuffer(certHash) }),
      issuerSerial,
    ],
  });
  return new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [essCertId] })],
  });
}

function sha256Algorithm(): pkijs.AlgorithmIdentifier {
  return new pkijs.AlgorithmIdentifier({ algorithmId: oid.sha256 });
}

function signatureAlgorithm(signer: Pkcs12Signer): pkijs.AlgorithmIdentifier {
  if (signer.keyKind === "ecdsa") {
    return new pkijs.AlgorithmIdentifier({ algorithmId: oid.ecdsaWithSha256 });
  }
  return new pkijs.AlgorithmIdentifier({
    algorithmId: oid.sha256WithRsa,
    algorithmParams: new asn1js.Null(),
  });
}

async function sign(
  data: Uint8Array,
  signer: Pkcs12Signer,
): Promise<Uint8Array> {
  if (signer.keyKind === "rsa") {
    const raw = await subtle().sign(
      "RSASSA-PKCS1-v1_5",
      signer.privateKey,
      toArrayBuffer(data),
    );
    return new Uint8Array(raw);
  }

  const raw = await subtle().sign(
    { name: "ECDSA", hash: "SHA-256" },
    signer.privateKey,
    toArrayBuffer(data),
  );
  return ecdsaRawToDer(new Uint8Array(raw), signer.curveSizeBytes);
}

/** WebCrypto gives r||s; CMS wants SEQUENCE { INTEGER r, INTEGER s }. */
function ecdsaRawToDer(raw: Uint8Array, sizeBytes: number): Uint8Array {
  const integer = (bytes: Uint8Array): asn1js.Integer =>
    new asn1js.Integer({ valueHex: toArrayBuffer(unsigned(bytes)) });
  const sequence = new asn1js.Sequence({
    value: [
      integer(raw.slice(0, sizeBytes)),
      integer(raw.slice(sizeBytes, 2 * sizeBytes)),
    ],
  });
  return new Uint8Array(sequence.toBER());
}

/** A minimal positive two's-complement form of an unsigned big number. */
function unsigned(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.slice(start);
  if ((trimmed[0] ?? 0) < 0x80) return trimmed;
  const padded = new Uint8Array(trimmed.length + 1);
  padded.set(trimmed, 1);
  return padded;
}
