import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  demoStackReadyFor,
  startDemoStack,
  type DemoStack,
} from "../../support/demoStack";

/**
 * The Compare tab in Chromium against the real stack (demo server, host,
 * built renderer): the demo building permit carries a revised ground
 * floor, which the tab opens against the original.
 */

const ready = demoStackReadyFor("compare flow");
let stack: DemoStack | null = null;
let page: Page;
const shotsDir = process.env["LAJNA_SHOTS_DIR"] ?? null;

/** A screenshot for a person to look at, when LAJNA_SHOTS_DIR is set. */
async function shot(name: string): Promise<void> {
  if (shotsDir === null) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/**
 * Pixels of the stage, as a person sees it, tinted like one legend
 * colour (red for removed, blue for added; anti-aliased edges blended
 * with the white sheet included): a screenshot decoded in the page.
 */
async function pixelsOfColour(layer: "removed" | "added"): Promise<number> {
  const png = await page.getByTestId("compare-stage").screenshot();
  return page.evaluate(
    async ({ base64, colour }) => {
      // The page's content policy forbids fetching a data: address.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const blob = new Blob([bytes], { type: "image/png" });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d");
      context?.drawImage(bitmap, 0, 0);
      const data = context?.getImageData(
        0,
        0,
        bitmap.width,
        bitmap.height,
      ).data;
      let count = 0;
      for (let i = 0; i < (data?.length ?? 0); i += 4) {
        const [r, g, b] = [
          data?.[i] ?? 0,
          data?.[i + 1] ?? 0,
          data?.[i + 2] ?? 0,
        ];
        const near =
          colour === "removed" ? r - Math.max(g, b) > 60 : b - r > 60;
        if (near) count++;
      }
      return count;
    },
    { base64: png.toString("base64"), colour: layer },
  );
}

/** How many views the overlay has shown sharp so far. */
async function shownCount(): Promise<number> {
  const pane = page.getByTestId("compare-pane-overlay");
  return Number((await pane.getAttribute("data-shown-count")) ?? 0);
}

/**
 * The view's counts the legend carries, once the overlay has shown more
 * than `after` sharp views (so the pixels are the current view's).
 */
async function viewCounts(
  after = 0,
): Promise<{ removed: number; added: number }> {
  await page.getByTestId("compare-pane-overlay").waitFor({ timeout: 60_000 });
  await expect.poll(shownCount, { timeout: 60_000 }).toBeGreaterThan(after);
  const legend = page.getByTestId("compare-legend");
  return {
    removed: Number(await legend.getAttribute("data-removed")),
    added: Number(await legend.getAttribute("data-added")),
  };
}

describe.skipIf(!ready)("comparing two revisions of a sheet", () => {
  beforeAll(async () => {
    stack = await startDemoStack("lajna-compare-");
    page = await stack.browser.newPage({
      viewport: { width: 1440, height: 1000 },
    });
    await page.goto(stack.pageUrl);
    await page.getByTestId("signin-username").fill("k.benali");
    await page.getByTestId("signin-password").fill("demo-k.benali");
    await page.getByTestId("signin-submit").click();
    await page
      .getByTestId("inbox-row")
      .filter({ hasText: "-AC-" })
      .click({ timeout: 90_000 });
    await page.getByTestId("tab-compare").click();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("opens on the revised ground floor and colours what was added and removed", async () => {
    const older = page.getByTestId("compare-older-document");
    const newer = page.getByTestId("compare-newer-document");
    await older.waitFor({ timeout: 60_000 });
    const titleOf = (select: typeof older) =>
      select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
    expect(await titleOf(older)).toBe("Plan du rez-de-chaussée");
    expect(await titleOf(newer)).toBe("Plan du rez-de-chaussée, révision 1");

    const counts = await viewCounts();
    expect(counts.removed).toBeGreaterThan(50);
    expect(counts.added).toBeGreaterThan(50);
    expect(await pixelsOfColour("removed")).toBeGreaterThan(20);
    expect(await pixelsOfColour("added")).toBeGreaterThan(20);

    // The whole-sheet figure: a small part of the drawing changed.
    const share = page.getByTestId("compare-share");
    await expect
      .poll(() => share.textContent(), { timeout: 60_000 })
      .toMatch(/%/);
    // French, the default language, writes a decimal comma.
    const written = /(\d+,\d)\s*%/.exec((await share.textContent())!)?.[1];
    const percent = Number(written?.replace(",", "."));
    expect(percent).toBeGreaterThan(0);
    expect(percent).toBeLessThan(15);
    await shot("compare-1-overlay");
  }, 180_000);

  it("jumps to a difference and shows each revision's changes alone", async () => {
    const before = await page
      .getByTestId("compare-removed-layer")
      .evaluate((c: HTMLCanvasElement) => c.width);
    const shownBefore = await shownCount();
    await page.getByTestId("compare-next").click();
    await expect
      .poll(() => page.getByTestId("compare-next").textContent())
      .toMatch(/\(1\//);
    const after = await viewCounts(shownBefore);
    expect(after.removed + after.added).toBeGreaterThan(0);
    // The difference is outlined inside the stage.
    const focus = (await page.getByTestId("compare-focus").boundingBox())!;
    const stage = (await page.getByTestId("compare-stage").boundingBox())!;
    expect(focus.x).toBeGreaterThanOrEqual(stage.x);
    expect(focus.x + focus.width).toBeLessThanOrEqual(stage.x + stage.width);
    expect(before).toBeGreaterThan(0);
    await shot("compare-2-next-difference");

    // The view is on a difference with both colours in it.
    expect(await pixelsOfColour("added")).toBeGreaterThan(50);
    await page.getByTestId("compare-shown-older").check();
    expect(await pixelsOfColour("added")).toBe(0);
    expect(await pixelsOfColour("removed")).toBeGreaterThan(50);
    await page.getByTestId("compare-shown-both").check();

    // The blend slider fully to the older side fades the additions out.
    await page.getByTestId("compare-blend").fill("0");
    expect(await pixelsOfColour("added")).toBe(0);
    await page.getByTestId("compare-blend").fill("0.5");
    expect(await pixelsOfColour("added")).toBeGreaterThan(50);
  }, 120_000);

  it("aligns side by side on two picked point pairs", async () => {
    await page.getByTestId("compare-align-start").click();
    const left = page.getByTestId("compare-pane-older");
    const right = page.getByTestId("compare-pane-newer");
    await left.waitFor();
    // The same pane pixels on both sides: the sheets share their frame,
    // so the alignment found is the identity again.
    for (const at of [
      { x: 120, y: 140 },
      { x: 520, y: 420 },
    ]) {
      await left.click({ position: at });
      await right.click({ position: at });
    }
    await shot("compare-3-side-by-side");
    const alignment = page.getByTestId("compare-alignment");
    await expect
      .poll(() =>
        alignment.locator("[data-source]").getAttribute("data-source"),
      )
      .toBe("points");
    expect(await page.getByTestId("compare-transform").textContent()).toMatch(
      /1,0000/,
    );
    await page.getByTestId("compare-align-reset").click();
    expect(
      await alignment.locator("[data-source]").getAttribute("data-source"),
    ).toBe("identity");
  }, 120_000);

  it("finds no difference between a sheet and itself", async () => {
    await page.getByTestId("compare-mode-overlay").check();
    const older = page.getByTestId("compare-older-document");
    const olderId = await older.inputValue();
    await page.getByTestId("compare-newer-document").selectOption(olderId);
    // Same document, same sheet: every pixel is unchanged.
    const legend = page.getByTestId("compare-legend");
    await expect
      .poll(
        async () =>
          `${await legend.getAttribute("data-removed")}/${await legend.getAttribute("data-added")}`,
        { timeout: 60_000 },
      )
      .toBe("0/0");
    expect(Number(await legend.getAttribute("data-unchanged"))).toBeGreaterThan(
      1000,
    );
    await expect
      .poll(() => page.getByTestId("compare-busy").count(), { timeout: 60_000 })
      .toBe(0);
    expect(await pixelsOfColour("removed")).toBe(0);
    expect(await pixelsOfColour("added")).toBe(0);
    await expect
      .poll(() => page.getByTestId("compare-next").isDisabled(), {
        timeout: 60_000,
      })
      .toBe(true);
  }, 120_000);
});
