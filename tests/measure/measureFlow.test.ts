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
 * The measuring tools driven in Chromium against the real stack (demo
 * server, browser-mode host, built renderer): calibrate on two points at
 * a known distance, measure a length, an area with a cut-out, an angle and
 * a count, see the values on the sheet, find them again after a reload,
 * and see the snap marker on the drawing.
 */

const ready = demoStackReadyFor("measureFlow.test");

registerAllMessages();

let stack: DemoStack | null = null;
let page: Page;

async function openBuildingPermit(): Promise<void> {
  await page.getByTestId("inbox-row").filter({ hasText: "-AC-" }).click();
  await page.getByTestId("sheet-canvas").waitFor();
}

/** Clicks at stage pixels with Alt held, so snapping leaves them exact. */
async function clickExact(points: readonly [number, number][]) {
  const stage = await page.getByTestId("sheet-stage").boundingBox();
  if (stage === null) throw new Error("no stage");
  await page.keyboard.down("Alt");
  for (const [x, y] of points) {
    await page.mouse.click(stage.x + x, stage.y + y);
  }
  await page.keyboard.up("Alt");
}

function labels(): Promise<string[]> {
  return page.getByTestId("measure-label").allTextContents();
}

describe.skipIf(!ready)("measuring on a sheet in Chromium", () => {
  beforeAll(async () => {
    stack = await startDemoStack("lajna-measure-");
    page = await stack.browser.newPage({
      viewport: { width: 1400, height: 900 },
    });
    await page.goto(stack.pageUrl);
    await page.getByTestId("signin-username").fill("k.benali");
    await page.getByTestId("signin-password").fill("demo-k.benali");
    await page.getByTestId("signin-submit").click();
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 90_000 });
    await openBuildingPermit();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("calibrates on two points, then measures a length", async () => {
    await page.getByTestId("measure-toggle").click();
    await expect(
      page.getByTestId("measure-status").textContent(),
    ).resolves.toContain(translate("fr", "measure.calibration.none"));

    // 200 px stand for 5 m, so 400 px along the same line are 10 m.
    await page.getByTestId("measure-tool-calibrate").click();
    await clickExact([
      [300, 300],
      [500, 300],
    ]);
    // A distance written as no reviewer means it is refused in words.
    const input = page.getByTestId("measure-known-length");
    await input.fill("1e9");
    expect(await page.getByTestId("measure-apply").isDisabled()).toBe(true);
    expect(await page.getByTestId("measure-length-problem").textContent()).toBe(
      translate("fr", "measure.error.lengthFormat"),
    );
    await input.fill("5,0 m");
    expect(await page.getByTestId("measure-length-problem").count()).toBe(0);
    await page.getByTestId("measure-apply").click();
    await expect
      .poll(() => page.getByTestId("measure-status").textContent())
      .toContain("1/");

    await page.getByTestId("measure-tool-measure_length").click();
    await clickExact([
      [300, 360],
      [700, 360],
    ]);
    await expect.poll(labels).toHaveLength(1);
    const [length = ""] = await labels();
    expect(length).toMatch(/ m$/);
    expect(Number.parseFloat(length)).toBeCloseTo(10, 1);
  }, 120_000);

  it("measures an area with a cut-out and its perimeter", async () => {
    await page.getByTestId("measure-tool-measure_area").click();
    // A 200 px square (5 m x 5 m) with a 100 px square cut out of it,
    // clear of the measuring panel in the stage's lower corner.
    await clickExact([
      [700, 100],
      [900, 100],
      [900, 300],
      [700, 300],
    ]);
    await page.getByTestId("measure-cut-out").click();
    await clickExact([
      [750, 150],
      [850, 150],
      [850, 250],
      [750, 250],
    ]);
    await page.getByTestId("measure-finish").click();

    await expect.poll(labels).toHaveLength(2);
    const area = (await labels()).find((l) => l.includes("m²")) ?? "";
    const [, value = "", perimeter = ""] =
      /^([\d,]+) m² · P ([\d,]+) m$/.exec(area) ?? [];
    // French labels write a decimal comma.
    expect(Number(value.replace(",", "."))).toBeCloseTo(18.75, 1);
    expect(Number(perimeter.replace(",", "."))).toBeCloseTo(20, 1);
  }, 120_000);

  it("measures a right angle and counts three items", async () => {
    await page.getByTestId("measure-tool-measure_angle").click();
    await clickExact([
      [580, 420],
      [580, 520],
      [680, 520],
    ]);
    await page.getByTestId("measure-tool-measure_count").click();
    await clickExact([
      [600, 580],
      [640, 580],
      [680, 580],
    ]);
    await page.keyboard.press("Enter");

    await expect.poll(labels).toHaveLength(4);
    const texts = await labels();
    expect(texts).toContain("90,0°");
    expect(texts).toContain("3");
  }, 120_000);

  it("keeps the measurements and the sheet's scale after a reload", async () => {
    await page.reload();
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 60_000 });
    await openBuildingPermit();
    await expect.poll(labels).toHaveLength(4);
    await page.getByTestId("measure-toggle").click();
    await expect(
      page.getByTestId("measure-status").textContent(),
    ).resolves.toContain("1/");
  }, 120_000);

  it("shows the snap marker near the drawing", async () => {
    await page.getByTestId("measure-tool-measure_length").click();
    const stage = await page.getByTestId("sheet-stage").boundingBox();
    if (stage === null) throw new Error("no stage");
    const marker = page.getByTestId("snap-marker");
    let found = false;
    // Sweep across the middle of the sheet until a path end is near.
    for (let x = 200; x < stage.width - 200 && !found; x += 15) {
      await page.mouse.move(stage.x + x, stage.y + stage.height / 2);
      found = (await marker.count()) > 0;
    }
    expect(found).toBe(true);
    await page.keyboard.press("Escape");
  }, 120_000);

  it("writes an area's value right to left in Arabic, each number with its unit", async () => {
    await page.getByTestId("language-select").selectOption("ar");
    const area = page
      .getByTestId("measure-label")
      .filter({ hasText: "المحيط" })
      .locator("text");
    await area.waitFor({ timeout: 30_000 });
    // "{area} م² · المحيط {perimeter} م" read from the right: the closing
    // metre sign is the leftmost glyph. Laid out left to right it lands
    // between the two numbers, and the area loses its unit.
    const order = await area.evaluate((node: SVGTextElement) => {
      const text = node.textContent ?? "";
      const x = (i: number) => node.getStartPositionOfChar(i).x;
      const word = text.indexOf("المحيط");
      return { last: x(text.length - 1), word: x(word), first: x(0) };
    });
    expect(order.last).toBeLessThan(order.word);
    expect(order.first).toBeGreaterThan(order.word);
    await page.getByTestId("language-select").selectOption("fr");
  }, 60_000);

  it("moves the measuring panel off the part being measured, and keeps it there", async () => {
    const panel = page.getByTestId("measure-panel");
    const stage = (await page.getByTestId("sheet-stage").boundingBox())!;
    const before = (await panel.boundingBox())!;
    expect(before.x - stage.x).toBeLessThan(stage.width / 2);

    await page.getByTestId("measure-panel-move").click();
    const moved = (await panel.boundingBox())!;
    const right = stage.x + stage.width - (moved.x + moved.width);
    expect(right).toBeLessThan(20);

    await page.reload();
    await page.getByTestId("inbox-row").first().waitFor({ timeout: 60_000 });
    await openBuildingPermit();
    expect(await panel.getAttribute("data-side")).toBe("end");
    await page.getByTestId("measure-panel-move").click();
    expect(await panel.getAttribute("data-side")).toBe("start");
  }, 120_000);

  it("shows a measurement's comment in the UI's number format, and keeps it as saved", async () => {
    const length = (await labels()).find((l) => /^\d+,\d+ m$/.test(l)) ?? "";
    expect(length).not.toBe("");
    const item = page.getByTestId("markup-item").filter({ hasText: length });
    await item.click();
    // The author's comment field, as the sheet writes the value.
    const field = page.getByTestId("markup-edit-comment");
    await expect.poll(() => field.inputValue()).toBe(length);
    expect(await page.getByTestId("markup-update").isDisabled()).toBe(true);
    // The markups table likewise.
    await page.getByTestId("markups-table-toggle").click();
    const row = page.getByTestId("markups-row").filter({ hasText: length });
    await expect.poll(() => row.count()).toBe(1);
    // Its dates day first, as the rest of the French UI writes them.
    const cells = await row.locator("td").allTextContents();
    expect(cells.some((cell) => /^\d{2}\/\d{2}\/\d{4}$/.test(cell))).toBe(true);
    expect(cells.some((cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell))).toBe(false);
    await page.getByTestId("markups-table-toggle").click();
  }, 60_000);

  it("keeps one tool in hand: a toolbar tool, Escape or a key puts a measuring tool down", async () => {
    const pressed = (testId: string) =>
      page.getByTestId(testId).getAttribute("aria-pressed");
    const overlay = page.getByTestId("measure-overlay");
    const frame = page.getByTestId("sheet-frame");
    const stage = (await page.getByTestId("sheet-stage").boundingBox())!;
    const drag = async (from: [number, number], to: [number, number]) => {
      await page.mouse.move(stage.x + from[0], stage.y + from[1]);
      await page.mouse.down();
      await page.mouse.move(stage.x + to[0], stage.y + to[1], { steps: 5 });
      await page.mouse.up();
    };
    const measured = await labels();
    if ((await page.getByTestId("measure-tool-measure_length").count()) === 0) {
      await page.getByTestId("measure-toggle").click();
    }

    // The hand after Length: only the hand is pressed, and a drag pans.
    await page.getByTestId("measure-tool-measure_length").click();
    expect(await pressed("measure-tool-measure_length")).toBe("true");
    expect(await pressed("tool-pan")).toBe("false");
    await page.getByTestId("tool-pan").click();
    expect(await pressed("measure-tool-measure_length")).toBe("false");
    expect(await pressed("tool-pan")).toBe("true");
    expect(await overlay.count()).toBe(0);
    const before = (await frame.boundingBox())!;
    await drag([600, 400], [680, 450]);
    await expect
      .poll(async () => (await frame.boundingBox())!.x - before.x)
      .toBeCloseTo(80, 0);

    // The rectangle after Angle: the drag draws a rectangle.
    await page.getByTestId("measure-tool-measure_angle").click();
    await page.getByTestId("tool-rectangle").click();
    expect(await pressed("measure-tool-measure_angle")).toBe("false");
    expect(await pressed("tool-rectangle")).toBe("true");
    await drag([500, 300], [600, 380]);
    await page.getByTestId("markup-comment-input").waitFor();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    expect(await pressed("tool-pan")).toBe("true");

    // V, like the hand's button, and Z, like the rectangle zoom's.
    await page.getByTestId("measure-tool-measure_length").click();
    await page.keyboard.press("v");
    expect(await pressed("measure-tool-measure_length")).toBe("false");
    expect(await pressed("tool-pan")).toBe("true");
    await page.getByTestId("measure-tool-measure_length").click();
    await page.keyboard.press("z");
    await expect
      .poll(() => pressed("measure-tool-measure_length"))
      .toBe("false");
    expect(await pressed("zoom-box-tool")).toBe("true");
    await page.keyboard.press("Escape");

    // Escape drops an area begun, then puts the tool down.
    await page.getByTestId("measure-tool-measure_area").click();
    await clickExact([
      [500, 200],
      [600, 200],
    ]);
    await page.keyboard.press("Escape");
    expect(await pressed("measure-tool-measure_area")).toBe("true");
    // What is left drawn is the pointer's spot alone: no second point.
    const left = await overlay.locator(".measure-draft").getAttribute("d");
    expect(left ?? "").not.toContain("L");
    await page.keyboard.press("Escape");
    expect(await pressed("measure-tool-measure_area")).toBe("false");
    expect(await pressed("tool-pan")).toBe("true");
    expect(await overlay.count()).toBe(0);

    // None of the drags was taken for a measurement.
    expect(await labels()).toEqual(measured);
  }, 120_000);

  // Last, as it pans and zooms the view the steps above measure in.
  it("pans with the hand from inside a measured area, and selects it on a click", async () => {
    const frame = page.getByTestId("sheet-frame");
    const details = page.getByTestId("markup-details");
    const stage = (await page.getByTestId("sheet-stage").boundingBox())!;
    // The area's value sits on its tinted surface, clear of its outline.
    const area = page.getByTestId("measure-label").filter({ hasText: "m²" });
    const inside = async (): Promise<[number, number]> => {
      const box = (await area.boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    const drag = async (from: [number, number], by: [number, number]) => {
      await page.mouse.move(from[0], from[1]);
      await page.mouse.down();
      await page.mouse.move(from[0] + by[0], from[1] + by[1], { steps: 6 });
      await page.mouse.up();
    };
    const measured = await labels();
    expect(
      await page.getByTestId("tool-pan").getAttribute("aria-pressed"),
    ).toBe("true");

    // Nothing selected: a click on bare paper, away from the measurements.
    const paper = (await frame.boundingBox())!;
    await page.mouse.click(
      Math.max(paper.x, stage.x) + 30,
      Math.max(paper.y, stage.y) + 30,
    );
    await expect.poll(() => details.count()).toBe(0);

    // A drag from inside the area pans the sheet, the area with it
    // (leftwards, as the area lies near the stage's right edge).
    const before = (await frame.boundingBox())!;
    const from = await inside();
    await drag(from, [-60, 40]);
    await expect
      .poll(async () => (await frame.boundingBox())!.x - before.x)
      .toBeCloseTo(-60, 0);
    expect((await frame.boundingBox())!.y - before.y).toBeCloseTo(40, 0);
    const panned = await inside();
    expect(panned[0] - from[0]).toBeCloseTo(-60, 0);
    expect(panned[1] - from[1]).toBeCloseTo(40, 0);
    expect(await details.count()).toBe(0);

    // A click there selects it and leaves it where it is.
    await page.mouse.click(panned[0], panned[1]);
    await details.waitFor();
    expect(await inside()).toEqual(panned);

    // A small zoom rectangle drawn from inside the selected area zooms.
    const width = (await frame.boundingBox())!.width;
    await page.keyboard.press("z");
    await expect
      .poll(() =>
        page.getByTestId("zoom-box-tool").getAttribute("aria-pressed"),
      )
      .toBe("true");
    await drag(panned, [40, 25]);
    await expect
      .poll(async () => (await frame.boundingBox())!.width)
      .toBeGreaterThan(width * 2);
    expect(
      await page.getByTestId("zoom-box-tool").getAttribute("aria-pressed"),
    ).toBe("false");
    expect(await labels()).toEqual(measured);
  }, 120_000);
});
