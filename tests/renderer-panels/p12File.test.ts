import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/contract/errors";
import { readP12File } from "../../renderer/opinion/p12File";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const certs = path.resolve(repoRoot, "../shared/corpus/signatures/certs");
const hasCorpus = existsSync(certs);
if (!hasCorpus) {
  process.stderr.write(`skipping PKCS#12 file tests: ${certs} is absent\n`);
}

function fileOf(bytes: Uint8Array, name: string): File {
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return new File([copy], name, { type: "application/x-pkcs12" });
}

async function keyOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
  return "no error";
}

describe("reading a certificate file", () => {
  it.skipIf(!hasCorpus)("reads the real .p12 and .pfx files", async () => {
    for (const name of ["nodesignpdf_certificate.p12", "pyhanko_signer1.pfx"]) {
      const onDisk = new Uint8Array(readFileSync(path.join(certs, name)));
      const bytes = await readP12File(fileOf(onDisk, name.toUpperCase()));
      expect(bytes).toEqual(onDisk);
      expect(bytes[0]).toBe(0x30);
    }
  });

  it.skipIf(!hasCorpus)("refuses a PDF chosen by mistake", async () => {
    const pdf = readFileSync(
      path.resolve(certs, "../nodesignpdf_signed_once.pdf"),
    );
    const key = await keyOf(
      readP12File(fileOf(new Uint8Array(pdf), "signed.pdf")),
    );
    expect(key).toBe("opinion.error.p12Extension");

    const renamed = await keyOf(
      readP12File(fileOf(new Uint8Array(pdf), "renamed.p12")),
    );
    expect(renamed).toBe("opinion.error.p12NotDer");
  });

  it("refuses an empty file and a huge one", async () => {
    expect(await keyOf(readP12File(fileOf(new Uint8Array(), "a.p12")))).toBe(
      "opinion.error.p12Empty",
    );
    const huge = new Uint8Array(2 * 1024 * 1024);
    huge[0] = 0x30;
    expect(await keyOf(readP12File(fileOf(huge, "a.pfx")))).toBe(
      "opinion.error.p12TooLarge",
    );
  });
});
