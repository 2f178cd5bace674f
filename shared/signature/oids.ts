import type { HashName } from "./subtleCrypto";

/** Object identifiers used by CMS and PAdES, named once. */
export const oid = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  signingCertificate: "1.2.840.113549.1.9.16.2.12",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  tstInfo: "1.2.840.113549.1.9.16.1.4",
  commonName: "2.5.4.3",
  subjectKeyIdentifier: "2.5.29.14",
  rsaEncryption: "1.2.840.113549.1.1.1",
  sha256WithRsa: "1.2.840.113549.1.1.11",
  rsaPss: "1.2.840.113549.1.1.10",
  ecPublicKey: "1.2.840.10045.2.1",
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  sha256: "2.16.840.1.101.3.4.2.1",
} as const;

const hashByOid: Readonly<Record<string, HashName>> = {
  "1.3.14.3.2.26": "SHA-1",
  "2.16.840.1.101.3.4.2.1": "SHA-256",
  "2.16.840.1.101.3.4.2.2": "SHA-384",
  "2.16.840.1.101.3.4.2.3": "SHA-512",
};

/** The WebCrypto hash for a digest algorithm OID, or null if unknown. */
export function hashForOid(algorithm: string): HashName | null {
  return hashByOid[algorithm] ?? null;
}

/** RSA PKCS#1 v1.5 signature OIDs that name their own hash. */
export const rsaWithHash: Readonly<Record<string, HashName>> = {
  "1.2.840.113549.1.1.5": "SHA-1",
  "1.2.840.113549.1.1.11": "SHA-256",
  "1.2.840.113549.1.1.12": "SHA-384",
  "1.2.840.113549.1.1.13": "SHA-512",
};

/** ECDSA signature OIDs that name their own hash. */
export const ecdsaWithHash: Readonly<Record<string, HashName>> = {
  "1.2.840.10045.4.1": "SHA-1",
  "1.2.840.10045.4.3.2": "SHA-256",
  "1.2.840.10045.4.3.3": "SHA-384",
  "1.2.840.10045.4.3.4": "SHA-512",
};

/** Named curves WebCrypto supports, with their field size in bytes. */
export const curveByOid: Readonly<
  Record<string, { name: "P-256" | "P-384" | "P-521"; sizeBytes: number }>
> = {
  "1.2.840.10045.3.1.7": { name: "P-256", sizeBytes: 32 },
  "1.3.132.0.34": { name: "P-384", sizeBytes: 48 },
  "1.3.132.0.35": { name: "P-521", sizeBytes: 66 },
};
