import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStackReadyFor } from "../../support/demoStack";
import { LAYERED_SHEETS } from "./support/layeredSheets";
import { signedInPage } from "./support/signedInPage";
import {
  AUTOCAD_PLOT,
  DOCUMENTS,
  startViewerStack,
  VIEWER_DOSSIER,
  type ViewerStack,
} from "./support/viewerStack";

/**
 * The viewer's features driven in Chromium against the real stack (a
 * server process, a browser-mode host, the built renderer): sheet strip
 * and titles, keyboard, zoom to a rectangle, quarter turns with markups
 * kept on their drawing, document tabs, and layers.
 */

const ready =
  demoStackReadyFor("viewerFeatures.test") &&
  (existsSync(AUTOCAD_PLOT) ||
    !process.stderr.write("viewerFeatures.test: no corpus; skipping\n"));

let stack: ViewerStack | null = null;
let page: Page;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(testId: string): Promise<Box> {
  const found = await page.getByTestId(testId).first().boundingBox();
  if (found === null) throw new Error(`${testId} is not on screen`);
  return found;
}

/** Where a box's centre lies on the sheet, as fractions of its frame. */
async function onSheet(target: Box): Promise<{ u: number; v: number }> {
  const frame = await box("sheet-frame");
  return {
    u: (target.x + target.width / 2 - frame.x) / frame.width,
    v: (target.y + target.height / 2 - frame.y) / frame.height,
  };
}

function zoomLabel(): Promise<string | null> {
  return page.locator(".zoom-level").textContent();
}

/** Waits until the sheet canvas holds drawn (dark) pixels. */
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

/** Waits until the sheet frame stops moving (the view has settled). */
async function settledFrame(): Promise<Box> {
  let last = await box("sheet-frame");
  for (;;) {
    await page.waitForTimeout(150);
    const now = await box("sheet-frame");
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
}

async function openDossier(): Promise<void> {
  await page
    .getByTestId("inbox-row")
    .filter({ hasText: VIEWER_DOSSIER })
    .click({ timeout: 90_000 });
  await page.getByTestId("sheet-canvas").waitFor();
  await waitForPaintedSheet();
}

async function openDocument(title: string): Promise<void> {
  await page
    .getByTestId("document-item")
    .filter({ hasText: title })
    .locator("button")
    .click();
  await waitForPaintedSheet();
}

/** Draws a rectangle markup by dragging between stage fractions. */
async function drawRectangle(
  from: [number, number],
  to: [number, number],
  comment: string,
): Promise<void> {
  const stage = await box("sheet-stage");
  const at = ([fx, fy]: [number, number]) =>
    [stage.x + stage.width * fx, stage.y + stage.height * fy] as const;
  await page.getByTestId("tool-rectangle").click();
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps: 4 });
  await page.mouse.up();
  await page.getByTestId("markup-comment-input").fill(comment);
  await page.getByTestId("markup-save").click();
  await page.getByTestId("tool-pan").click();
}

/** Whether the sheet canvas has ink around a page pixel (5 x 5 px). */
function darkAt(x: number, y: number): Promise<boolean> {
  return page.getByTestId("sheet-canvas").evaluate(
    (element, [px, py]) => {
      const canvas = element as HTMLCanvasElement;
      const rect = canvas.getBoundingClientRect();
      const cx = Math.round(((px - rect.left) * canvas.width) / rect.width);
      const cy = Math.round(((py - rect.top) * canvas.height) / rect.height);
      const { data } = canvas
        .getContext("2d")!
        .getImageData(cx - 2, cy - 2, 5, 5);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] ?? 0) > 0 && (data[i] ?? 255) < 100) dark++;
      }
      return dark > 12;
    },
    [x, y] as const,
  );
}

/** The drawn shape of the markup listed with `comment`. */
async function shapeOf(comment: string): Promise<Box> {
  const item = page.getByTestId("markup-item").filter({ hasText: comment });
  const id = await item.getAttribute("data-markup-id", { timeout: 30_000 });
  const shape = page.locator(
    `[data-testid=markup-shape][data-markup-id="${id}"]`,
  );
  const found = await shape.boundingBox();
  if (found === null) throw new Error("the markup is not on screen");
  return found;
}

describe.skipIf(!ready)("the viewer's features in Chromium", () => {
  beforeAll(async () => {
    stack = await startViewerStack();
    page = await signedInPage(stack);
    await openDossier();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("lists the sheets with their titles and moves between them", async () => {
    const titles = page.getByTestId("sheet-title");
    await expect
      .poll(() => titles.allTextContents())
      .toEqual([...LAYERED_SHEETS.labels, LAYERED_SHEETS.bookmark]);
    await expect
      .poll(() =>
        page
          .getByTestId("sheet-thumbnail")
          .evaluateAll((all) => all.map((b) => b.getAttribute("data-drawn"))),
      )
      .toEqual(["true", "true", "true"]);

    const indicator = page.getByTestId("page-indicator");
    await page.getByTestId("sheet-thumbnail").nth(2).click();
    await expect.poll(() => indicator.textContent()).toMatch(/3 \/ 3/);
    await page.keyboard.press("Home");
    await expect.poll(() => indicator.textContent()).toMatch(/1 \/ 3/);
    await page.keyboard.press("End");
    await expect.poll(() => indicator.textContent()).toMatch(/3 \/ 3/);
    await page.keyboard.press("PageUp");
    await expect.poll(() => indicator.textContent()).toMatch(/2 \/ 3/);
    await page.keyboard.press("Home");
    await waitForPaintedSheet();
  }, 120_000);

  it("pans with the arrows, not while typing in a field", async () => {
    const before = await settledFrame();
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(async () => (await box("sheet-frame")).x)
      .toBeCloseTo(before.x - 80, 0);
    await page.keyboard.press("ArrowLeft");

    // The dossier search field keeps its arrows to itself.
    const field = page.locator("aside input[type=search], aside input").first();
    await field.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(200);
    expect((await box("sheet-frame")).x).toBeCloseTo(before.x, 0);
    await field.blur();
  }, 60_000);

  it("zooms to a drawn rectangle: it fills the viewer, centred", async () => {
    await page.keyboard.press("0");
    const before = await settledFrame();
    const stage = await box("sheet-stage");
    const drag = {
      x0: before.x + before.width * 0.3,
      y0: before.y + before.height * 0.35,
      w: 120,
      h: 60,
    };
    const centre = await onSheet({
      x: drag.x0,
      y: drag.y0,
      width: drag.w,
      height: drag.h,
    });

    await page.keyboard.press("z");
    await page.mouse.move(drag.x0, drag.y0);
    await page.mouse.down();
    await page.mouse.move(drag.x0 + drag.w, drag.y0 + drag.h, { steps: 5 });
    // The rectangle shows while dragging: positioned like the sheet's
    // canvas, it must come after it to be painted above it.
    const outlineAbove = await page.evaluate(() => {
      const outline = document.querySelector("[data-testid=zoom-box]");
      const sheet = document.querySelector("[data-testid=sheet-canvas]");
      if (outline === null || sheet === null) return false;
      const position = sheet.compareDocumentPosition(outline);
      return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(outlineAbove).toBe(true);
    await page.mouse.up();
    const after = await settledFrame();

    const factor = Math.min(stage.width / drag.w, stage.height / drag.h);
    expect(after.width / before.width).toBeCloseTo(factor, 1);
    const middle = await onSheet({
      x: stage.x + stage.width / 2,
      y: stage.y + stage.height / 2,
      width: 0,
      height: 0,
    });
    expect(middle.u).toBeCloseTo(centre.u, 3);
    expect(middle.v).toBeCloseTo(centre.v, 3);
    // One rectangle only: the next drag pans again.
    await expect
      .poll(() =>
        page.getByTestId("zoom-box-tool").getAttribute("aria-pressed"),
      )
      .toBe("false");
    await page.keyboard.press("0");
  }, 60_000);

  it("turns the drawing and a markup on it together", async () => {
    await page.keyboard.press("0");
    const frame = await settledFrame();
    await waitForPaintedSheet();
    // The title block's middle, a filled rectangle, in sheet fractions.
    const block = LAYERED_SHEETS.titleBlockCentre;
    const at = (f: Box, u: number, v: number) =>
      [f.x + f.width * u, f.y + f.height * v] as const;
    expect(await darkAt(...at(frame, block.u, block.v))).toBe(true);

    // A markup drawn around it, from the stage's corner.
    const stage = await box("sheet-stage");
    const [cx, cy] = at(frame, block.u, block.v);
    const fx = (cx - stage.x) / stage.width;
    const fy = (cy - stage.y) / stage.height;
    const comment = "Cartouche incomplet";
    await drawRectangle(
      [fx - 0.04, fy - 0.03],
      [fx + 0.04, fy + 0.03],
      comment,
    );

    await page.keyboard.press(".");
    const turned = await settledFrame();
    await waitForPaintedSheet();
    await page.waitForTimeout(300);
    const mark = await shapeOf(comment);
    const [mx, my] = [mark.x + mark.width / 2, mark.y + mark.height / 2];
    // The markup's middle is still on the title block's ink...
    expect(await darkAt(mx, my)).toBe(true);
    // ...which moved where a clockwise turn puts it, and left its place.
    const moved = await onSheet({ x: mx, y: my, width: 0, height: 0 });
    expect(moved.u).toBeCloseTo(1 - block.v, 1);
    expect(moved.v).toBeCloseTo(block.u, 1);
    expect(await darkAt(...at(turned, block.u, block.v))).toBe(false);
    await page.keyboard.press(",");
  }, 120_000);

  it("measures a length on a turned sheet as on paper", async () => {
    await page.keyboard.press(".");
    const frame = await settledFrame();
    // On a clockwise turn, the sheet point (u, v) shows at (1 - v, u).
    const { width, height } = LAYERED_SHEETS.sizePt;
    const screen = (xPt: number, yPt: number) => {
      const [u, v] = [xPt / width, (height - yPt) / height];
      return [frame.x + frame.width * (1 - v), frame.y + frame.height * u];
    };
    await page.getByTestId("measure-toggle").click();
    await page.getByTestId("measure-scale").selectOption("100");
    await expect
      .poll(() => page.getByTestId("measure-status").textContent())
      .toContain("100");

    // 170 pt inside the walls, across the sheet: 5.997 cm, 6.00 m at 1/100.
    await page.getByTestId("measure-tool-measure_length").click();
    for (const [x, y] of [screen(250, 300), screen(420, 300)]) {
      await page.mouse.click(x ?? 0, y ?? 0);
    }
    const labels = page.getByTestId("measure-label");
    await expect.poll(() => labels.count()).toBe(1);
    const text = (await labels.first().textContent()) ?? "";
    expect(text).toMatch(/ m$/);
    expect(Number.parseFloat(text.replace(",", "."))).toBeCloseTo(6.0, 1);

    await page.keyboard.press("Escape");
    await page.getByTestId("measure-toggle").click();
    await page.keyboard.press(",");
  }, 120_000);

  for (const title of [DOCUMENTS.layered, DOCUMENTS.autocad]) {
    it(`keeps markups on their drawing when the sheet turns (${title})`, async () => {
      await openDocument(title);
      await page.keyboard.press("0");
      await settledFrame();
      const comment = `Recul ${title.slice(0, 6)}`;
      await drawRectangle([0.35, 0.3], [0.45, 0.4], comment);
      const frame = await settledFrame();
      const drawn = await onSheet(await shapeOf(comment));

      await page.getByTestId("turn-clockwise").click();
      await expect
        .poll(() => page.getByTestId("turn-level").textContent())
        .toBe("90°");
      const turned = await settledFrame();
      expect(turned.width / turned.height).toBeCloseTo(
        frame.height / frame.width,
        2,
      );
      // Clockwise, what was at (u, v) on the sheet is now at (1 - v, u).
      const moved = await onSheet(await shapeOf(comment));
      expect(moved.u).toBeCloseTo(1 - drawn.v, 2);
      expect(moved.v).toBeCloseTo(drawn.u, 2);
      await waitForPaintedSheet();

      // Drawn on the turned sheet, a markup turns back with it.
      const second = `Saillie ${title.slice(0, 6)}`;
      await drawRectangle([0.55, 0.55], [0.6, 0.65], second);
      const onTurned = await onSheet(await shapeOf(second));
      await page.keyboard.press(",");
      await expect
        .poll(() => page.getByTestId("turn-level").textContent())
        .toBe("0°");
      await settledFrame();
      const back = await onSheet(await shapeOf(second));
      // Anticlockwise, (u, v) goes to (v, 1 - u).
      expect(back.u).toBeCloseTo(onTurned.v, 2);
      expect(back.v).toBeCloseTo(1 - onTurned.u, 2);
      const first = await onSheet(await shapeOf(comment));
      expect(first.u).toBeCloseTo(drawn.u, 2);
      expect(first.v).toBeCloseTo(drawn.v, 2);
    }, 120_000);
  }

  it("keeps each tab's view; a tab closes with × or a middle click", async () => {
    const tabs = page.getByTestId("document-tab");
    await openDocument(DOCUMENTS.layered);
    expect(await tabs.count()).toBe(2);
    await page.keyboard.press("PageDown");
    await waitForPaintedSheet();
    for (let i = 0; i < 3; i++) await page.keyboard.press("+");
    await page.keyboard.press("ArrowDown");
    await page.getByTestId("turn-clockwise").click();
    const kept = {
      zoom: await zoomLabel(),
      frame: await settledFrame(),
      sheet: await page.getByTestId("page-indicator").textContent(),
    };

    await tabs
      .filter({ hasText: DOCUMENTS.autocad })
      .locator("[role=tab]")
      .click();
    await waitForPaintedSheet();
    await expect.poll(zoomLabel).not.toBe(kept.zoom);
    await tabs
      .filter({ hasText: DOCUMENTS.layered })
      .locator("[role=tab]")
      .click();
    await waitForPaintedSheet();
    await expect.poll(zoomLabel).toBe(kept.zoom);
    const frame = await settledFrame();
    expect(frame.x).toBeCloseTo(kept.frame.x, 0);
    expect(frame.y).toBeCloseTo(kept.frame.y, 0);
    expect(frame.width).toBeCloseTo(kept.frame.width, 0);
    expect(await page.getByTestId("page-indicator").textContent()).toBe(
      kept.sheet,
    );
    expect(await page.getByTestId("turn-level").textContent()).toBe("90°");

    await tabs
      .filter({ hasText: DOCUMENTS.autocad })
      .click({ button: "middle" });
    await expect.poll(() => tabs.count()).toBe(1);
    await openDocument(DOCUMENTS.autocad);
    await expect.poll(() => tabs.count()).toBe(2);
    await tabs
      .filter({ hasText: DOCUMENTS.autocad })
      .getByTestId("document-tab-close")
      .click();
    await expect.poll(() => tabs.count()).toBe(1);
    await expect.poll(() => page.getByTestId("sheet-canvas").count()).toBe(1);
  }, 120_000);

  it("honours default and locked layers and remembers choices per sheet", async () => {
    await page.keyboard.press("Home");
    await waitForPaintedSheet();
    await page.getByTestId("layers-button").click();
    const item = (name: string) =>
      page.getByTestId("layer-item").filter({ hasText: name });
    const toggle = (name: string) => item(name).getByTestId("layer-toggle");

    // As the document sets them: dimensions off, the title block locked.
    expect(await toggle(LAYERED_SHEETS.walls).isChecked()).toBe(true);
    expect(await toggle(LAYERED_SHEETS.dimensions).isChecked()).toBe(false);
    expect(await toggle(LAYERED_SHEETS.titleBlock).isChecked()).toBe(true);
    expect(await toggle(LAYERED_SHEETS.titleBlock).isDisabled()).toBe(true);
    expect(
      await item(LAYERED_SHEETS.titleBlock).getByTestId("layer-lock").count(),
    ).toBe(1);
    await item(LAYERED_SHEETS.titleBlock)
      .locator("label")
      .click({ force: true });
    expect(await toggle(LAYERED_SHEETS.titleBlock).isChecked()).toBe(true);

    await toggle(LAYERED_SHEETS.walls).click();
    await page.getByTestId("layers-show-all").click();
    expect(await toggle(LAYERED_SHEETS.walls).isChecked()).toBe(true);
    expect(await toggle(LAYERED_SHEETS.dimensions).isChecked()).toBe(true);
    await page.getByTestId("layers-hide-all").click();
    expect(await toggle(LAYERED_SHEETS.dimensions).isChecked()).toBe(false);
    expect(await toggle(LAYERED_SHEETS.titleBlock).isChecked()).toBe(true);
    await toggle(LAYERED_SHEETS.dimensions).click();

    // After a reload the first sheet comes back as chosen...
    await page.reload();
    await openDossier();
    await page.getByTestId("layers-button").click();
    expect(await toggle(LAYERED_SHEETS.walls).isChecked()).toBe(false);
    expect(await toggle(LAYERED_SHEETS.dimensions).isChecked()).toBe(true);
    expect(await toggle(LAYERED_SHEETS.titleBlock).isChecked()).toBe(true);

    // ...and another sheet keeps the document's defaults.
    await page.keyboard.press("PageDown");
    await expect
      .poll(() => toggle(LAYERED_SHEETS.walls).isChecked())
      .toBe(true);
    expect(await toggle(LAYERED_SHEETS.dimensions).isChecked()).toBe(false);
  }, 180_000);
});
