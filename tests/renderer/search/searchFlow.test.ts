import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../../renderer/i18n/catalog";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import {
  demoStackReadyFor,
  startDemoStack,
  type DemoStack,
} from "../../support/demoStack";

/*
 * Searching a dossier in Chromium against the real stack (demo server,
 * browser-mode host, built renderer): a word typed finds its hits on the
 * right sheet as it is typed, a picked hit opens that sheet with a
 * highlighted box over the word's ink, F3 and Enter step through the
 * hits, Escape clears them.
 */

const ready = demoStackReadyFor("searchFlow.test");

registerAllMessages();

let stack: DemoStack | null = null;
let page: Page;

/** Share of dark pixels of the sheet canvas under an element's box. */
function inkUnder(testId: string): Promise<number> {
  return page.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>(
      "[data-testid=sheet-canvas]",
    );
    const target = document.querySelector(`[data-testid=${id}]`);
    if (canvas === null || target === null) return -1;
    const c = canvas.getBoundingClientRect();
    const t = target.getBoundingClientRect();
    const sx = canvas.width / c.width;
    const sy = canvas.height / c.height;
    const x = Math.round((t.left - c.left) * sx);
    const y = Math.round((t.top - c.top) * sy);
    const w = Math.max(1, Math.round(t.width * sx));
    const h = Math.max(1, Math.round(t.height * sy));
    const { data } = canvas.getContext("2d")!.getImageData(x, y, w, h);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) > 0 && (data[i] ?? 255) < 128) dark++;
    }
    return dark / (w * h);
  }, testId);
}

describe.skipIf(!ready)("searching a dossier's sheets in Chromium", () => {
  beforeAll(async () => {
    stack = await startDemoStack("lajna-search-");
    page = await stack.browser.newPage({
      viewport: { width: 1400, height: 900 },
    });
    await page.goto(stack.pageUrl);
    await page.getByTestId("signin-username").fill("k.benali");
    await page.getByTestId("signin-password").fill("demo-k.benali");
    await page.getByTestId("signin-submit").click();
    await page
      .getByTestId("inbox-row")
      .filter({ hasText: "-AC-" })
      .click({ timeout: 90_000 });
    await page.getByTestId("sheet-canvas").waitFor({ timeout: 60_000 });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("lists the hits of a word typed without its accent", async () => {
    // Ctrl+F reaches the field from the sheet, not the browser's find.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press("Control+f");
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.getAttribute("data-testid"),
        ),
      )
      .toBe("search-input");

    // No Enter: the hits come as the word is typed.
    await page.keyboard.type("sejour", { delay: 60 });
    await page.getByTestId("search-summary").waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId("search-progress").count(), {
        timeout: 60_000,
      })
      .toBe(0);

    expect(await page.getByTestId("search-summary").textContent()).toBe(
      translate("fr", "search.summary", { hits: 2, sheets: 1 }),
    );
    const results = page.getByTestId("search-result");
    expect(await results.count()).toBe(2);
    expect(await results.first().locator("mark").textContent()).toBe("Séjour");
    expect(await page.getByTestId("search-document").textContent()).toContain(
      "Plan de l'étage courant",
    );

    // More text: until its own search, no count, and the list is greyed.
    await page.keyboard.type("s");
    await page.getByTestId("search-pending").waitFor();
    expect(await page.getByTestId("search-summary").count()).toBe(0);
    expect(
      await page.getByTestId("search-results").getAttribute("aria-busy"),
    ).toBe("true");
    await page.keyboard.press("Backspace");
    await page.getByTestId("search-summary").waitFor();
    expect(await page.getByTestId("search-pending").count()).toBe(0);
    expect(
      await page.getByTestId("search-results").getAttribute("aria-busy"),
    ).toBe("false");
  }, 120_000);

  it("opens the sheet of a picked hit with a box over the word", async () => {
    await page.getByTestId("search-result").first().click();

    const opened = page
      .getByTestId("document-item")
      .filter({ hasText: "Plan de l'étage courant" })
      .locator("button");
    await expect.poll(() => opened.getAttribute("aria-current")).toBe("true");
    const current = page.getByTestId("search-hit-current");
    await current.waitFor({ timeout: 30_000 });
    // Both hits of the sheet are drawn; the picked one stands out.
    expect(await page.getByTestId("search-hit").count()).toBe(2);

    // Zoomed from the fitted sheet so the word reads.
    await expect
      .poll(async () => (await current.boundingBox())?.height ?? 0)
      .toBeGreaterThan(16);
    // The box lies over the word's glyphs: ink under it once painted.
    await expect
      .poll(() => inkUnder("search-hit-current"), { timeout: 30_000 })
      .toBeGreaterThan(0.04);
    const box = (await current.boundingBox())!;
    const stage = (await page.getByTestId("sheet-stage").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(stage.x);
    expect(box.x + box.width).toBeLessThanOrEqual(stage.x + stage.width);
    expect(box.width).toBeGreaterThan(box.height);

    // In the middle of the viewer.
    expect(box.x + box.width / 2).toBeCloseTo(stage.x + stage.width / 2, -1);
    expect(box.y + box.height / 2).toBeCloseTo(stage.y + stage.height / 2, -1);
  }, 120_000);

  it("steps through the hits with F3 and clears them with Escape", async () => {
    const position = page.getByTestId("search-position");
    expect(await position.textContent()).toContain("1 / 2");
    const first = await page.getByTestId("search-hit-current").boundingBox();

    await page.keyboard.press("F3");
    await expect.poll(() => position.textContent()).toContain("2 / 2");
    await expect
      .poll(
        async () =>
          (await page.getByTestId("search-hit-current").boundingBox())?.x,
      )
      .not.toBe(first?.x);
    // The next hit reads as well.
    await expect
      .poll(
        async () =>
          (await page.getByTestId("search-hit-current").boundingBox())
            ?.height ?? 0,
      )
      .toBeGreaterThan(16);

    // Closer still, the reviewer stays that close for the next hit.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    const zoomLevel = page.locator(".zoom-level");
    const readable = await zoomLevel.textContent();
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await expect.poll(() => zoomLevel.textContent()).not.toBe(readable);
    const closer = await zoomLevel.textContent();
    await page.keyboard.press("Shift+F3");
    await expect.poll(() => position.textContent()).toContain("1 / 2");
    await expect
      .poll(() => page.getByTestId("search-hit-current").boundingBox())
      .not.toBeNull();
    await page.waitForTimeout(300);
    expect(await zoomLevel.textContent()).toBe(closer);
    // Enter on the query already searched goes to its next hit.
    await page.getByTestId("search-input").press("Enter");
    await expect.poll(() => position.textContent()).toContain("2 / 2");

    await page.getByTestId("search-input").press("Escape");
    await expect.poll(() => page.getByTestId("search-hit").count()).toBe(0);
    expect(await page.getByTestId("search-result").count()).toBe(0);
    expect(await page.getByTestId("search-input").inputValue()).toBe("");
  }, 60_000);

  it("says when a word is nowhere in the dossier", async () => {
    await page.getByTestId("search-input").fill("piscine");
    await page.getByTestId("search-input").press("Enter");
    await page.getByTestId("search-none").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("search-none").textContent()).toBe(
      translate("fr", "search.none", { query: "piscine" }),
    );
  }, 60_000);
});
