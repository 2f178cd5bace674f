import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/contract/errors";
import { signPdf, verifyPdfSignatures } from "../../shared/signature";
import {
  corpusFile,
  embeddedCms,
  flipByte,
  generatedPkcs12,
  hasCorpus,
  hasTool,
  pdfsig,
  simplePdf,
} from "./signatureTestKit";

const signingTime = new Date("2026-12-04T10:30:00Z");
const info = {
  name: "Amina El Idrissi",
  reason: "Avis favorable avec réserves",
  location: "Tiflet",
  signingTime,
};
const hasPdfsig = hasTool("pdfsig");

/*
 * A signer under a root and an intermediate CA, generated here with
 * node-forge and valid around the signing time (pyhanko_signer1.pfx, the
 * corpus's chained signer, expired in 2022 and is now refused).
 */
const chained = (): Uint8Array =>
  generatedPkcs12({
    cn: "Generated Chained Signer",
    notBefore: new Date("2025-01-01T00:00:00Z"),
    notAfter: new Date("2030-01-01T00:00:00Z"),
    withChain: true,
  });

const signers = [
  {
    file: "nodesignpdf_certificate.p12",
    pkcs12: () => corpusFile("certs/nodesignpdf_certificate.p12"),
    cn: "signpdf",
    certificates: 1,
  },
  {
    file: "a generated 3-certificate chain",
    pkcs12: chained,
    cn: "Generated Chained Signer",
    certificates: 3,
  },
];

describe.skipIf(!hasCorpus).each(signers)("signPdf with $file", (signer) => {
  const sign = async (): Promise<Uint8Array> =>
    signPdf(await simplePdf(), { pkcs12: signer.pkcs12(), password: "" }, info);

  it("produces a PAdES signature our verifier accepts", async () => {
    const [report, ...rest] = await verifyPdfSignatures(await sign());
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      status: "valid",
      subFilter: "ETSI.CAdES.detached",
      signerName: signer.cn,
      coversWholeFile: true,
    });
    expect(report?.signingTime?.getTime()).toBe(signingTime.getTime());
  });

  it.skipIf(!hasPdfsig)("is valid for poppler's pdfsig", async () => {
    const out = pdfsig(await sign());
    expect(out).toContain("Signature is Valid");
    expect(out).toContain("ETSI.CAdES.detached");
    expect(out).toContain(`Signer Certificate Common Name: ${signer.cn}`);
    expect(out).toContain("Total document signed");
  });

  it("writes the PAdES B-B dictionary and CMS attributes", async () => {
    const signed = await sign();
    const text = Buffer.from(signed).toString("latin1");
    expect(text).toMatch(/\/Filter\s*\/Adobe\.PPKLite/);
    expect(text).toMatch(/\/M\s*\(D:20261204103000Z\)/);

    const cms = embeddedCms(signed);
    const attributes = cms.signerInfos[0]?.signedAttrs?.attributes ?? [];
    expect(attributes.map((a) => a.type).sort()).toEqual([
      "1.2.840.113549.1.9.16.2.47", // signing-certificate-v2
      "1.2.840.113549.1.9.3", // content-type
      "1.2.840.113549.1.9.4", // message-digest
    ]);
    // Detached: no encapsulated content; the whole chain is included.
    expect(cms.encapContentInfo.eContent).toBeUndefined();
    expect(cms.certificates).toHaveLength(signer.certificates);
  });

  it("is invalid for both verifiers after one signed byte changes", async () => {
    const signed = await sign();
    const text = Buffer.from(signed).toString("latin1");
    // A digit of /M: inside the first signed range, and still a valid PDF.
    const offset = text.indexOf("(D:2026") + 4;
    const tampered = flipByte(signed, offset);

    const [report] = await verifyPdfSignatures(tampered);
    expect(report?.status).toBe("invalid");
    expect(report?.reason).toBe("signature.invalid.digestMismatch");
    if (hasPdfsig) {
      const out = pdfsig(tampered);
      expect(out).not.toContain("Signature is Valid");
      expect(out).toContain("Digest Mismatch");
    }
  });
});

describe.skipIf(!hasCorpus)("signPdf failures", () => {
  const p12 = (): Uint8Array => corpusFile("certs/nodesignpdf_certificate.p12");

  it("reports a wrong password as signature.error.badPassword", async () => {
    const attempt = signPdf(
      await simplePdf(),
      { pkcs12: p12(), password: "wrong" },
      info,
    );
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({
      key: "signature.error.badPassword",
    });
  });

  it("reports a file that is not PKCS#12 as signature.error.notPkcs12", async () => {
    const attempt = signPdf(
      await simplePdf(),
      { pkcs12: await simplePdf(), password: "" },
      info,
    );
    await expect(attempt).rejects.toMatchObject({
      key: "signature.error.notPkcs12",
    });
  });

  it("refuses the expired pyhanko_signer1.pfx with its notAfter", async () => {
    const attempt = signPdf(
      await simplePdf(),
      { pkcs12: corpusFile("certs/pyhanko_signer1.pfx"), password: "" },
      info,
    );
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({
      key: "signature.error.certificateExpired",
      params: { notAfter: "2022-01-01T00:00:00.000Z" },
    });
  });

  it("refuses a certificate not valid yet at the signing time", async () => {
    const future = generatedPkcs12({
      cn: "Generated Future Signer",
      notBefore: new Date("2027-01-01T00:00:00Z"),
      notAfter: new Date("2029-01-01T00:00:00Z"),
    });
    const attempt = signPdf(
      await simplePdf(),
      { pkcs12: future, password: "" },
      info,
    );
    await expect(attempt).rejects.toMatchObject({
      key: "signature.error.certificateNotYetValid",
      params: { notBefore: "2027-01-01T00:00:00.000Z" },
    });
  });

  it("refuses to rewrite an already signed PDF", async () => {
    const signer = { pkcs12: p12(), password: "" };
    const signed = await signPdf(await simplePdf(), signer, info);
    await expect(signPdf(signed, signer, info)).rejects.toMatchObject({
      key: "signature.error.alreadySigned",
    });
  });

  it("rejects a ByteRange whose gap is not exactly /Contents", async () => {
    const signer = { pkcs12: p12(), password: "" };
    const signed = await signPdf(await simplePdf(), signer, info);
    const text = Buffer.from(signed).toString("latin1");
    const match = /\/ByteRange\s*\[0 (\d+) (\d+) (\d+)\]/.exec(text);
    expect(match).not.toBeNull();
    const [whole, a, b, c] = match as unknown as [
      string,
      string,
      string,
      string,
    ];
    // Leave two bytes before /Contents unsigned; same length, so the
    // rest of the file keeps its offsets.
    const shifted = `/ByteRange [0 ${Number(a) - 2} ${b} ${c}]`.padEnd(
      whole.length,
      " ",
    );
    const tampered = Buffer.from(text.replace(whole, shifted), "latin1");

    const [report] = await verifyPdfSignatures(new Uint8Array(tampered));
    expect(report?.reason).toBe("signature.invalid.byteRange");
  });
});
