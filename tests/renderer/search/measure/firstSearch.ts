import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
 * Times a dossier's first search in Chromium, from Enter until the last
 * of its ten sheets is read, for each built renderer given:
 *
 *   npx tsx tests/renderer/search/measure/firstSearch.ts \
 *     before=/path/to/dist/renderer after=dist/renderer [runs]
 *
 * Each run opens a fresh browser context, so nothing is cached; runs of
 * the renderers alternate, so a busy machine slows them alike.
 */

const DOSSIER = "KH-MEAS-2026-0010";

/** Glyph workers the pages started, to tell that the build has them. */
let glyphWorkers = 0;

/** Milliseconds from Enter to the end of a first search for "carts". */
async function timeFirstSearch(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  page.on("worker", (worker) => {
    if (worker.url().includes("glyphWorker")) glyphWorkers++;
  });
  await openMeasureDossier(page, url, DOSSIER);

  const input = page.getByTestId("search-input");
  await input.fill("carts");
  const started = Date.now();
  await input.press("Enter");
  await page.getByTestId("search-progress").first().waitFor();
  await page
    .getByTestId("search-progress")
    .first()
    .waitFor({ state: "detached", timeout: 180_000 });
  const elapsed = Date.now() - started;
  await context.close();
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? "5");
  const builds = args
    .filter((a) => a.includes("="))
    .map((a) => a.split("=") as [string, string]);
  const root = mkdtempSync(path.join(tmpdir(), "lajna-measure-search-"));
  await seedMeasureDossier(path.join(root, "server"), DOSSIER);
  const server = await startServer(path.join(root, "server"));
  const hosts = await Promise.all(
    builds.map(([label, dir]) =>
      startMeasureHost(path.join(root, label), server.url, dir),
    ),
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const times = builds.map((): number[] => []);
    for (let run = 0; run < runs; run++) {
      for (const [i, { url }] of hosts.entries()) {
        times[i]!.push(await timeFirstSearch(browser, url));
      }
    }
    process.stdout.write(`glyph workers started: ${glyphWorkers}\n`);
    for (const [label] of builds) {
      const log = readFileSync(path.join(root, label, "lajna.log"), "utf8");
      const unread = log.split("\n").filter((l) => l.includes("glyphs unread"));
      const searched = [...log.matchAll(/"ms":(\d+)[^\n]*dossier searched/g)];
      const ms = searched.map((m) => m[1]).join(", ");
      process.stdout.write(
        `${label}: ${unread.length} sheets without glyphs; the app's own log: ${ms} ms\n`,
      );
    }
    builds.forEach(([label], i) => {
      const all = times[i]!.join(", ");
      process.stdout.write(
        `${label}: median ${median(times[i]!)} ms (${all})\n`,
      );
    });
  } finally {
    await browser.close();
    for (const { host } of hosts) await host.kill();
    await server.process.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
