import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { buildingPermitSheetReferences } from "../../server/demo/plans/references";
import { DOSSIER_SHEETS } from "../../server/demo/plans/sheetSpecs";
import { sheetLayout } from "../../server/demo/plans/layout";
import { corpusDir } from "../workstation/support/processes";
import {
  demoStackReady,
  startDemoStack,
  type DemoStack,
} from "../support/demoStack";
import { sheetRenderScale } from "../../renderer/map/sheetImageSize";
import { contextMarginM } from "../../renderer/map/parcelContext";
import { DOSSIER_PARCEL_RINGS } from "../../server/demo/parcels";
import { toMap } from "../../server/demo/site";
import { decodeWire, encodeWire } from "../../shared/contract/wire";
import type { Answer } from "../../shared/contract/dispatch";
import type {
  DossierDetail,
  DossierSummary,
} from "../../shared/contract/requests";

/**
 * The three panels driven in Chromium against the real stack: a demo
 * server process, a browser-mode workstation host, the built renderer.
 * Screenshots go to LAJNA_SHOTS_DIR when set, for a person to look at.
 */

const P12 = path.join(
  corpusDir,
  "signatures/certs/nodesignpdf_certificate.p12",
);
const ready = demoStackReady && existsSync(P12);
const shotsDir = process.env["LAJNA_SHOTS_DIR"] ?? null;

let stack: DemoStack | null = null;
let pageUrl = "";
let page: Page;

async function shot(name: string): Promise<void> {
  if (shotsDir === null) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

async function signIn(username: string): Promise<void> {
  await page.goto(pageUrl);
  await page.getByTestId("signin-username").fill(username);
  await page.getByTestId("signin-password").fill(`demo-${username}`);
  await page.getByTestId("signin-submit").click();
  await page.getByTestId("inbox-row").first().waitFor({ timeout: 90_000 });
}

async function signOut(): Promise<void> {
  await page.getByTestId("sign-out").click();
  await page.getByTestId("signin-username").waitFor();
}

/** Calls the workstation services as the page does, with its key. */
async function hostCall<T>(kind: string, payload: unknown): Promise<T> {
  const url = new URL(pageUrl);
  const response = await fetch(`${url.origin}/rpc/${kind}`, {
    method: "POST",
    headers: {
      "x-lajna-key": url.hash.slice(3),
      "content-type": "application/json",
    },
    body: encodeWire(payload),
  });
  const answer = decodeWire(await response.text()) as Answer;
  if (!answer.ok) throw new Error(`${kind}: ${answer.error.key}`);
  return answer.result as T;
}

/** Signs a plain opinion as another member, through the panel. */
async function signAs(username: string, verdict: string): Promise<void> {
  await signIn(username);
  await openBuildingPermit("opinion");
  await page.getByTestId(`verdict-${verdict}`).check();
  // Our own file button and name, in the UI's language, not the browser's.
  const chosen = page.getByTestId("p12-name");
  expect(await chosen.textContent()).not.toContain(path.basename(P12));
  await page.getByTestId("p12-input").setInputFiles(P12);
  await expect.poll(() => chosen.textContent()).toBe(path.basename(P12));
  await page.getByTestId("sign-opinion").click();
  await page.getByTestId("opinion-signed").waitFor({ timeout: 60_000 });
  await signOut();
}

/** Opens the demo building permit (its number has "-AC-") on a tab. */
async function openBuildingPermit(tab: string): Promise<void> {
  await page.getByTestId("inbox-row").filter({ hasText: "-AC-" }).click();
  await page.getByTestId(`tab-${tab}`).click();
}

/**
 * Where a map point is on screen. The panel fits the view on the parcel
 * with a margin (ZoningMapView.fit); the same arithmetic finds the point
 * here, and the panel's snapping to parcel corners absorbs the rest.
 */
function mapFit(size: { width: number; height: number }) {
  const ring = DOSSIER_PARCEL_RINGS.building_permit.map(toMap);
  const xs = ring.map((p) => p.x);
  const ys = ring.map((p) => p.y);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  const margin = contextMarginM(Math.max(maxX - minX, maxY - minY));
  const widthM = maxX - minX + 2 * margin;
  const heightM = maxY - minY + 2 * margin;
  return {
    resolution: Math.max(
      widthM / (size.width - 48),
      heightM / (size.height - 48),
    ),
    centre: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 },
  };
}

describe.skipIf(!ready)("the map, opinion and decision panels", () => {
  beforeAll(async () => {
    stack = await startDemoStack("lajna-panels-");
    pageUrl = stack.pageUrl;
    page = await stack.browser.newPage({
      viewport: { width: 1440, height: 1000 },
    });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("shows the zone rules and places the site plan at its scale", async () => {
    await signIn("k.benali");
    await openBuildingPermit("map");
    const rules = page.getByTestId("zone-rules");
    await expect.poll(() => rules.getByTestId("zone-code").count()).toBe(1);
    await expect.poll(() => rules.locator("[data-rule]").count()).toBe(9);

    const mapView = page.getByTestId("map-view");
    const before = await mapView.evaluate((e) => ({
      width: e.clientWidth,
      height: e.clientHeight,
    }));
    const fit = mapFit(before);
    await page.waitForTimeout(500);
    await shot("map-1-zoning");

    // The site plan is offered first; render it and pick B1 and B3.
    await page.getByTestId("place-sheet").click();
    const canvas = page.locator(".sheet-picker-canvas");
    await canvas.waitFor({ timeout: 60_000 });
    const refs = buildingPermitSheetReferences().siteControlPoints;
    const site = DOSSIER_SHEETS.building_permit.find(
      (s) => s.drawing === "site",
    );
    const layout = sheetLayout(site?.format ?? "A2");
    const k = sheetRenderScale(layout.widthPt, layout.heightPt);
    for (const p of refs.sheetPoints) {
      const box = await canvas.evaluate((c: HTMLCanvasElement) => {
        const r = c.getBoundingClientRect();
        return { left: r.left, top: r.top, scale: r.width / c.width };
      });
      await page.mouse.click(
        box.left + p.x * k * box.scale,
        box.top + (layout.heightPt - p.y) * k * box.scale,
      );
    }
    await shot("map-2-sheet-picked");

    // Then the same corners on the map.
    for (const p of refs.mapPoints) {
      const view = await mapView.evaluate((e) => {
        const r = e.getBoundingClientRect();
        return {
          left: r.left + e.clientLeft,
          top: r.top + e.clientTop,
          width: e.clientWidth,
          height: e.clientHeight,
        };
      });
      await page.mouse.click(
        view.left + view.width / 2 + (p.x - fit.centre.x) / fit.resolution,
        view.top + view.height / 2 - (p.y - fit.centre.y) / fit.resolution,
      );
      await page.waitForTimeout(400);
    }

    const scale = page.getByTestId("placement-scale");
    await scale.waitFor({ timeout: 10_000 });
    const denominator = Number(
      ((await scale.textContent()) ?? "").replace(/.*1\s*:\s*/, ""),
    );
    expect(Math.abs(denominator - (site?.scaleDenominator ?? 0))).toBeLessThan(
      (site?.scaleDenominator ?? 0) * 0.03,
    );

    expect(
      await page.getByTestId("placement-scale-check").getAttribute("class"),
    ).toBe("scale-match");

    await page.getByTestId("opacity-slider").fill("0.8");
    await page.getByTestId("save-placement").click();
    await page.locator(".placement-saved").waitFor({ timeout: 30_000 });
    await shot("map-3-placed");
  }, 180_000);

  it("restores the saved placement when the map opens again", async () => {
    await page.reload();
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 60_000 });
    await openBuildingPermit("map");
    await page.getByTestId("placement-scale").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("opacity-slider").inputValue()).toBe("0.8");
  }, 120_000);

  it("lets a member write, sign and download an opinion", async () => {
    // A cloud on the façade for the condition to point at, drawn as the
    // sheets tab would save it.
    const summaries = await hostCall<DossierSummary[]>("dossiers.list", {});
    const dossierId = summaries.find((d) => d.number.includes("-AC-"))?.id;
    const detail = await hostCall<DossierDetail>("dossiers.get", { dossierId });
    const facade = detail.documents.find((d) => d.kind === "facade");
    const markupId = "0b6f1c1e-6a43-4c55-9d2c-panels-e2e";
    await hostCall("markups.save", {
      id: markupId,
      dossierId,
      documentId: facade?.id,
      sheetIndex: 0,
      kind: "cloud",
      points: [
        { x: 300, y: 500 },
        { x: 420, y: 560 },
      ],
      comment: "Acrotère à 1,40 m : au-dessus de la hauteur maximale",
      color: "#d21f3c",
    });

    await page.reload();
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 60_000 });
    await openBuildingPermit("opinion");
    await page.getByTestId("verdict-favourable_with_conditions").check();
    await page.getByTestId("add-clause").click();
    await page
      .getByTestId("clause-input")
      .fill("Ramener la hauteur de l'acrotère à 1,00 m.");
    await page.getByTestId("clause-markup-select").selectOption(markupId);
    await page.getByTestId("save-opinion").click();
    await page.getByTestId("opinion-saved").waitFor();
    await shot("opinion-1-draft");

    // A wrong password is told in words, and the draft stays editable.
    await page.getByTestId("p12-input").setInputFiles(P12);
    await page.getByTestId("p12-password").fill("not-the-password");
    await page.getByTestId("sign-opinion").click();
    const error = page.getByTestId("error-message");
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).not.toMatch(/error\./);
    await shot("opinion-1b-bad-password");

    // This corpus certificate has an empty password.
    await page.getByTestId("sign-opinion").click();
    await page.getByTestId("opinion-signed").waitFor({ timeout: 60_000 });
    const link = page.getByTestId("download-signed");
    await link.waitFor({ timeout: 30_000 });
    expect(await link.getAttribute("href")).toMatch(/^blob:/);
    expect(await page.getByTestId("verdict-favourable").count()).toBe(0);
    expect(await page.getByTestId("opinion-card").textContent()).toContain(
      "Renvoie à",
    );
    await shot("opinion-2-signed");
    await signOut();
  }, 180_000);

  it("shows the secretary why the decision is pending", async () => {
    await signIn("f.alaoui");
    await openBuildingPermit("decision");
    const outcome = page.getByTestId("outcome");
    // One signed opinion of a quorum of three: the decision waits.
    await expect
      .poll(() => outcome.textContent())
      .toMatch(/1 avis signé\(s\) sur 3/);
    expect(await page.getByTestId("print-decision").isDisabled()).toBe(true);
    await shot("decision-1-pending");
    await openBuildingPermitOpinionList();
    await signOut();
  }, 120_000);

  it("prints the decision once the quorum has signed", async () => {
    await signAs("s.elidrissi", "favourable");
    await signAs("y.amrani", "favourable");

    await signIn("f.alaoui");
    await openBuildingPermit("decision");
    await expect
      .poll(() => page.getByTestId("opinion-row").count(), { timeout: 30_000 })
      .toBe(3);
    const outcome = page.getByTestId("outcome");
    await expect
      .poll(() => outcome.textContent())
      .toContain("Favorable sous réserves");

    await page.getByTestId("print-decision").click();
    const link = page.getByTestId("decision-link");
    await link.waitFor({ timeout: 60_000 });
    expect(await link.getAttribute("href")).toMatch(/^blob:/);
    await shot("decision-2-printed");
  }, 240_000);

  it("reads right to left in Arabic", async () => {
    await page.getByTestId("language-select").selectOption("ar");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.getByTestId("outcome").textContent()).toContain(
      "موافقة بشروط",
    );
    await shot("ar-decision");

    await page.getByTestId("tab-map").click();
    await page.getByTestId("placement-scale").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("zone-rules").textContent()).toContain(
      "ضوابط المنطقة",
    );
    await page.waitForTimeout(500);
    await shot("ar-map");
    await page.getByTestId("language-select").selectOption("fr");
  }, 120_000);
});

/** The secretary's opinion tab shows only the list, no editor. */
async function openBuildingPermitOpinionList(): Promise<void> {
  await page.getByTestId("tab-opinion").click();
  await page.locator(".opinion-others").waitFor();
  expect(await page.getByTestId("save-opinion").count()).toBe(0);
  await shot("opinion-3-secretary");
}
