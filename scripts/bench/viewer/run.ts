import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { pdfiumAloneMs } from "./engineAlone";
import { rendererRssBytes } from "./rendererMemory";
import { serveStatic } from "./staticServer";
import { printTable, type Measures } from "./report";

/**
 * `npm run bench:viewer`: Lajna's viewer against pdf.js's own viewer on
 * heavy corpus sheets, in one headless Chromium on 127.0.0.1. Builds the
 * bench pages, serves them, runs the same steps in both and prints a
 * table with the ratio Lajna / pdf.js (below 1 means Lajna is better).
 */

const log = pino({ name: "bench-viewer", level: "info" }).child({
  subsystem: "bench",
});
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const corpus = path.resolve(repoRoot, "../shared/corpus/plans");
const SHEETS = [
  "bluebeam_E201A_electrical_floor_plan_42x30.pdf",
  "pdfjs_issue12810_arch_plan_24x36_portrait.pdf",
  "autocad2024_site_plan_existing_proposed_archD_10layers.pdf",
];
const VIEWERS = ["lajna", "pdfjs"] as const;

/**
 * Fresh pages the first view is measured in (LAJNA_BENCH_FIRST_VIEWS):
 * on two shared cores one opening varies by a third from run to run, so
 * the table gives the median and the range.
 */
const FIRST_VIEWS = Math.max(
  1,
  Number(process.env.LAJNA_BENCH_FIRST_VIEWS ?? 5),
);

/** Deep zooms, each around three points of the sheet, up to the most. */
const DEEP_ZOOM_PERCENTS = [800, 1600, 6400];
const ZOOM_POINTS = [
  [0.3, 0.3],
  [0.6, 0.5],
  [0.45, 0.7],
] as const;
/** Pans at deep zoom, in CSS pixels: half a viewer across, then down. */
const PANS = [
  [-1000, 0],
  [0, -700],
  [1000, 0],
] as const;

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    log.error({ corpus }, "the corpus folder is missing; nothing to measure");
    process.exitCode = 1;
    return;
  }
  log.info("building the bench pages");
  await build({
    configFile: path.join(repoRoot, "scripts/bench/viewer/vite.config.ts"),
  });
  const server = await serveStatic({
    "/pdfjs/": path.join(repoRoot, "node_modules/pdfjs-dist"),
    "/corpus/": corpus,
    "/": path.join(repoRoot, ".tmp/bench-viewer/dist"),
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const results: Measures[] = [];
    for (const sheet of chosen(SHEETS, "LAJNA_BENCH_SHEETS")) {
      for (const viewer of chosen(VIEWERS, "LAJNA_BENCH_VIEWERS")) {
        log.info({ sheet, viewer }, "measuring");
        const measures = await measure(browser, server.url, viewer, sheet);
        for (let run = 1; run < FIRST_VIEWS; run++) {
          const page = await freshPage(browser, server.url, viewer);
          measures.firstViewMs.push(await firstView(page, sheet));
          await page.context().close();
        }
        results.push(measures);
      }
    }
    // After the browser's runs, on an idle machine, as their baseline.
    const engineMs = new Map<string, number>();
    for (const sheet of new Set(results.map((r) => r.sheet))) {
      const bytes = new Uint8Array(readFileSync(path.join(corpus, sheet)));
      engineMs.set(sheet, await pdfiumAloneMs(bytes));
    }
    printTable(results, engineMs);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The names an environment variable keeps (comma-separated parts of
 * them, e.g. LAJNA_BENCH_SHEETS=bluebeam), all when it is unset; for a
 * quick look at one case, as the full run takes minutes.
 */
function chosen<T extends string>(names: readonly T[], variable: string): T[] {
  const parts = process.env[variable]?.split(",").filter(Boolean) ?? [];
  if (parts.length === 0) return [...names];
  return names.filter((name) => parts.some((part) => name.includes(part)));
}

/**
 * One viewer on one sheet, in a fresh browser context (a fresh process):
 * open, deep zooms, pans, close and reopen, a layer hidden and shown.
 */
async function measure(
  browser: Browser,
  origin: string,
  viewer: (typeof VIEWERS)[number],
  sheet: string,
): Promise<Measures> {
  const page = await freshPage(browser, origin, viewer);
  page.on("crash", () => log.error({ viewer, sheet }, "the page crashed"));
  const baseRssBytes = rendererRssBytes(process.pid);
  const memory = await sampleMemory(page);

  const firstViewMs = await firstView(page, sheet);
  const firstViewTaskMs = await page.evaluate(() =>
    window.lajnaBench!.takeLongestTaskMs(),
  );

  const zoomMs: number[] = [];
  for (const percent of DEEP_ZOOM_PERCENTS) {
    for (const [fx, fy] of ZOOM_POINTS) {
      await page.evaluate(() => window.lajnaBench!.fit());
      zoomMs.push(
        await page.evaluate(([p, x, y]) => window.lajnaBench!.zoomTo(p, x, y), [
          percent,
          fx,
          fy,
        ] as const),
      );
    }
  }
  // Pans at 800 %, where a reviewer reads a sheet.
  await page.evaluate(([p, x, y]) => window.lajnaBench!.zoomTo(p, x, y), [
    DEEP_ZOOM_PERCENTS[0] ?? 800,
    0.5,
    0.5,
  ] as const);
  const panMs: number[] = [];
  for (const [dx, dy] of PANS) {
    panMs.push(
      await page.evaluate(([x, y]) => window.lajnaBench!.panBy(x, y), [
        dx,
        dy,
      ] as const),
    );
  }
  const gestureTaskMs = await page.evaluate(() =>
    window.lajnaBench!.takeLongestTaskMs(),
  );
  const reopenMs = await page.evaluate(
    (url) => window.lajnaBench!.reopen(url),
    `/corpus/${sheet}`,
  );
  // Hides the first layer, then shows it again, at the fitted view.
  const layerMs: number[] = [];
  const layerRedrawnPercent: number[] = [];
  for (let i = 0; i < 2; i++) {
    const ms = await page.evaluate(() => window.lajnaBench!.toggleLayer());
    if (ms !== null) layerMs.push(ms);
    const redrawn = await page.evaluate(() =>
      window.lajnaBench!.redrawnPercent(),
    );
    if (ms !== null && redrawn !== null) layerRedrawnPercent.push(redrawn);
  }
  const layerTaskMs = await page.evaluate(() =>
    window.lajnaBench!.takeLongestTaskMs(),
  );
  const peak = await memory.stop();
  await page.context().close();
  return {
    viewer,
    sheet,
    firstViewMs: [firstViewMs],
    firstViewTaskMs,
    zoomMs,
    panMs,
    gestureTaskMs,
    reopenMs,
    layerMs,
    layerRedrawnPercent,
    layerTaskMs,
    peakHeapBytes: peak.heapBytes,
    peakRssBytes: peak.rssBytes,
    baseRssBytes,
  };
}

/** A viewer's bench page in a fresh browser context (a fresh process). */
async function freshPage(
  browser: Browser,
  origin: string,
  viewer: (typeof VIEWERS)[number],
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 2000, height: 1400 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => log.error({ error }, "page error"));
  await page.goto(`${origin}/${viewer}.html`);
  await page.waitForFunction(() => window.lajnaBench !== undefined);
  return page;
}

/** Opens a corpus sheet not seen before: ms to its first sharp view. */
function firstView(page: Page, sheet: string): Promise<number> {
  return page.evaluate(
    (url) => window.lajnaBench!.open(url),
    `/corpus/${sheet}`,
  );
}

/** Samples the JS heap (CDP) and the renderers' RSS (/proc) until stopped. */
async function sampleMemory(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const peak = { heapBytes: 0, rssBytes: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      // The page may close under a failed step; the sampler then ends.
      const answer = await cdp.send("Performance.getMetrics").catch(() => null);
      if (answer === null) break;
      const { metrics } = answer;
      const heap = metrics.find((m) => m.name === "JSHeapUsedSize");
      peak.heapBytes = Math.max(peak.heapBytes, heap?.value ?? 0);
      peak.rssBytes = Math.max(peak.rssBytes, rendererRssBytes(process.pid));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

await main();
