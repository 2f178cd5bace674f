import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../support/demoStack";
import {
  corpusDir,
  startServer,
  TsxProcess,
} from "../../../workstation/support/processes";
import { seedCorpusDossier } from "../corpusDossier";

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

const plan = (name: string) => path.join(corpusDir, "plans", name);
const MEMBER = { username: "salma", password: "salma-measure-pass" };
const DOSSIER = "KH-MEAS-2026-0010";

function seed(dataDir: string): Promise<void> {
  return seedCorpusDossier(dataDir, DOSSIER, MEMBER, [
    `level_plan:${plan("bluebeam_E201A_electrical_floor_plan_42x30.pdf")}:E201A`,
    `site_plan:${plan("autocad2024_site_plan_existing_proposed_archD_10layers.pdf")}:Site`,
    `site_plan:${plan("opentakeoff_fixture_scanned_plan_raster.pdf")}:Scan`,
    `other:${plan("bluebeam_kirkland_permit_set_7_sheets.pdf")}:Kirkland`,
  ]);
}

async function startHost(dataDir: string, server: string, renderer: string) {
  const host = TsxProcess.start("electron/host/cli.ts", [
    ...["--data", dataDir, "--server", server, "--port", "0"],
    ...["--sync-interval-ms", "1000", "--renderer", path.resolve(renderer)],
  ]);
  const url = await host.waitForLine(
    /open (http:\/\/127\.0\.0\.1:\d+\/#k=[0-9a-f]{64})/,
  );
  return { host, url };
}

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
  await page.goto(url);
  // The host keeps the member signed in after the first run.
  const signIn = page.getByTestId("signin-username");
  const inbox = page.getByTestId("inbox-row").first();
  await signIn.or(inbox).waitFor({ timeout: 120_000 });
  if (await signIn.isVisible()) {
    await signIn.fill(MEMBER.username);
    await page.getByTestId("signin-password").fill(MEMBER.password);
    await page.getByTestId("signin-submit").click();
  }
  await page
    .getByTestId("inbox-row")
    .filter({ hasText: DOSSIER })
    .click({ timeout: 120_000 });
  await page.getByTestId("search-input").waitFor({ timeout: 60_000 });
  // Let the viewer finish drawing the first sheet.
  await page.waitForTimeout(4000);

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
  await seed(path.join(root, "server"));
  const server = await startServer(path.join(root, "server"));
  const hosts = await Promise.all(
    builds.map(([label, dir]) =>
      startHost(path.join(root, label), server.url, dir),
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
