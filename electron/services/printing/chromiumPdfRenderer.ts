import { chromium, type Browser } from "playwright-core";
import type { Logger } from "pino";
import { pageMarginsMm } from "../../../shared/print";
import { silentLogger } from "../log";
import type { PdfOptions, PdfRenderer } from "./pdfRenderer";

/** Where to find Chromium and where to log. */
export interface ChromiumRendererOptions {
  /** Defaults to $LAJNA_CHROMIUM, then /usr/bin/chromium. */
  readonly executablePath?: string;
  /** The "printing" subsystem logger; silent when omitted. */
  readonly logger?: Logger;
}

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
];

/**
 * A PdfRenderer on headless Chromium (playwright-core). The browser is
 * launched on first use and reused; each document gets its own context
 * with JavaScript disabled and every network request aborted, because
 * printed HTML is self-contained and may carry user text.
 */
export function createChromiumPdfRenderer(
  options: ChromiumRendererOptions = {},
): PdfRenderer {
  const log = options.logger ?? silentLogger();
  const executablePath =
    options.executablePath ??
    process.env["LAJNA_CHROMIUM"] ??
    "/usr/bin/chromium";
  let browser: Promise<Browser> | null = null;

  const launch = (): Promise<Browser> => {
    browser ??= chromium
      .launch({ executablePath, args: chromiumArgs, headless: true })
      .then((b) => {
        log.info({ executablePath }, "print browser launched");
        b.on("disconnected", () => {
          browser = null;
        });
        return b;
      })
      .catch((error: unknown) => {
        browser = null;
        throw error;
      });
    return browser;
  };

  return {
    async htmlToPdf(html: string, pdfOptions: PdfOptions) {
      const started = Date.now();
      const pdf = await renderInChromium(await launch(), html, pdfOptions);
      log.debug(
        { bytes: pdf.length, ms: Date.now() - started },
        "document printed",
      );
      return pdf;
    },

    async close() {
      const open = browser;
      browser = null;
      if (open) await (await open).close();
    },
  };
}

async function renderInChromium(
  browser: Browser,
  html: string,
  options: PdfOptions,
): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await context.route("**/*", (route) => route.abort("blockedbyclient"));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: options.pageSize,
      printBackground: true,
      margin: {
        top: `${pageMarginsMm.top}mm`,
        right: `${pageMarginsMm.right}mm`,
        bottom: `${pageMarginsMm.bottom}mm`,
        left: `${pageMarginsMm.left}mm`,
      },
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close();
  }
}
