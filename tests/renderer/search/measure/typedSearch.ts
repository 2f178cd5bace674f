import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../support/demoStack";
import {
  corpusDir,
  startServer,
  TsxProcess,
} from "../../../workstation/support/processes";
import { seedCorpusDossier } from "../corpusDossier";

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

const plan = (name: string) => path.join(corpusDir, "plans", name);
const MEMBER = { username: "salma", password: "salma-measure-pass" };
const DOSSIER = "KH-MEAS-2026-0011";

/** Signs in (the host keeps the member signed in) and opens the dossier. */
async function openDossier(page: Page, url: string): Promise<void> {
  await page.goto(url);
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
}

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
  await openDossier(page, url);

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
  await seedCorpusDossier(path.join(root, "server"), DOSSIER, MEMBER, [
    `level_plan:${plan("bluebeam_E201A_electrical_floor_plan_42x30.pdf")}:E201A`,
    `site_plan:${plan("autocad2024_site_plan_existing_proposed_archD_10layers.pdf")}:Site`,
    `site_plan:${plan("opentakeoff_fixture_scanned_plan_raster.pdf")}:Scan`,
    `other:${plan("bluebeam_kirkland_permit_set_7_sheets.pdf")}:Kirkland`,
  ]);
  const server = await startServer(path.join(root, "server"));
  const host = TsxProcess.start("electron/host/cli.ts", [
    ...["--data", path.join(root, "host"), "--server", server.url],
    ...["--port", "0"],
    ...["--sync-interval-ms", "1000", "--renderer", path.resolve(renderer)],
  ]);
  const url = await host.waitForLine(
    /open (http:\/\/127\.0\.0\.1:\d+\/#k=[0-9a-f]{64})/,
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
