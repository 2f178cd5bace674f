import forge from "node-forge";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { UserError } from "../contract/errors";
import {
  bytesEqual,
  bytesToLatin1,
  latin1ToBytes,
  toArrayBuffer,
} from "./bytes";
import { curveByOid, oid } from "./oids";
import { subtle } from "./subtleCrypto";

/** A signer as read from a PKCS#12 file, ready to sign with WebCrypto. */
export interface Pkcs12Signer {
  /** DER of the signer's certificate. */
  readonly certificate: Uint8Array;
  /** DER of the other certificates in the file (issuers), signer excluded. */
  readonly chain: readonly Uint8Array[];
  /** Non-extractable signing key. */
  readonly privateKey: CryptoKey;
  /** How the key signs: RSA PKCS#1 v1.5 or ECDSA, both with SHA-256. */
  readonly keyKind: "rsa" | "ecdsa";
  /** ECDSA only: the byte length of r and s. */
  readonly curveSizeBytes: number;
}

interface RawBags {
  readonly keyDer: Uint8Array;
  readonly keyId: string | null;
  readonly certs: readonly { der: Uint8Array; keyId: string | null }[];
}

/**
 * Reads a PKCS#12 (.p12/.pfx) file. An empty password also tries the
 * "no password" form, because PKCS#12 tells the two apart and tools differ
 * in which they write.
 *
 * @throws UserError `signature.error.notPkcs12`, `.badPassword`, `.noKey`,
 *   `.unsupportedKey`.
 */
export async function loadPkcs12Signer(
  pkcs12: Uint8Array,
  password: string,
): Promise<Pkcs12Signer> {
  const asn1 = parseDer(pkcs12);
  const bags = openPkcs12(asn1, password);
  const certificate = pickSignerCertificate(bags);
  const chain = bags.certs
    .map((c) => c.der)
    .filter((der) => !bytesEqual(der, certificate));

  const key = await importKey(bags.keyDer);
  return { certificate, chain, ...key };
}

function parseDer(pkcs12: Uint8Array): forge.asn1.Asn1 {
  try {
    const buffer = forge.util.createBuffer(bytesToLatin1(pkcs12));
    return forge.asn1.fromDer(buffer);
  } catch (cause) {
    throw new UserError("signature.error.notPkcs12", {}, { cause });
  }
}

function openPkcs12(asn1: forge.asn1.Asn1, password: string): RawBags {
  const attempts: (string | undefined)[] =
    password === "" ? ["", undefined] : [password];
  let lastError: unknown = null;

  for (const attempt of attempts) {
    try {
      // forge treats an undefined password as "no password" (null).
      const p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, attempt as string);
      return collectBags(p12);
    } catch (cause) {
      lastError = cause;
    }
  }

  const message = lastError instanceof Error ? lastError.message : "";
  const key = /password|MAC|decrypt/i.test(message)
    ? "signature.error.badPassword"
    : "signature.error.notPkcs12";
  throw new UserError(key, {}, { cause: lastError });
}

function collectBags(p12: forge.pkcs12.Pkcs12Pfx): RawBags {
  const keyTypes = [forge.pki.oids.pkcs8ShroudedKeyBag, forge.pki.oids.keyBag];
  const keyBags = keyTypes.flatMap((type) =>
    type ? (p12.getBags({ bagType: type })[type] ?? []) : [],
  );
  const certType = forge.pki.oids.certBag ?? "";
  const certBags = p12.getBags({ bagType: certType })[certType] ?? [];

  const keyBag = keyBags[0];
  if (!keyBag) throw new UserError("signature.error.noKey");
  return {
    keyDer: keyBagDer(keyBag),
    keyId: localKeyId(keyBag),
    certs: certBags.map((bag) => ({
      der: certBagDer(bag),
      keyId: localKeyId(bag),
    })),
  };
}

function keyBagDer(bag: forge.pkcs12.Bag): Uint8Array {
  // forge parses RSA keys only; other kinds come back as raw ASN.1.
  const asn1 = bag.key
    ? forge.pki.wrapRsaPrivateKey(
        forge.pki.privateKeyToAsn1(bag.key as forge.pki.rsa.PrivateKey),
      )
    : bag.asn1;
  if (!asn1) throw new UserError("signature.error.noKey");
  return latin1ToBytes(forge.asn1.toDer(asn1).getBytes());
}

function certBagDer(bag: forge.pkcs12.Bag): Uint8Array {
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  if (!asn1) throw new UserError("signature.error.notPkcs12");
  return latin1ToBytes(forge.asn1.toDer(asn1).getBytes());
}

function localKeyId(bag: forge.pkcs12.Bag): string | null {
  const ids = bag.attributes["localKeyId"] as string[] | undefined;
  return ids?.[0] ?? null;
}

/**
 * The certificate that goes with the key: by the shared localKeyId, else
 * the first one that is not a CA, else the first one.
 */
function pickSignerCertificate(bags: RawBags): Uint8Array {
  const byId = bags.certs.find(
    (c) => c.keyId !== null && c.keyId === bags.keyId,
  );
  if (byId) return byId.der;

  const leaf = bags.certs.find((c) => !isCa(c.der));
  const chosen = leaf ?? bags.certs[0];
  if (!chosen) throw new UserError("signature.error.noKey");
  return chosen.der;
}

function isCa(der: Uint8Array): boolean {
  try {
    const cert = pkijs.Certificate.fromBER(toArrayBuffer(der));
    const ext = cert.extensions?.find((e) => e.extnID === "2.5.29.19");
    const parsed = ext?.parsedValue as pkijs.BasicConstraints | undefined;
    return parsed?.cA === true;
  } catch {
    // Unreadable: not taken for a CA, so it may still be the signer's.
    return false;
  }
}

async function importKey(
  pkcs8: Uint8Array,
): Promise<Pick<Pkcs12Signer, "privateKey" | "keyKind" | "curveSizeBytes">> {
  const info = pkijs.PrivateKeyInfo.fromBER(toArrayBuffer(pkcs8));
  const algorithm = info.privateKeyAlgorithm.algorithmId;
  const data = toArrayBuffer(pkcs8);

  if (algorithm === oid.rsaEncryption) {
    const params = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
    const key = await subtle().importKey("pkcs8", data, params, false, [
      "sign",
    ]);
    return { privateKey: key, keyKind: "rsa", curveSizeBytes: 0 };
  }

  if (algorithm === oid.ecPublicKey) {
    const params = info.privateKeyAlgorithm.algorithmParams;
    const curveOid =
      params instanceof asn1js.ObjectIdentifier
        ? params.valueBlock.toString()
        : "";
    const curve = curveByOid[curveOid];
    if (!curve) throw new UserError("signature.error.unsupportedKey");
    const ec = { name: "ECDSA", namedCurve: curve.name };
    const key = await subtle().importKey("pkcs8", data, ec, false, ["sign"]);
    return {
      privateKey: key,
      keyKind: "ecdsa",
      curveSizeBytes: curve.sizeBytes,
    };
  }

  throw new UserError("signature.error.unsupportedKey", { algorithm });
}
