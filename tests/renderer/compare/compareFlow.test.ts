import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { translate } from "../../../renderer/i18n/catalog";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
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

/** What a counted pixel looks like; see `countPixels`. */
type PixelKind = "removed" | "added" | "ink";

/**
 * Pixels of an element, as a person sees it, of one kind: tinted like a
 * legend colour (red for removed, blue for added; anti-aliased edges
 * blended with the white sheet included), or any ink at all (darker than
 * both the paper and the stage's backdrop). `columns` limits the count to
 * a band of the element, in CSS pixels from its left edge. A screenshot
 * decoded in the page.
 */
async function countPixels(
  testId: string,
  kind: PixelKind,
  columns: { from: number; to: number } | null = null,
): Promise<number> {
  const png = await page.getByTestId(testId).screenshot();
  return page.evaluate(
    async ({ base64, kind, columns }) => {
      // The page's content policy forbids fetching a data: address.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const blob = new Blob([bytes], { type: "image/png" });
      const bitmap = await createImageBitmap(blob);
      const { width, height } = bitmap;
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext("2d");
      context?.drawImage(bitmap, 0, 0);
      const data = context?.getImageData(0, 0, width, height).data;
      const from = Math.max(0, Math.round(columns?.from ?? 0));
      const to = Math.min(width, Math.round(columns?.to ?? width));
      let count = 0;
      for (let y = 0; y < height; y++) {
        for (let x = from; x < to; x++) {
          const i = (y * width + x) * 4;
          const [r, g, b] = [
            data?.[i] ?? 0,
            data?.[i + 1] ?? 0,
            data?.[i + 2] ?? 0,
          ];
          const near =
            kind === "removed"
              ? r - Math.max(g, b) > 60
              : kind === "added"
                ? b - r > 60
                : Math.min(r, g, b) < 180;
          if (near) count++;
        }
      }
      return count;
    },
    { base64: png.toString("base64"), kind, columns },
  );
}

/** Stage pixels tinted like one legend colour. */
function pixelsOfColour(layer: "removed" | "added"): Promise<number> {
  return countPixels("compare-stage", layer);
}

/** How many views a pane (the overlay by default) has shown sharp. */
async function shownCount(testId = "compare-pane-overlay"): Promise<number> {
  const pane = page.getByTestId(testId);
  return Number((await pane.getAttribute("data-shown-count")) ?? 0);
}

/** Ink in the band a pan uncovered: at once, then once sharp again. */
interface UncoveredInk {
  readonly atOnce: number;
  readonly sharp: number;
}

/**
 * Drags a pane `dx` CSS pixels sideways, which uncovers a band that wide
 * on the side it moves away from, and counts the ink in that band while
 * the button is still down (a drag under way is not drawn sharp), then
 * once the drag ended and the pane showed the new view sharp.
 */
async function panAndCountInk(
  testId: string,
  dx: number,
): Promise<UncoveredInk> {
  const box = (await page.getByTestId(testId).boundingBox())!;
  const before = await shownCount(testId);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 6 });
  await page.waitForTimeout(300);

  // A few pixels off the band's edges, where sharp and blurred meet.
  const width = Math.abs(dx);
  const from = dx > 0 ? 4 : box.width - width + 4;
  const band = { from, to: from + width - 8 };
  const atOnce = await countPixels(testId, "ink", band);
  expect(await shownCount(testId)).toBe(before);
  await page.mouse.up();
  await expect
    .poll(() => shownCount(testId), { timeout: 60_000 })
    .toBeGreaterThan(before);
  return { atOnce, sharp: await countPixels(testId, "ink", band) };
}

/**
 * Pans a pane until the band uncovered holds drawing once sharp (a band
 * of bare paper or backdrop proves nothing): right first, then left.
 */
async function uncoveredInk(testId: string): Promise<UncoveredInk> {
  let found: UncoveredInk = { atOnce: 0, sharp: 0 };
  for (const dx of [200, -200, -200, -200]) {
    found = await panAndCountInk(testId, dx);
    if (found.sharp > 100) return found;
  }
  return found;
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

/**
 * Whether the Compare tab fits the window: the stage's bottom edge and
 * every control of the panel within it, and no box of the page (nor the
 * page itself) scrolled or scrollable, listed by class.
 */
function compareFit(): Promise<{
  stageBottom: boolean;
  controlsShown: boolean;
  scrolled: string[];
}> {
  return page.evaluate(() => {
    const bottom = window.innerHeight;
    const stage = document.querySelector("[data-testid=compare-stage]");
    const controls = document.querySelectorAll(
      "[data-testid=compare-panel] :is(button, input, select)",
    );
    const scrolled = [
      document.documentElement,
      ...document.querySelectorAll("*"),
    ]
      .filter(
        (e) =>
          e.scrollHeight > e.clientHeight + 1 &&
          ["auto", "scroll"].includes(getComputedStyle(e).overflowY),
      )
      .map((e) => e.className || e.tagName);
    if (document.documentElement.scrollHeight > bottom + 1) {
      scrolled.push("page");
    }
    return {
      stageBottom:
        stage !== null && stage.getBoundingClientRect().bottom <= bottom,
      controlsShown: [...controls].every(
        (c) => c.getBoundingClientRect().bottom <= bottom,
      ),
      scrolled,
    };
  });
}

registerAllMessages();

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
    // A real revision raises no doubt about the pair.
    expect(await page.getByTestId("compare-unrelated").count()).toBe(0);
    await shot("compare-1-overlay");
  }, 180_000);

  it("fits the window with its controls, at 1366x768 and at 1280x1000", async () => {
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1280, height: 1000 },
    ]) {
      await page.setViewportSize(size);
      for (const mode of ["overlay", "side"] as const) {
        await page.getByTestId(`compare-mode-${mode}`).check();
        const fit = await compareFit();
        expect(fit, `${mode} at ${size.width}x${size.height}`).toEqual({
          stageBottom: true,
          controlsShown: true,
          scrolled: [],
        });
      }
      await shot(`compare-fit-${size.width}x${size.height}`);
    }
    await page.getByTestId("compare-mode-overlay").check();
    await page.setViewportSize({ width: 1440, height: 1000 });
  }, 120_000);

  it("never shows an empty strip where a pan uncovers the sheet", async () => {
    // The whole-sheet comparison is there (its figure is shown).
    const share = page.getByTestId("compare-share");
    await expect
      .poll(() => share.textContent(), { timeout: 60_000 })
      .toMatch(/%/);
    let shown = await shownCount();
    for (let i = 0; i < 4; i++) {
      await page.getByTestId("compare-zoom-in").click();
    }
    await expect.poll(shownCount, { timeout: 60_000 }).toBeGreaterThan(shown);

    // Overlay: the drawing, blurred at first, fills the band at once.
    const overlay = await uncoveredInk("compare-pane-overlay");
    expect(overlay.sharp).toBeGreaterThan(100);
    expect(overlay.atOnce).toBeGreaterThan(overlay.sharp * 0.2);
    await shot("compare-pan-overlay");

    // Side by side: each pane likewise.
    await page.getByTestId("compare-mode-side").check();
    shown = await shownCount("compare-pane-older");
    await expect
      .poll(() => shownCount("compare-pane-older"), { timeout: 60_000 })
      .toBeGreaterThan(shown);
    await shot("compare-side-before-pan");
    const side = await uncoveredInk("compare-pane-older");
    await shot("compare-side-after-pan");
    expect(side.sharp).toBeGreaterThan(100);
    expect(side.atOnce).toBeGreaterThan(side.sharp * 0.2);

    await page.getByTestId("compare-mode-overlay").check();
    await page.getByTestId("compare-fit").click();
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
    // Each pane says which revision it shows (the pickers above run right
    // to left in Arabic, the panes always left to right).
    const label = (pane: typeof left) =>
      pane.getByTestId("compare-pane-label").textContent();
    expect(await label(left)).toBe(translate("fr", "compare.older"));
    expect(await label(right)).toBe(translate("fr", "compare.newer"));
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

  it("keeps the chosen pair, mode and alignment when the tab is left, and across a reload", async () => {
    const older = page.getByTestId("compare-older-document");
    const newer = page.getByTestId("compare-newer-document");
    const values = await newer.evaluate((s: HTMLSelectElement) =>
      [...s.options].map((o) => o.value),
    );
    const taken = [await older.inputValue(), await newer.inputValue()];
    const other = values.find((v) => !taken.includes(v));
    expect(other).toBeDefined();
    await newer.selectOption(other!);
    await page.getByTestId("compare-mode-side").check();
    await page.getByTestId("compare-align-start").click();
    for (const at of [
      { x: 100, y: 120 },
      { x: 400, y: 380 },
    ]) {
      await page.getByTestId("compare-pane-older").click({ position: at });
      await page.getByTestId("compare-pane-newer").click({ position: at });
    }
    const source = () =>
      page
        .getByTestId("compare-alignment")
        .locator("[data-source]")
        .getAttribute("data-source");
    await expect.poll(source).toBe("points");

    const expectKept = async () => {
      await older.waitFor({ timeout: 60_000 });
      expect(await older.inputValue()).toBe(taken[0]);
      expect(await newer.inputValue()).toBe(other);
      expect(await page.getByTestId("compare-mode-side").isChecked()).toBe(
        true,
      );
      await expect.poll(source).toBe("points");
    };

    // Another tab unmounts the panel; back on Compare, all is as left.
    await page.getByTestId("tab-sheets").click();
    await expect.poll(() => page.getByTestId("compare-panel").count()).toBe(0);
    await page.getByTestId("tab-compare").click();
    await expectKept();

    // A reload of the app too.
    await page.reload();
    await page
      .getByTestId("inbox-row")
      .filter({ hasText: "-AC-" })
      .click({ timeout: 90_000 });
    await page.getByTestId("tab-compare").click();
    await expectKept();
  }, 180_000);

  it("warns when the two sheets are not revisions of one another", async () => {
    await page.getByTestId("compare-mode-overlay").check();
    await page.getByTestId("compare-align-reset").click();
    // The pair kept above: the ground floor against another plan.
    const warning = page.getByTestId("compare-unrelated");
    await warning.waitFor({ timeout: 60_000 });
    expect(await warning.textContent()).toMatch(/révisions de la même planche/);
    await shot("compare-unrelated");

    // The warning's line too leaves the stage on screen.
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await compareFit()).toEqual({
      stageBottom: true,
      controlsShown: true,
      scrolled: [],
    });
    await page.setViewportSize({ width: 1440, height: 1000 });
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
