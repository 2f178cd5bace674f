import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { serveStatic } from "../../../scripts/bench/viewer/staticServer";
import { CHROMIUM, CHROMIUM_ARGS } from "../../support/demoStack";
import { corpusDir, repoRoot } from "../../workstation/support/processes";
import type {
  HostileOutcome,
  RenderRequest,
  SwitchedView,
} from "../page/harnessApi";
import type { GrayImage } from "./grayImage";

/**
 * The harness page built with Vite, served on 127.0.0.1 with the corpus
 * (read-only, under /corpus/) and a scratch folder for edited copies
 * (under /scratch/), open in Debian's Chromium.
 */
export interface HarnessSession {
  /** Where test-made files go; served under /scratch/. */
  readonly scratchDir: string;
  render(request: RenderRequest): Promise<GrayImage & { fallbacks: number }>;
  /** Renders, switches layers to hide `hideAfter`, renders the view again. */
  renderSwitch(
    request: RenderRequest,
    hideAfter: readonly string[],
  ): Promise<GrayImage & Omit<SwitchedView, "grayBase64">>;
  openHostile(
    url: string,
    sheetIndex: number,
    timeoutMs: number,
  ): Promise<HostileOutcome>;
  openBesideBusy(
    busyUrl: string,
    url: string,
    timeoutMs: number,
  ): Promise<HostileOutcome>;
  /** How long the page takes to answer a trivial call, in ms. */
  pingMs(): Promise<number>;
  /** A fresh page, for a test that may leave the current one broken. */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(): Promise<HarnessSession> {
  const scratchDir = mkdtempSync(path.join(tmpdir(), "lajna-reference-"));
  // Each session builds into its own folder: test files run in parallel.
  const distDir = path.join(scratchDir, "dist");
  await build({
    configFile: path.join(repoRoot, "tests/viewer-reference/vite.config.ts"),
    build: { outDir: distDir, emptyOutDir: true },
  });
  const server = await serveStatic({
    "/pdfjs/": path.join(repoRoot, "node_modules/pdfjs-dist"),
    "/corpus/": corpusDir,
    "/scratch/": scratchDir,
    "/": distDir,
  });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  let page = await openPage(browser, server.url);

  return {
    scratchDir,
    async render(request) {
      const view = await page.evaluate(
        (r) => window.lajnaReference!.render(r),
        request,
      );
      const data = new Uint8Array(Buffer.from(view.grayBase64, "base64"));
      return { ...view, data };
    },
    async renderSwitch(request, hideAfter) {
      const view = await page.evaluate(
        ([r, h]) => window.lajnaReference!.renderSwitch(r, h),
        [request, hideAfter] as const,
      );
      const data = new Uint8Array(Buffer.from(view.grayBase64, "base64"));
      return { ...view, data };
    },
    openHostile: (url, sheetIndex, timeoutMs) =>
      page.evaluate(
        ([u, s, t]) => window.lajnaReference!.openHostile(u, s, t),
        [url, sheetIndex, timeoutMs] as const,
      ),
    openBesideBusy: (busyUrl, url, timeoutMs) =>
      page.evaluate(
        ([b, u, t]) => window.lajnaReference!.openBesideBusy(b, u, t),
        [busyUrl, url, timeoutMs] as const,
      ),
    async pingMs() {
      const start = performance.now();
      await page.evaluate(() => 0);
      return performance.now() - start;
    },
    async reload() {
      await page.context().close();
      page = await openPage(browser, server.url);
    },
    async stop() {
      await browser.close();
      await server.close();
      rmSync(scratchDir, { recursive: true, force: true });
    },
  };
}

async function openPage(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => window.lajnaReference !== undefined, null, {
    timeout: 60_000,
  });
  return page;
}
