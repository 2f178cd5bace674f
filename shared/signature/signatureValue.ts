import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { toArrayBuffer } from "./bytes";
import { sequenceItems } from "./asn1Items";
import {
  curveByOid,
  ecdsaWithHash,
  hashForOid,
  oid,
  rsaWithHash,
} from "./oids";
import type { SignatureFailure } from "./signatureReport";
import { subtle } from "./subtleCrypto";

/*
 * Verification of a CMS signature value with WebCrypto: RSA PKCS#1 v1.5,
 * RSA-PSS (parameters from the CMS) and ECDSA on the NIST curves.
 */

/** Verifies the signature value with the signer's public key. */
export async function checkSignature(
  signerInfo: pkijs.SignerInfo,
  content: Uint8Array,
  signer: pkijs.Certificate,
): Promise<SignatureFailure | null> {
  const data = signerInfo.signedAttrs
    ? new Uint8Array(signerInfo.signedAttrs.encodedValue)
    : content;
  const signature = new Uint8Array(
    signerInfo.signature.valueBlock.valueHexView,
  );
  const spki = new Uint8Array(signer.subjectPublicKeyInfo.toSchema().toBER());

  const method = verificationMethod(signerInfo, signer);
  if (!method) return "signature.invalid.unsupportedAlgorithm";
  try {
    const key = await subtle().importKey(
      "spki",
      toArrayBuffer(spki),
      method.importParams,
      false,
      ["verify"],
    );
    const value =
      method.curveSizeBytes > 0
        ? ecdsaDerToRaw(signature, method.curveSizeBytes)
        : signature;
    const ok = await subtle().verify(
      method.verifyParams,
      key,
      toArrayBuffer(value),
      toArrayBuffer(data),
    );
    return ok ? null : "signature.invalid.badSignature";
  } catch {
    return "signature.invalid.badSignature";
  }
}

interface VerificationMethod {
  readonly importParams: RsaHashedImportParams | EcKeyImportParams;
  readonly verifyParams: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
  readonly curveSizeBytes: number;
}

function verificationMethod(
  signerInfo: pkijs.SignerInfo,
  signer: pkijs.Certificate,
): VerificationMethod | null {
  const algorithm = signerInfo.signatureAlgorithm.algorithmId;
  const digestHash = hashForOid(signerInfo.digestAlgorithm.algorithmId);

  if (algorithm === oid.rsaPss) {
    const params = new pkijs.RSASSAPSSParams({
      schema: signerInfo.signatureAlgorithm.algorithmParams,
    });
    const hash = hashForOid(params.hashAlgorithm.algorithmId);
    if (!hash) return null;
    return {
      importParams: { name: "RSA-PSS", hash },
      verifyParams: { name: "RSA-PSS", saltLength: params.saltLength },
      curveSizeBytes: 0,
    };
  }

  const rsaHash =
    algorithm === oid.rsaEncryption ? digestHash : rsaWithHash[algorithm];
  if (rsaHash) {
    return {
      importParams: { name: "RSASSA-PKCS1-v1_5", hash: rsaHash },
      verifyParams: { name: "RSASSA-PKCS1-v1_5" },
      curveSizeBytes: 0,
    };
  }

  const ecHash =
    algorithm === oid.ecPublicKey ? digestHash : ecdsaWithHash[algorithm];
  const curveParam = signer.subjectPublicKeyInfo.algorithm.algorithmParams;
  const curve =
    curveParam instanceof asn1js.ObjectIdentifier
      ? curveByOid[curveParam.valueBlock.toString()]
      : undefined;
  if (ecHash && curve) {
    return {
      importParams: { name: "ECDSA", namedCurve: curve.name },
      verifyParams: { name: "ECDSA", hash: ecHash },
      curveSizeBytes: curve.sizeBytes,
    };
  }
  return null;
}

/** CMS has SEQUENCE { r, s }; WebCrypto wants r||s, each of fixed size. */
function ecdsaDerToRaw(der: Uint8Array, sizeBytes: number): Uint8Array {
  const parsed = asn1js.fromBER(toArrayBuffer(der));
  const [r, s] = sequenceItems(parsed.result);
  if (!(r instanceof asn1js.Integer) || !(s instanceof asn1js.Integer)) {
    throw new Error("malformed ECDSA signature");
  }
  const raw = new Uint8Array(2 * sizeBytes);
  raw.set(fixed(new Uint8Array(r.valueBlock.valueHexView), sizeBytes), 0);
  raw.set(
    fixed(new Uint8Array(s.valueBlock.valueHexView), sizeBytes),
    sizeBytes,
  );
  return raw;
}

function fixed(bytes: Uint8Array, size: number): Uint8Array {
  const trimmed =
    bytes.length > size ? bytes.slice(bytes.length - size) : bytes;
  const out = new Uint8Array(size);
  out.set(trimmed, size - trimmed.length);
  return out;
}
