import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import type { MountOptions } from "../../../scripts/bench/markupFrames/pages/benchPage";
import { serveStatic } from "../../../scripts/bench/viewer/staticServer";

/**
 * The markup frames bench page (the real MarkupLayer on a bare stage)
 * built, served on 127.0.0.1 and opened in Chromium at 1600 x 1000, for
 * the Chromium flows of the markup layer. `close` stops both.
 */
export interface BenchPageSession {
  readonly page: Page;
  close(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * Builds and opens the bench page with `count` of its markups mounted
 * and painted. Each session builds into a folder of its own, since test
 * files run side by side and a build empties its folder first.
 */
export async function openBenchPage(
  count: number,
  options: MountOptions = {},
): Promise<BenchPageSession> {
  const outDir = await mkdtemp(
    path.join(repoRoot, ".tmp/bench-markup-frames-test-"),
  );
  await build({
    configFile: path.join(
      repoRoot,
      "scripts/bench/markupFrames/vite.config.ts",
    ),
    logLevel: "error",
    build: { outDir },
  });
  const server = await serveStatic({ "/": outDir });
  const stop = async (browser?: Browser) => {
    await browser?.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
      ],
    });
    const page = await (
      await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    ).newPage();
    await page.goto(`${server.url}/frames.html`);
    await page.waitForFunction(() => window.markupFramesBench !== undefined);
    await page.evaluate(([n, how]) => window.markupFramesBench!.mount(n, how), [
      count,
      options,
    ] as const);
    await page.evaluate(() => window.markupFramesBench!.canvasPaint());
    const opened = browser;
    return { page, close: () => stop(opened) };
  } catch (error) {
    await stop(browser);
    throw error;
  }
}
