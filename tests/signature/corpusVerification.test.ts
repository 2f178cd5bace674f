import { describe, expect, it } from "vitest";
import { verifyPdfSignatures } from "../../shared/signature";
import { corpusFile, hasCorpus, simplePdf } from "./signatureTestKit";

describe.skipIf(!hasCorpus)("verifyPdfSignatures on the corpus", () => {
  it("accepts node-signpdf's single signature over the whole file", async () => {
    const [report, ...rest] = await verifyPdfSignatures(
      corpusFile("nodesignpdf_signed_once.pdf"),
    );
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      status: "valid",
      reason: null,
      subFilter: "adbe.pkcs7.detached",
      signerName: "signpdf",
      coversWholeFile: true,
      checked: "integrity",
      trust: "not_checked",
    });
    expect(report?.signingTime?.toISOString()).toBe("2019-11-05T18:13:50.000Z");
  });

  it("accepts both signatures of an incrementally signed file", async () => {
    const reports = await verifyPdfSignatures(
      corpusFile("nodesignpdf_signed_twice.pdf"),
    );
    expect(reports.map((r) => r.status)).toEqual(["valid", "valid"]);
    // Only the later signature covers the last revision.
    expect(reports.map((r) => r.coversWholeFile)).toEqual([false, true]);
    expect(reports.map((r) => r.signerName)).toEqual(["signpdf", "SignPdf"]);
  });

  it("rejects a signature whose digest does not match", async () => {
    const [report] = await verifyPdfSignatures(
      corpusFile("itext_corrupted_signature_digest_mismatch.pdf"),
    );
    expect(report?.status).toBe("invalid");
    expect(report?.reason).toBe("signature.invalid.digestMismatch");
  });

  it("rejects a ByteRange with a single range (pdfsig accepts it)", async () => {
    const [report] = await verifyPdfSignatures(
      corpusFile("pyhanko_broken_one_byterange.pdf"),
    );
    expect(report?.status).toBe("invalid");
    expect(report?.reason).toBe("signature.invalid.byteRange");
  });

  it("does not accept an unsigned placeholder", async () => {
    const reports = await verifyPdfSignatures(
      corpusFile("nodesignpdf_with_placeholder_unsigned.pdf"),
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]?.status).toBe("invalid");
    expect(reports[0]?.reason).not.toBeNull();
  });

  it("accepts a PAdES B-LT signature (DSS appended after it)", async () => {
    const [report] = await verifyPdfSignatures(
      corpusFile("itext_pades_LT.pdf"),
    );
    expect(report).toMatchObject({
      status: "valid",
      subFilter: "ETSI.CAdES.detached",
      signerName: "iTextTestRsaCert01",
      coversWholeFile: false,
    });
  });

  it("accepts the signature and the document time-stamp of a B-LTA file", async () => {
    const reports = await verifyPdfSignatures(
      corpusFile("pyhanko_pades_lta_dss_doc_timestamp.pdf"),
    );
    expect(reports[0]).toMatchObject({
      status: "valid",
      subFilter: "ETSI.CAdES.detached",
      signerName: "Alice",
    });
    expect(reports[1]).toMatchObject({
      status: "valid",
      subFilter: "ETSI.RFC3161",
    });
    // A time-stamp has no /M: its own time is reported.
    expect(reports[1]?.signingTime).toBeInstanceOf(Date);
  });
});

describe("verifyPdfSignatures without signatures", () => {
  it("returns an empty list", async () => {
    expect(await verifyPdfSignatures(await simplePdf())).toEqual([]);
  });

  it("stays fast on a file full of /ByteRange keys", async () => {
    const body = "/ByteRange [0 1 2 3] ".repeat(50_000);
    const hostile = new TextEncoder().encode(`1 0 obj << ${body} >>`);
    const started = Date.now();
    const reports = await verifyPdfSignatures(hostile);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(reports.every((r) => r.status === "invalid")).toBe(true);
  });

  it("does not throw on bytes that are not a PDF", async () => {
    const junk = new TextEncoder().encode("/ByteRange [0 1 2 3] 1 0 obj <<");
    expect(await verifyPdfSignatures(junk)).toEqual([]);
  });
});
