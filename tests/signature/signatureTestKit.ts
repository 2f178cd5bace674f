import { execFileSync } from "node:child_process";
import { generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as asn1js from "asn1js";
import forge from "node-forge";
import { PDFDocument, StandardFonts } from "pdf-lib";
import * as pkijs from "pkijs";

/** The shared test corpus, beside the repository. */
export const corpusDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/corpus/signatures",
);

/** Whether the corpus is there; tests that need it skip otherwise. */
export const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) {
  process.stderr.write(
    `signature tests: corpus not found at ${corpusDir}; corpus tests skipped\n`,
  );
}

/** Bytes of a corpus file (path relative to corpus/signatures). */
export function corpusFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(corpusDir, name)));
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "lajna-signature-"));
}

/** A one-page A4 PDF with a line of text, as an unsigned sheet. */
export async function simplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText("Avis favorable - KH-2026-0147", { x: 50, y: 760, font });
  return doc.save();
}

/** What poppler's pdfsig says about a PDF (certificates not checked). */
export function pdfsig(pdf: Uint8Array): string {
  const file = path.join(tempDir(), "signed.pdf");
  writeFileSync(file, pdf);
  try {
    return execFileSync("pdfsig", ["-nocert", file], { encoding: "utf8" });
  } catch (error) {
    // pdfsig exits non-zero for invalid signatures; its report is still
    // on stdout.
    const out = (error as { stdout?: string }).stdout;
    if (typeof out === "string") return out;
    throw error;
  }
}

/** Whether an external tool is on the PATH. */
export function hasTool(name: string): boolean {
  try {
    execFileSync("which", [name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A key and self-signed certificate made by OpenSSL, as PEM files. */
export interface TestIdentity {
  readonly keyPem: string;
  readonly certPem: string;
  readonly dir: string;
}

/** Makes an RSA or P-256 identity with the given common name. */
export function makeIdentity(kind: "rsa" | "ec", cn: string): TestIdentity {
  const dir = tempDir();
  const keyPem = path.join(dir, "key.pem");
  const certPem = path.join(dir, "cert.pem");
  const keyArgs =
    kind === "rsa"
      ? ["-newkey", "rsa:2048"]
      : ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"];
  execFileSync(
    "openssl",
    ["req", "-x509", ...keyArgs, "-nodes", "-days", "2"].concat([
      "-subj",
      `/CN=${cn}`,
      "-keyout",
      keyPem,
      "-out",
      certPem,
    ]),
    { stdio: "ignore" },
  );
  return { keyPem, certPem, dir };
}

/**
 * Packs an identity as PKCS#12 with the SHA-1/3DES algorithms that every
 * reader (node-forge included) understands.
 */
export function pkcs12Of(identity: TestIdentity, password: string): Uint8Array {
  const out = path.join(identity.dir, "id.p12");
  execFileSync("openssl", [
    "pkcs12",
    "-export",
    "-inkey",
    identity.keyPem,
    "-in",
    identity.certPem,
    "-certpbe",
    "PBE-SHA1-3DES",
    "-keypbe",
    "PBE-SHA1-3DES",
    "-macalg",
    "sha1",
    "-passout",
    `pass:${password}`,
    "-out",
    out,
  ]);
  return new Uint8Array(readFileSync(out));
}

/**
 * Replaces the CMS of a signed PDF with one made by OpenSSL over the same
 * byte ranges, so our verifier is tested against an independent signer
 * (RSA-PSS, ECDSA). `-cades` adds signing-certificate-v2.
 */
export function resignWithOpenssl(
  signed: Uint8Array,
  identity: TestIdentity,
  padding: "pkcs1" | "pss",
): Uint8Array {
  const text = Buffer.from(signed).toString("latin1");
  const range = /\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  if (!range) throw new Error("no ByteRange");
  const [a, b, c] = [Number(range[1]), Number(range[2]), Number(range[3])];

  const data = path.join(identity.dir, "ranges.bin");
  const cms = path.join(identity.dir, "cms.der");
  writeFileSync(
    data,
    Buffer.concat([
      Buffer.from(signed.subarray(0, a)),
      Buffer.from(signed.subarray(b, b + c)),
    ]),
  );
  execFileSync("openssl", [
    "cms",
    "-sign",
    "-binary",
    "-in",
    data,
    "-signer",
    identity.certPem,
    "-inkey",
    identity.keyPem,
    "-md",
    "sha256",
    "-cades",
    "-nosmimecap",
    "-outform",
    "DER",
    "-out",
    cms,
    ...(padding === "pss" ? ["-keyopt", "rsa_padding_mode:pss"] : []),
  ]);

  const hex = readFileSync(cms).toString("hex");
  const slot = b - a - 2;
  if (hex.length > slot) throw new Error("CMS larger than the placeholder");
  const out = Buffer.from(signed);
  out.write(hex.padEnd(slot, "0"), a + 1, "latin1");
  return new Uint8Array(out);
}

/** A copy with one byte changed at `offset`. */
export function flipByte(pdf: Uint8Array, offset: number): Uint8Array {
  const copy = new Uint8Array(pdf);
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}

/** The CMS SignedData in the (only) /Contents of a signed PDF. */
export function embeddedCms(pdf: Uint8Array): pkijs.SignedData {
  const text = Buffer.from(pdf).toString("latin1");
  const hex = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(text)?.[1] ?? "";
  const der = Buffer.from(hex, "hex");
  const asn1 = asn1js.fromBER(new Uint8Array(der).buffer);
  const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
  return new pkijs.SignedData({ schema: contentInfo.content });
}

/** What `generatedPkcs12` makes: a signer, optionally under a CA chain. */
export interface GeneratedSigner {
  readonly cn: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Adds a root and an intermediate CA, so the file holds 3 certificates. */
  readonly withChain?: boolean;
}

/**
 * A PKCS#12 file (empty password) generated in the test with node-forge,
 * with the validity period asked for. RSA keys come from Node's crypto,
 * which is much faster than forge's own key generation.
 */
export function generatedPkcs12(signer: GeneratedSigner): Uint8Array {
  const issuers = signer.withChain
    ? caChain(signer.notBefore, signer.notAfter)
    : [];
  const leafKeys = rsaKeys();
  const parent = issuers[issuers.length - 1];
  const leaf = certificate({
    cn: signer.cn,
    publicKey: leafKeys.publicKey,
    signingKey: parent?.keys.privateKey ?? leafKeys.privateKey,
    issuerCn: parent?.cert.subject.getField("CN").value ?? signer.cn,
    notBefore: signer.notBefore,
    notAfter: signer.notAfter,
    ca: false,
  });
  const chain = [leaf, ...issuers.map((i) => i.cert).reverse()];
  const p12 = forge.pkcs12.toPkcs12Asn1(leafKeys.privateKey, chain, "", {
    algorithm: "3des",
  });
  return forgeBytes(forge.asn1.toDer(p12).getBytes());
}

interface ForgeKeys {
  readonly privateKey: forge.pki.rsa.PrivateKey;
  readonly publicKey: forge.pki.rsa.PublicKey;
}

function rsaKeys(): ForgeKeys {
  const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = (key: KeyObject, type: "pkcs8" | "spki") =>
    key.export({ type, format: "pem" }).toString();
  return {
    privateKey: forge.pki.privateKeyFromPem(
      pem(pair.privateKey, "pkcs8"),
    ) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(
      pem(pair.publicKey, "spki"),
    ) as forge.pki.rsa.PublicKey,
  };
}

function caChain(
  notBefore: Date,
  notAfter: Date,
): { cert: forge.pki.Certificate; keys: ForgeKeys }[] {
  const rootKeys = rsaKeys();
  const root = certificate({
    cn: "Generated Root CA",
    publicKey: rootKeys.publicKey,
    signingKey: rootKeys.privateKey,
    issuerCn: "Generated Root CA",
    notBefore,
    notAfter,
    ca: true,
  });
  const midKeys = rsaKeys();
  const intermediate = certificate({
    cn: "Generated Intermediate CA",
    publicKey: midKeys.publicKey,
    signingKey: rootKeys.privateKey,
    issuerCn: "Generated Root CA",
    notBefore,
    notAfter,
    ca: true,
  });
  return [
    { cert: root, keys: rootKeys },
    { cert: intermediate, keys: midKeys },
  ];
}

function certificate(input: {
  cn: string;
  publicKey: forge.pki.rsa.PublicKey;
  signingKey: forge.pki.rsa.PrivateKey;
  issuerCn: string;
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = input.publicKey;
  cert.serialNumber = `01${randomBytes(8).toString("hex")}`;
  cert.validity.notBefore = input.notBefore;
  cert.validity.notAfter = input.notAfter;
  cert.setSubject([{ name: "commonName", value: input.cn }]);
  cert.setIssuer([{ name: "commonName", value: input.issuerCn }]);
  cert.setExtensions([{ name: "basicConstraints", cA: input.ca }]);
  cert.sign(input.signingKey, forge.md.sha256.create());
  return cert;
}

function forgeBytes(binary: string): Uint8Array {
  return new Uint8Array(Buffer.from(binary, "latin1"));
}
