import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdfSignatures } from "../../shared/signature";
import type * as SignatureApi from "../../shared/signature";
import { corpusFile, hasCorpus, simplePdf } from "./signatureTestKit";

const chromiumPath = process.env["LAJNA_CHROMIUM"] ?? "/usr/bin/chromium";
const entry = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../shared/signature/index.ts",
);

/** What the page sends back: one line per signature, then the signed PDF. */
interface PageResult {
  readonly verdicts: string[];
  readonly signedBase64: string;
}

// shared/ must run in the renderer too: bundle it for the browser and run
// it in Chromium, with the page's own WebCrypto.
describe.skipIf(!existsSync(chromiumPath) || !hasCorpus)(
  "shared/signature in a browser page",
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
        ],
      });
    });
    afterAll(async () => browser.close());

    it("verifies the corpus and signs a PDF", async () => {
      const bundle = await build({
        entryPoints: [entry],
        bundle: true,
        platform: "browser",
        format: "iife",
        globalName: "lajnaSignature",
        write: false,
        logLevel: "silent",
      });
      const page = await browser.newPage();
      // WebCrypto needs a secure context; 127.0.0.1 is one. The page is
      // served by the route itself, so nothing reaches the network.
      const origin = "http://127.0.0.1:9/";
      await page.route("**/*", (route) =>
        route.request().url() === origin
          ? route.fulfill({
              contentType: "text/html",
              body: "<!doctype html><title>signature</title>",
            })
          : route.abort(),
      );
      await page.goto(origin);
      await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? "" });

      const base64 = (bytes: Uint8Array): string =>
        Buffer.from(bytes).toString("base64");
      const result: PageResult = await page.evaluate(
        async (input) => {
          const decode = (b64: string): Uint8Array =>
            Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const api = (
            globalThis as unknown as {
              lajnaSignature: typeof SignatureApi;
            }
          ).lajnaSignature;

          const reports = await api.verifyPdfSignatures(decode(input.signed));
          const signed = await api.signPdf(
            decode(input.unsigned),
            { pkcs12: decode(input.pkcs12), password: "" },
            {
              name: "Browser",
              reason: "test",
              signingTime: new Date("2026-12-04T10:30:00Z"),
            },
          );
          let binary = "";
          for (const b of signed) binary += String.fromCharCode(b);
          return {
            verdicts: reports.map((r) => `${r.status} ${r.signerName}`),
            signedBase64: btoa(binary),
          };
        },
        {
          signed: base64(corpusFile("nodesignpdf_signed_twice.pdf")),
          unsigned: base64(await simplePdf()),
          pkcs12: base64(corpusFile("certs/nodesignpdf_certificate.p12")),
        },
      );

      expect(result.verdicts).toEqual(["valid signpdf", "valid SignPdf"]);
      const signed = new Uint8Array(Buffer.from(result.signedBase64, "base64"));
      const [report] = await verifyPdfSignatures(signed);
      expect(report).toMatchObject({ status: "valid", signerName: "signpdf" });
    });
  },
);
