import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../support/demoStack";
import { startServer } from "../../../workstation/support/processes";
import {
  openMeasureDossier,
  seedMeasureDossier,
  startMeasureHost,
} from "./measureDossier";

/*
 * A dossier's first search for "carts" typed at each pace given (ms
 * between keys; -1 fills the field and presses Enter): milliseconds from
 * the first key until the last sheet is read, and how many times the
 * page fetched a document's bytes (four documents: four is the least).
 *
 *   npx tsx tests/renderer/search/measure/typedSearch.ts \
 *     dist/renderer -1,300,120 [runs]
 *
 * At 300 ms between keys, every key starts a search over the stale one.
 * Each run opens a fresh browser context, so nothing is cached.
 */

const DOSSIER = "KH-MEAS-2026-0011";

/** One first search typed `keyDelayMs` apart (-1: filled, then Enter). */
async function timeTyped(browser: Browser, url: string, keyDelayMs: number) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  let reads = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/rpc/documents.read")) reads++;
  });
  await openMeasureDossier(page, url, DOSSIER);

  const before = reads;
  const input = page.getByTestId("search-input");
  const started = Date.now();
  if (keyDelayMs < 0) {
    await input.fill("carts");
    await input.press("Enter");
  } else {
    await input.click();
    await page.keyboard.type("carts", { delay: keyDelayMs });
  }
  await page.getByTestId("search-summary").waitFor({ timeout: 180_000 });
  await page
    .getByTestId("search-progress")
    .waitFor({ state: "detached", timeout: 180_000 });
  const elapsedMs = Date.now() - started;
  await context.close();
  return { elapsedMs, reads: reads - before };
}

async function main() {
  const [renderer = "dist/renderer", delayArg = "300", runsArg = "3"] =
    process.argv.slice(2);
  const root = mkdtempSync(path.join(tmpdir(), "lajna-typed-"));
  await seedMeasureDossier(path.join(root, "server"), DOSSIER);
  const server = await startServer(path.join(root, "server"));
  const { host, url } = await startMeasureHost(
    path.join(root, "host"),
    server.url,
    renderer,
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  try {
    for (const delay of delayArg.split(",").map(Number)) {
      for (let i = 0; i < Number(runsArg); i++) {
        const r = await timeTyped(browser, url, delay);
        process.stdout.write(
          `${delay} ms a key: ${r.elapsedMs} ms, ${r.reads} reads\n`,
        );
      }
    }
  } finally {
    await browser.close();
    await host.kill();
    await server.process.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
