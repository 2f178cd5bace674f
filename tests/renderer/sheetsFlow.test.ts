import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../renderer/i18n/catalog";
import { registerAllMessages } from "../../renderer/i18n/registerAll";
import {
  demoStackReadyFor,
  startDemoStack,
  type DemoStack,
} from "../support/demoStack";

/**
 * The renderer driven in Chromium against the real stack: the demo
 * server, a browser-mode workstation host and the built renderer. Covers
 * sign-in errors, the sheet viewer's visible-region render, drawing a
 * markup, its persistence and position, and others' read-only view.
 */

const ready = demoStackReadyFor("sheetsFlow.test");

registerAllMessages();

let stack: DemoStack | null = null;
let page: Page;
let pageUrl = "";

async function signIn(username: string, password = `demo-${username}`) {
  await page.getByTestId("signin-username").fill(username);
  await page.getByTestId("signin-password").fill(password);
  await page.getByTestId("signin-submit").click();
}

async function openBuildingPermit(): Promise<void> {
  await page.getByTestId("inbox-row").filter({ hasText: "-AC-" }).click();
  await page.getByTestId("sheet-canvas").waitFor();
  await waitForPaintedSheet();
}

/** Waits until the sheet canvas holds a render with dark (drawn) pixels. */
async function waitForPaintedSheet(): Promise<void> {
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        "[data-testid=sheet-canvas]",
      );
      if (canvas === null || canvas.width < 10) return false;
      const context = canvas.getContext("2d");
      const { data } = context!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 16) {
        if ((data[i + 3] ?? 0) > 0 && (data[i] ?? 255) < 100) dark++;
      }
      return dark > 50;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * The drawn outline of the first markup, in viewer pixels, read from its
 * polygon's points (a bounding box would include the stroke's width).
 */
/** Counts drawn (dark) pixels on the sheet canvas, sampled. */
function darkPixels(): Promise<number> {
  return page.getByTestId("sheet-canvas").evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const context = canvas.getContext("2d");
    if (context === null) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) > 0 && (data[i] ?? 255) < 128) dark++;
    }
    return dark;
  });
}

async function shapeBox() {
  const outline = page.getByTestId("markup-shape").first().locator(".hit");
  const points = (await outline.getAttribute("points")) ?? "";
  const xy = points.split(" ").map((pair) => pair.split(",").map(Number));
  const xs = xy.map(([x]) => x ?? NaN);
  const ys = xy.map(([, y]) => y ?? NaN);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
}

describe.skipIf(!ready)("the sheets tab against the real stack", () => {
  beforeAll(async () => {
    stack = await startDemoStack("lajna-sheets-");
    pageUrl = stack.pageUrl;
    page = await stack.browser.newPage({
      viewport: { width: 1400, height: 900 },
    });
    await page.goto(pageUrl);
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("says in French why a sign-in failed, then signs in", async () => {
    // The secret left the visible URL as soon as the page read it.
    expect(page.url()).not.toContain("#k=");

    await signIn("k.benali", "not-the-password");
    const error = page.getByTestId("error-message");
    await error.waitFor();
    const text = (await error.textContent()) ?? "";
    expect(text).not.toMatch(/\w+\.error\.\w+/);
    expect(text).not.toBe(translate("fr", "error.generic"));

    await signIn("k.benali");
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 90_000 });
    await expect
      .poll(() => page.getByTestId("sync-indicator").textContent())
      .toContain(translate("fr", "sync.online"));
  }, 120_000);

  it("renders only the visible region, sharp after zooming", async () => {
    await openBuildingPermit();
    await expect(
      page.getByTestId("page-indicator").textContent(),
    ).resolves.toMatch(/page 1 \/ \d+/);

    const stage = await page.getByTestId("sheet-stage").boundingBox();
    const canvasWidth = () =>
      page
        .getByTestId("sheet-canvas")
        .evaluate((c) => (c as HTMLCanvasElement).width);
    const ratio = await page.evaluate(() => window.devicePixelRatio);
    const viewerPx = (stage?.width ?? 0) * ratio;
    const fitted = await canvasWidth();
    // The viewer plus a margin for panning, at device resolution.
    expect(fitted).toBeGreaterThan(viewerPx);
    expect(fitted).toBeLessThan(viewerPx * 2);

    // Zooming in far keeps the bitmap the size of the viewer, not the page.
    const zoomLabel = page.locator(".zoom-level");
    const before = await zoomLabel.textContent();
    for (let i = 0; i < 8; i++) await page.keyboard.press("+");
    await expect.poll(() => zoomLabel.textContent()).not.toBe(before);
    await page.waitForTimeout(600);
    await waitForPaintedSheet();
    expect(await canvasWidth()).toBe(fitted);
    await page.keyboard.press("0");
  }, 120_000);

  it("saves a revision cloud that stays on the same spot of the sheet", async () => {
    const stage = await page.getByTestId("sheet-stage").boundingBox();
    if (stage === null) throw new Error("no stage");

    await page.getByTestId("tool-cloud").click();
    await page.mouse.move(stage.x + 200, stage.y + 150);
    await page.mouse.down();
    await page.mouse.move(stage.x + 340, stage.y + 240, { steps: 4 });
    await page.mouse.up();
    await page
      .getByTestId("markup-comment-input")
      .fill("Recul de 4 m non respecté");
    await page.getByTestId("markup-save").click();

    await expect.poll(() => page.getByTestId("markup-item").count()).toBe(1);
    await expect(
      page.getByTestId("markup-item").textContent(),
    ).resolves.toContain("Recul de 4 m non respecté");
    await page.getByTestId("tool-pan").click();
    const drawn = await shapeBox();

    // After a reload, fitted again, the cloud is back where it was drawn.
    await page.reload();
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 60_000 });
    await openBuildingPermit();
    // Resting markups are painted on a canvas; their SVG is a hidden ghost.
    await page.getByTestId("markup-shape").waitFor({ state: "attached" });
    const again = await shapeBox();
    expect(Math.abs(again.x - drawn.x)).toBeLessThan(2);
    expect(Math.abs(again.y - drawn.y)).toBeLessThan(2);
    expect(Math.abs(again.width - drawn.width)).toBeLessThan(2);
    // The stored outline is the dragged rectangle, drawn at any zoom.
    expect(drawn.width).toBeCloseTo(140, 0);
    expect(drawn.height).toBeCloseTo(90, 0);

    // At another zoom it scales with the sheet.
    await page.keyboard.press("+");

    await expect
      .poll(async () => (await shapeBox()).width / drawn.width)
      .toBeCloseTo(1.25, 3);
  }, 180_000);

  it("hides a CAD layer of a level plan", async () => {
    const levelPlan = page
      .getByTestId("document-item")
      .filter({ hasText: translate("fr", "document.kind.level_plan") })
      .first();
    await levelPlan.locator("button").click();
    await page.getByTestId("layers-button").click();
    await waitForPaintedSheet();
    await page.waitForTimeout(500);
    const before = await darkPixels();

    const walls = page.getByTestId("layer-toggle").first();
    expect(await walls.isChecked()).toBe(true);
    await walls.click();
    expect(await walls.isChecked()).toBe(false);
    await expect.poll(darkPixels, { timeout: 30_000 }).toBeLessThan(before);
    // The button tells that some layers are hidden.
    const count = await page.getByTestId("layer-toggle").count();
    const shown = await page
      .getByTestId("layer-toggle")
      .evaluateAll(
        (boxes) =>
          boxes.filter((box) => (box as HTMLInputElement).checked).length,
      );
    await expect(page.getByTestId("layers-button").textContent()).resolves.toBe(
      translate("fr", "viewer.layers.someHidden", {
        shown,
        count,
      }),
    );
  }, 120_000);

  it("shows another member's markup read-only, with its author", async () => {
    await page.getByTestId("sign-out").click();
    await signIn("s.elidrissi");
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 90_000 });
    await openBuildingPermit();

    await expect
      .poll(() => page.getByTestId("markup-item").count(), {
        timeout: 60_000,
      })
      .toBe(1);
    await page.getByTestId("markup-item").click();
    const details = page.getByTestId("markup-details");
    await details.waitFor();
    await expect(details.textContent()).resolves.toContain("Karim Benali");
    expect(await page.getByTestId("markup-edit-comment").count()).toBe(0);
    expect(await page.getByTestId("markup-delete").count()).toBe(0);
  }, 180_000);

  it("opens the level plan with its own layers, not the last member's", async () => {
    await page
      .getByTestId("document-item")
      .filter({ hasText: translate("fr", "document.kind.level_plan") })
      .first()
      .locator("button")
      .click();
    await waitForPaintedSheet();
    await page.getByTestId("layers-button").click();
    const walls = page.getByTestId("layer-toggle").first();
    await expect.poll(() => walls.isChecked()).toBe(true);
    const count = await page.getByTestId("layer-toggle").count();
    await expect(page.getByTestId("layers-button").textContent()).resolves.toBe(
      translate("fr", "viewer.layers", { count }),
    );
    await page.getByTestId("layers-button").click();
  }, 120_000);

  it("switches to Arabic, right to left, and remembers it", async () => {
    await page.getByTestId("language-select").selectOption("ar");
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dir))
      .toBe("rtl");
    await page.reload();
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ar");
    await expect(page.getByTestId("sign-out").textContent()).resolves.toBe(
      translate("ar", "signOut"),
    );
  }, 120_000);
});
