import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../../renderer/i18n/catalog";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  demoStackReadyFor,
} from "../../support/demoStack";
import {
  corpusDir,
  startHostProcess,
  startServer,
  type HostProcess,
  type ServerProcess,
} from "../../workstation/support/processes";
import { seedCorpusDossier } from "./corpusDossier";

/*
 * Searching a dossier of real plans in Chromium: a 42 x 30 in electrical
 * plan with text, a scanned plan and a seven-sheet permit set without a
 * text layer. The hits are found on the plan with text, the ten sheets
 * are all gone through, and the eight that cannot be searched are named.
 */

const plan = (name: string) => path.join(corpusDir, "plans", name);
const ELECTRICAL = plan("bluebeam_E201A_electrical_floor_plan_42x30.pdf");
const SCANNED = plan("opentakeoff_fixture_scanned_plan_raster.pdf");
const PERMIT_SET = plan("bluebeam_kirkland_permit_set_7_sheets.pdf");
const MEMBER = { username: "salma", password: "salma-search-pass" };
const DOSSIER = "KH-SRCH-2026-0007";

const ready =
  demoStackReadyFor("corpusSearchFlow.test") && existsSync(ELECTRICAL);
if (!existsSync(ELECTRICAL)) {
  process.stderr.write("corpusSearchFlow.test: no ../shared/corpus; skipped\n");
}

registerAllMessages();

let root = "";
let server: ServerProcess | null = null;
let host: HostProcess | null = null;
let browser: Browser | null = null;
let page: Page;

function seed(dataDir: string): Promise<void> {
  return seedCorpusDossier(dataDir, DOSSIER, MEMBER, [
    `level_plan:${ELECTRICAL}:Plan électrique E201A`,
    `site_plan:${SCANNED}:Plan scanné`,
    `other:${PERMIT_SET}:Jeu de plans Kirkland`,
  ]);
}

describe.skipIf(!ready)("searching real plans in Chromium", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-search-corpus-"));
    const dataDir = path.join(root, "server");
    await seed(dataDir);
    server = await startServer(dataDir);
    host = await startHostProcess(path.join(root, "host"), server.url, 1000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.pageUrl);
    await page.getByTestId("signin-username").fill(MEMBER.username);
    await page.getByTestId("signin-password").fill(MEMBER.password);
    await page.getByTestId("signin-submit").click();
    await page
      .getByTestId("inbox-row")
      .filter({ hasText: DOSSIER })
      .click({ timeout: 90_000 });
    await page.getByTestId("search-input").waitFor({ timeout: 60_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await host?.process.kill();
    await server?.process.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it("finds room names and names the sheets without text", async () => {
    // A second query while the first is still reading the sheets
    // replaces it: only its hits are listed, and the first one never
    // goes on to read the later documents.
    const reads: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/rpc/documents.read")) {
        reads.push(request.postData() ?? "");
      }
    });
    const permitSet = await page
      .getByTestId("document-item")
      .filter({ hasText: "Jeu de plans Kirkland" })
      .getAttribute("data-document-id");
    const input = page.getByTestId("search-input");
    await input.fill("hematology");
    await input.press("Enter");
    await input.fill("carts");
    await input.press("Enter");
    await expect
      .poll(() => page.getByTestId("search-no-text-count").textContent(), {
        timeout: 120_000,
      })
      .toBe(translate("fr", "search.noText", { count: 8 }));
    await expect
      .poll(() => page.getByTestId("search-progress").count(), {
        timeout: 120_000,
      })
      .toBe(0);

    expect(reads.filter((body) => body.includes(permitSet!))).toHaveLength(1);

    const results = page.getByTestId("search-result");
    expect(await results.count()).toBeGreaterThan(1);
    const marks = await results.locator("mark").allTextContents();
    expect(new Set(marks.map((m) => m.toLowerCase()))).toEqual(
      new Set(["carts"]),
    );
    const documents = page.getByTestId("search-document");
    expect(await documents.first().textContent()).toContain(
      "Plan électrique E201A",
    );
    // Each sheet without text is named under its document.
    expect(await page.getByTestId("search-no-text").count()).toBe(8);
    expect(await page.getByTestId("search-no-text").first().textContent()).toBe(
      translate("fr", "search.noTextSheet", { number: 1 }),
    );
  }, 180_000);

  it("opens the electrical plan on a hit with its box drawn", async () => {
    await page.getByTestId("search-result").first().click();
    await page.getByTestId("search-hit-current").waitFor({ timeout: 60_000 });
    const opened = page
      .getByTestId("document-item")
      .filter({ hasText: "Plan électrique E201A" })
      .locator("button");
    expect(await opened.getAttribute("aria-current")).toBe("true");
    const box = (await page.getByTestId("search-hit-current").boundingBox())!;
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
  }, 120_000);
});
