import path from "node:path";
import type { Page } from "playwright-core";
import { corpusDir, TsxProcess } from "../../../workstation/support/processes";
import { seedCorpusDossier } from "../corpusDossier";

/*
 * What the search measurement scripts share: the same ten-sheet dossier
 * of corpus plans, a browser-mode host in front of the server, and the
 * way a page signs in and opens the dossier before anything is timed.
 */

const plan = (name: string) => path.join(corpusDir, "plans", name);

const MEMBER = { username: "salma", password: "salma-measure-pass" };

/**
 * Seeds a server data folder with the dossier `number`: an electrical
 * plan of 42 x 30 in, an AutoCAD site plan, a scan and a seven-sheet
 * scanned permit set.
 */
export function seedMeasureDossier(
  dataDir: string,
  number: string,
): Promise<void> {
  return seedCorpusDossier(dataDir, number, MEMBER, [
    `level_plan:${plan("bluebeam_E201A_electrical_floor_plan_42x30.pdf")}:E201A`,
    `site_plan:${plan("autocad2024_site_plan_existing_proposed_archD_10layers.pdf")}:Site`,
    `site_plan:${plan("opentakeoff_fixture_scanned_plan_raster.pdf")}:Scan`,
    `other:${plan("bluebeam_kirkland_permit_set_7_sheets.pdf")}:Kirkland`,
  ]);
}

/**
 * Starts a browser-mode host with its data in `dataDir`, syncing every
 * second with `server` and serving the built `renderer`; answers the
 * address a page opens it at.
 */
export async function startMeasureHost(
  dataDir: string,
  server: string,
  renderer: string,
): Promise<{ host: TsxProcess; url: string }> {
  const host = TsxProcess.start("electron/host/cli.ts", [
    ...["--data", dataDir, "--server", server, "--port", "0"],
    ...["--sync-interval-ms", "1000", "--renderer", path.resolve(renderer)],
  ]);
  const url = await host.waitForLine(
    /open (http:\/\/127\.0\.0\.1:\d+\/#k=[0-9a-f]{64})/,
  );
  return { host, url };
}

/**
 * Signs in (the host keeps the member signed in after the first time),
 * opens the dossier `number` and lets the viewer finish drawing its
 * first sheet, so that what is timed next starts from a quiet page.
 */
export async function openMeasureDossier(
  page: Page,
  url: string,
  number: string,
): Promise<void> {
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
    .filter({ hasText: number })
    .click({ timeout: 120_000 });
  await page.getByTestId("search-input").waitFor({ timeout: 60_000 });
  await page.waitForTimeout(4000);
}
