import { readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createChromiumPdfRenderer,
  printDecisionPdf,
  produceSignedOpinionPdf,
  type PdfRenderer,
} from "../../electron/services/printing";
import { outcomeSentence } from "../../shared/print";
import { verifyPdfSignatures } from "../../shared/signature";
import { corpusDir, hasCorpus, pdfsig } from "../signature/signatureTestKit";
import {
  commission,
  dossier,
  markup,
  opinionOf,
  opinions,
  session,
} from "./printFixtures";
import {
  asTypedPattern,
  fontEmbedding,
  hasChromium,
  poppler,
  renderPages,
  withoutBidiControls,
} from "./printTools";

const now = new Date("2026-12-10T09:30:00Z");

describe.skipIf(!hasChromium)("printing through Chromium", () => {
  let renderer: PdfRenderer;
  beforeAll(() => {
    renderer = createChromiumPdfRenderer();
  });
  afterAll(async () => renderer.close());

  describe("the decision PDF", () => {
    let pdf: Uint8Array;
    beforeAll(async () => {
      pdf = await printDecisionPdf({
        renderer,
        dossier,
        commission,
        session,
        opinions,
        now,
      });
    });

    it("embeds every font it uses", () => {
      const embedded = fontEmbedding(poppler("pdffonts", pdf));
      expect(embedded.length).toBeGreaterThan(0);
      expect(embedded.every(Boolean)).toBe(true);
    });

    it("has the dossier number and the Arabic sentences as typed", () => {
      const text = withoutBidiControls(poppler("pdftotext", pdf));
      const sentence = outcomeSentence({
        outcome: "favourable_with_conditions",
        missing: null,
        counted: 2,
      });
      expect(text).toContain("KH-2026-0147");
      expect(text).toMatch(asTypedPattern("قرار اللجنة"));
      // pdftotext puts the full stop that ends a right-to-left line where
      // it is drawn, at the line's left end, i.e. before the words; the
      // words themselves must come out in logical order, as typed.
      expect(text).toMatch(asTypedPattern(sentence.ar.replace(/\.$/, "")));
      expect(text).toContain(sentence.fr);
      // A member's name may wrap in its narrow column: word by word.
      expect(text).toMatch(asTypedPattern("جماعة تيفلت"));
      expect(text).toMatch(asTypedPattern("يوسف"));
      expect(text).toMatch(asTypedPattern("الإدريسي"));
    });

    it("is one A4 page that poppler renders", async () => {
      const doc = await PDFDocument.load(pdf);
      const sizes = doc.getPages().map((p) => p.getSize());
      expect(sizes).toHaveLength(1);
      // Chromium rounds A4 to 8.27 x 11.71 in (595.9 x 842.9 pt).
      expect(Math.abs((sizes[0]?.width ?? 0) - 595.3)).toBeLessThan(1.5);
      expect(Math.abs((sizes[0]?.height ?? 0) - 841.9)).toBeLessThan(1.5);

      const [page] = renderPages(pdf);
      expect(statSync(page ?? "").size).toBeGreaterThan(5_000);
    });
  });

  it("prints hostile text as text", async () => {
    const hostile = "<script>document.title='pwned'</script><b>bold</b>";
    const pdf = await printDecisionPdf({
      renderer,
      dossier,
      commission,
      session,
      opinions: [opinionOf({ conditions: [{ text: hostile, markupIds: [] }] })],
      now,
    });
    const text = poppler("pdftotext", pdf).replace(/\s+/g, "");
    expect(text).toContain(hostile.replace(/\s+/g, ""));
  });

  describe("network", () => {
    let server: Server;
    let requests = 0;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        requests++;
        res.end("x");
      });
      await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it("blocks every request the page makes", async () => {
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const html = `<!doctype html><link rel="stylesheet" href="${base}/a.css">
        <img src="${base}/b.png"><p style="background:url(${base}/c.png)">x</p>`;
      const pdf = await renderer.htmlToPdf(html, { pageSize: "A4" });
      expect(pdf.length).toBeGreaterThan(0);
      expect(requests).toBe(0);
    });
  });

  describe.skipIf(!hasCorpus)("the signed opinion PDF", () => {
    let pdf: Uint8Array;
    beforeAll(async () => {
      pdf = await produceSignedOpinionPdf({
        renderer,
        opinion: opinionOf({}),
        dossier,
        markups: [markup],
        pkcs12: readFileSync(`${corpusDir}/certs/nodesignpdf_certificate.p12`),
        password: "",
        now,
      });
    });

    it("verifies with our verifier and with pdfsig", async () => {
      const [report] = await verifyPdfSignatures(pdf);
      expect(report).toMatchObject({
        status: "valid",
        subFilter: "ETSI.CAdES.detached",
        signerName: "signpdf",
        coversWholeFile: true,
      });
      expect(report?.signingTime?.getTime()).toBe(now.getTime());
      const out = pdfsig(pdf);
      expect(out).toContain("Signature is Valid");
      expect(out).toContain("ETSI.CAdES.detached");
    });

    it("renders, with the sheet's content and the stamp", () => {
      const pages = renderPages(pdf);
      expect(pages).toHaveLength(1);
      expect(statSync(pages[0] ?? "").size).toBeGreaterThan(5_000);
      const text = withoutBidiControls(poppler("pdftotext", pdf));
      expect(text).toContain("KH-2026-0147");
      expect(text).toMatch(asTypedPattern("رأي عضو اللجنة"));
      expect(text).toContain("Retrait sur rue insuffisant");
      expect(text).toContain("Signé électroniquement");
    });

    it("embeds every font, the stamp's included", () => {
      const embedded = fontEmbedding(poppler("pdffonts", pdf));
      expect(embedded.length).toBeGreaterThan(1);
      expect(embedded.every(Boolean)).toBe(true);
    });

    it("fails on a wrong password before printing", async () => {
      const attempt = produceSignedOpinionPdf({
        renderer,
        opinion: opinionOf({}),
        dossier,
        markups: [],
        pkcs12: readFileSync(`${corpusDir}/certs/nodesignpdf_certificate.p12`),
        password: "wrong",
        now,
      });
      await expect(attempt).rejects.toMatchObject({
        key: "signature.error.badPassword",
      });
    });
  });
});
