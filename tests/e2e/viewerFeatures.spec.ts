import { existsSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { label } from "./support/labels";
import { pdftotext } from "./support/pdfTools";
import {
  resubmitRevisedLevelPlan,
  REVISED_TITLE,
  REVISION,
} from "./support/revisedPlan";
import {
  ACCOUNTS,
  DOSSIER_NUMBER,
  LEVEL_PLAN,
  SITE_PLAN,
  startViewerStack,
  type ViewerStack,
} from "./support/stack";
import {
  changedShare,
  pointIn,
  ViewerPage,
  type Box,
} from "./support/viewerPage";

/*
 * The viewer's features of issue 3, walked in Chromium through the
 * product's real entry points: the shared end-to-end server seeded by its
 * command line with the 10-layer AutoCAD site plan and the 24 x 36 in
 * level plan, then a second round revising the level plan; a workstation
 * host; a committee architect using keyboard and mouse.
 */

test.describe.configure({ mode: "serial" });
test.skip(
  !existsSync(SITE_PLAN) || !existsSync(LEVEL_PLAN),
  "the corpus beside the repository (../shared/corpus) is absent",
);

const SITE_TITLE = "Plan de masse";
const LEVEL_TITLE = "Plan du rez-de-chaussée";
/** The site plan's Arch D sheet: 36 x 24 in, 2592 x 1728 pt. */
const SITE_SHEET_PT = { width: 2592, height: 1728 };
/** The level plan's sheet, 24 x 36 in upright. */
const LEVEL_SHEET_PT = { width: 1728, height: 2592 };
/** The AutoCAD layer of the hatching over the buildings. */
const HATCH_LAYER = "15_hatch";
/** The layers button's words with one of the site plan's ten hidden. */
const HIDDEN_ONE = { shown: 9, count: 10 };
/** A word of the site plan's notes ("(E)driveway"). */
const SEARCHED = "driveway";
/** The viewer's margin around a fitted sheet (viewState's MARGIN_PX). */
const MARGIN_PX = 16;
/** Screen pixels per PDF point at 100 % (96 dpi over 72 pt per inch). */
const ACTUAL_SIZE_PX_PER_PT = 96 / 72;

let stack: ViewerStack;
let architect: ViewerPage;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  stack = await startViewerStack(resubmitRevisedLevelPlan);
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
  });
  architect = new ViewerPage(await context.newPage());
  await architect.open(stack.host.pageUrl);
  await architect.signIn(ACCOUNTS.agency);
  await architect.openDossier(DOSSIER_NUMBER);
  await architect.tab("sheets");
});

test.afterAll(async () => {
  await stack?.stop();
});

/** Width over height of a box. */
function aspect(box: Box): number {
  return box.width / box.height;
}

/** Width over height of a canvas's own pixels. */
function canvasAspect(canvas: Locator): Promise<number> {
  return canvas.evaluate((node) => {
    const { width, height } = node as HTMLCanvasElement;
    return width / height;
  });
}

test("two plans open in tabs, each keeping its own view; . and , turn a sheet", async () => {
  const page = architect.page;
  await architect.openDocument(SITE_TITLE);
  await architect.waitForDrawnSheet();
  await architect.openDocument(LEVEL_TITLE);
  await architect.waitForDrawnSheet();
  await expect(architect.documentTab(LEVEL_TITLE)).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(
    page.getByRole("tablist", { name: label("viewer.tabs") }),
  ).toHaveCount(1);
  await expect(architect.documentTab(SITE_TITLE)).toBeVisible();

  // The level plan, zoomed in twice and panned down.
  const fitted = await architect.settledFrame();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await page.keyboard.press("ArrowDown");
  const levelFrame = await architect.settledFrame();
  const level = { zoom: await architect.zoomLevel(), frame: levelFrame };
  expect(level.frame.width).toBeGreaterThan(fitted.width * 1.3);
  expect(aspect(level.frame)).toBeCloseTo(
    LEVEL_SHEET_PT.width / LEVEL_SHEET_PT.height,
    2,
  );

  // The site plan, turned a quarter clockwise with ".".
  await architect.documentTab(SITE_TITLE).click();
  await architect.waitForDrawnSheet();
  const upright = await architect.settledFrame();
  expect(aspect(upright)).toBeCloseTo(
    SITE_SHEET_PT.width / SITE_SHEET_PT.height,
    2,
  );
  await page.keyboard.press(".");
  await expect(page.getByTestId("turn-level")).toHaveText(
    label("viewer.turn", { degrees: 90 }),
  );
  const turned = await architect.settledFrame();
  expect(aspect(turned)).toBeCloseTo(1 / aspect(upright), 2);
  await architect.waitForDrawnSheet();

  // Back on the level plan: its zoom and place, not turned.
  await architect.documentTab(LEVEL_TITLE).click();
  await expect.poll(() => architect.zoomLevel()).toBe(level.zoom);
  const back = await architect.settledFrame();
  for (const side of ["x", "y", "width", "height"] as const) {
    expect(back[side]).toBeCloseTo(level.frame[side], 0);
  }
  await expect(page.getByTestId("turn-level")).toHaveText(
    label("viewer.turn", { degrees: 0 }),
  );
  await expect(page.getByTestId("page-indicator")).toHaveText(
    label("viewer.page", { page: 1, count: 1 }),
  );

  // The site plan is still turned; "," turns it back.
  await architect.documentTab(SITE_TITLE).click();
  await expect(page.getByTestId("turn-level")).toHaveText(
    label("viewer.turn", { degrees: 90 }),
  );
  await page.keyboard.press(",");
  await expect(page.getByTestId("turn-level")).toHaveText(
    label("viewer.turn", { degrees: 0 }),
  );
  const again = await architect.settledFrame();
  expect(aspect(again)).toBeCloseTo(aspect(upright), 2);
});

test("the sheet strip shows each sheet drawn small, with its title", async () => {
  const page = architect.page;
  const strip = page.getByRole("list").filter({
    has: page.getByTestId("sheet-thumbnail"),
  });
  await expect(
    page.getByRole("heading", { name: label("viewer.sheets") }),
  ).toBeVisible();
  const thumbnail = strip.getByTestId("sheet-thumbnail");
  await expect(thumbnail).toHaveCount(1);
  await expect(thumbnail).toHaveAttribute("data-drawn", "true");
  await expect(thumbnail).toHaveAttribute("aria-current", "true");
  const image = thumbnail.locator("canvas");
  expect(await architect.inkedPixelShare(image)).toBeGreaterThan(0.005);
  expect(await canvasAspect(image)).toBeCloseTo(
    SITE_SHEET_PT.width / SITE_SHEET_PT.height,
    1,
  );
  // AutoCAD names the sheet by its page label: "[1] " and the layout.
  await expect(thumbnail.getByTestId("sheet-title")).toHaveText(
    "[1] 02_SitePlan",
  );

  // The upright level plan's strip: its own small drawing, its number
  // (the file has no label, bookmark or title block to name it).
  await architect.documentTab(LEVEL_TITLE).click();
  await expect(thumbnail).toHaveAttribute("data-drawn", "true");
  expect(await architect.inkedPixelShare(image)).toBeGreaterThan(0.005);
  expect(await canvasAspect(image)).toBeCloseTo(
    LEVEL_SHEET_PT.width / LEVEL_SHEET_PT.height,
    1,
  );
  await expect(thumbnail.getByTestId("sheet-title")).toHaveText(
    label("viewer.sheetNumber", { number: 1 }),
  );
  await architect.documentTab(SITE_TITLE).click();
});

test("fit page, fit width, actual size and zoom to a drawn rectangle", async () => {
  const page = architect.page;
  const stage = await architect.stage();

  await architect.button("viewer.fitPage").click();
  const whole = await architect.settledFrame();
  expect(whole.width).toBeLessThanOrEqual(stage.width - 2 * MARGIN_PX + 1);
  expect(whole.height).toBeLessThanOrEqual(stage.height - 2 * MARGIN_PX + 1);
  const spare = Math.min(
    stage.width - 2 * MARGIN_PX - whole.width,
    stage.height - 2 * MARGIN_PX - whole.height,
  );
  expect(Math.abs(spare)).toBeLessThan(2);

  await architect.button("viewer.fitWidth").click();
  const width = await architect.settledFrame();
  expect(width.width).toBeCloseTo(stage.width - 2 * MARGIN_PX, 0);
  expect(width.x).toBeCloseTo(stage.x + MARGIN_PX, 0);

  await architect.button("viewer.actualSize").click();
  await expect
    .poll(() => architect.zoomLevel())
    .toBe(label("viewer.zoom", { percent: 100 }));
  const actual = await architect.settledFrame();
  expect(actual.width).toBeCloseTo(
    SITE_SHEET_PT.width * ACTUAL_SIZE_PX_PER_PT,
    0,
  );

  // Z, then a drag: the rectangle fills the stage, centred.
  await page.keyboard.press("0");
  const before = await architect.settledFrame();
  const from = pointIn(before, 0.3, 0.35);
  const drag = { width: 140, height: 70 };
  await page.keyboard.press("z");
  await expect(page.getByTestId("zoom-box-tool")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await architect.drag(from, [from[0] + drag.width, from[1] + drag.height]);
  const after = await architect.settledFrame();
  const factor = Math.min(stage.width / drag.width, stage.height / drag.height);
  expect(after.width / before.width).toBeCloseTo(factor, 1);
  const centre = {
    u: (from[0] + drag.width / 2 - before.x) / before.width,
    v: (from[1] + drag.height / 2 - before.y) / before.height,
  };
  const middle = {
    u: (stage.x + stage.width / 2 - after.x) / after.width,
    v: (stage.y + stage.height / 2 - after.y) / after.height,
  };
  expect(middle.u).toBeCloseTo(centre.u, 2);
  expect(middle.v).toBeCloseTo(centre.v, 2);
  await expect(page.getByTestId("zoom-box-tool")).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await page.keyboard.press("0");
});

test("a hidden layer leaves the canvas, and stays hidden after a reload", async () => {
  const page = architect.page;
  await architect.settledFrame();
  await architect.waitForDrawnSheet();
  const shown = await architect.inkMask();

  await architect.button("viewer.layers", { count: 10 }).click();
  const hatch = page.getByRole("checkbox", { name: HATCH_LAYER, exact: true });
  await expect(hatch).toBeChecked();
  await hatch.uncheck();
  // The button tells that a layer is hidden, menu open or closed.
  await expect(
    architect.button("viewer.layers.someHidden", HIDDEN_ONE),
  ).toBeVisible();
  await expect
    .poll(async () => changedShare(shown, await architect.inkMask()))
    .toBeGreaterThan(0.01);
  await architect.waitForDrawnSheet();
  const hidden = await architect.inkMask();
  const inkOf = (mask: string) => mask.split("1").length - 1;
  // Hatching is ink: hiding it only takes pixels away.
  expect(inkOf(hidden)).toBeLessThan(inkOf(shown) * 0.9);

  // Choices older builds kept by file content, or by document without
  // the member (so they met the next member signing in), go as the app
  // starts.
  const byContent = `lajna.layers.${"ab".repeat(32)}.0`;
  const byDocument = "lajna.sheetLayers.some-document.0";
  for (const old of [byContent, byDocument]) {
    await page.evaluate((key) => localStorage.setItem(key, "{}"), old);
  }
  await page.reload();
  await page.waitForLoadState("domcontentloaded");
  for (const old of [byContent, byDocument]) {
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), old))
      .toBeNull();
  }
  await architect.openDossier(DOSSIER_NUMBER);
  await architect.tab("sheets");
  await architect.openDocument(SITE_TITLE);
  await architect.button("viewer.layers.someHidden", HIDDEN_ONE).click();
  await expect(hatch).not.toBeChecked();
  await expect(
    page.getByRole("checkbox", { name: "1_ExistingWalls", exact: true }),
  ).toBeChecked();
  await page.keyboard.press("0");
  await architect.settledFrame();
  await architect.waitForDrawnSheet();
  // The same view draws without the hatching again.
  expect(changedShare(hidden, await architect.inkMask())).toBeLessThan(0.005);
  await architect.button("viewer.layers.someHidden", HIDDEN_ONE).click();
});

test("a dossier search highlights the hits, and F3 steps through them", async () => {
  const page = architect.page;
  const expected = pdftotext(SITE_PLAN).match(new RegExp(SEARCHED, "gi"));
  const hits = expected?.length ?? 0;
  expect(hits).toBeGreaterThan(1);

  const field = page.getByRole("searchbox", { name: label("search.label") });
  await field.fill(SEARCHED);
  await field.press("Enter");
  // The hits, all on the site plan's sheet; then every sheet of the
  // dossier searched (the search's end starts the walk over).
  await expect(page.getByTestId("search-summary")).toHaveText(
    label("search.summary", { hits, sheets: 1 }),
  );
  await expect(page.getByTestId("search-progress")).toHaveCount(0);

  await page.keyboard.press("F3");
  await expect(page.getByTestId("search-position")).toContainText(
    label("search.position", { current: 1, total: hits }),
  );
  await expect(architect.documentTab(SITE_TITLE)).toHaveAttribute(
    "aria-selected",
    "true",
  );
  const current = page.getByTestId("search-hit-current");
  await expect(current).toHaveCount(1);
  await expect(page.getByTestId("search-hit")).toHaveCount(hits);
  const first = await architect.box(current);
  const stage = await architect.stage();
  expect(first.x).toBeGreaterThanOrEqual(stage.x);
  expect(first.x + first.width).toBeLessThanOrEqual(stage.x + stage.width);

  await page.keyboard.press("F3");
  await expect(page.getByTestId("search-position")).toContainText(
    label("search.position", { current: 2, total: hits }),
  );
  const second = await architect.box(current);
  expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeGreaterThan(5);
  await page.keyboard.press("Shift+F3");
  await expect(page.getByTestId("search-position")).toContainText(
    label("search.position", { current: 1, total: hits }),
  );
  await field.press("Escape");
  await expect(page.getByTestId("search-hit")).toHaveCount(0);
  // The viewer's keys (w, 0…) of the next steps reach the sheet, not the
  // field, which keeps the focus after Escape.
  await field.blur();
});

test("at a standard scale of 1/100 a length measures as the sheet implies", async () => {
  const page = architect.page;
  await page.keyboard.press("w");
  const frame = await architect.settledFrame();

  await page
    .getByRole("button", { name: label("measure.tools"), exact: true })
    .click();
  await page
    .getByRole("combobox", { name: label("measure.scale") })
    .selectOption("100");
  await expect(page.getByTestId("measure-status")).toContainText(
    label("measure.calibration.markup", { denominator: 100 }),
  );
  await page
    .getByRole("button", {
      name: label("measure.tool.measure_length"),
      exact: true,
    })
    .click();

  // Across 60 % of the sheet's width, with Alt so nothing snaps.
  const [from, to] = [pointIn(frame, 0.2, 0.5), pointIn(frame, 0.8, 0.5)];
  await page.keyboard.down("Alt");
  await page.mouse.click(...from);
  await page.mouse.click(...to);
  await page.keyboard.up("Alt");

  // 60 % of the 36 in sheet is 21.6 in of paper: 54.86 m at 1/100.
  const paperPt = ((to[0] - from[0]) / frame.width) * SITE_SHEET_PT.width;
  const expectedM = (paperPt / 72) * 0.0254 * 100;
  const value = page.getByTestId("measure-label");
  await expect(value).toHaveCount(1);
  const text = (await value.textContent()) ?? "";
  // Centimetres at 1/100: a tenth of a millimetre on paper.
  // French labels write a decimal comma.
  expect(text).toMatch(/^\d+,\d{2} m$/);
  const pixelM = (SITE_SHEET_PT.width / frame.width / 72) * 0.0254 * 100;
  const valueM = Number.parseFloat(text.replace(",", "."));
  expect(Math.abs(valueM - expectedM)).toBeLessThan(2 * pixelM);
  await page.keyboard.press("Escape");
  await page
    .getByRole("button", { name: label("measure.tools"), exact: true })
    .click();
});

test("Compare revisions colours what the revised level plan removed and added", async () => {
  const page = architect.page;
  await page.getByRole("tab", { name: label("tab.compare") }).click();
  const older = page.getByTestId("compare-older-document");
  const newer = page.getByTestId("compare-newer-document");
  await expect(older.locator("option:checked")).toHaveText(LEVEL_TITLE);
  await expect(newer.locator("option:checked")).toHaveText(REVISED_TITLE);

  const pane = page.getByTestId("compare-pane-overlay");
  await expect
    .poll(async () => Number(await pane.getAttribute("data-shown-count")))
    .toBeGreaterThan(0);
  const legend = page.getByTestId("compare-legend");
  expect(Number(await legend.getAttribute("data-removed"))).toBeGreaterThan(50);
  expect(Number(await legend.getAttribute("data-added"))).toBeGreaterThan(50);

  // Two changes made, two boxes of change to walk through.
  await expect(page.getByTestId("compare-next")).toHaveText(
    label("compare.next", { index: 0, count: 2 }),
  );
  for (const change of ["removed", "added"] as const) {
    const centre = await colouredCentre(change);
    const box = REVISION[`${change}Pt`];
    expect(centre.u).toBeCloseTo(
      (box.x + box.width / 2) / LEVEL_SHEET_PT.width,
      1,
    );
    expect(centre.v).toBeCloseTo(
      1 - (box.y + box.height / 2) / LEVEL_SHEET_PT.height,
      1,
    );
  }
});

test("Compare keeps its zoom and position across a tab trip, a reload and a smaller window", async () => {
  const page = architect.page;
  const compareTab = page.getByRole("tab", { name: label("tab.compare") });
  const pane = page.getByTestId("compare-pane-overlay");
  await compareTab.click();
  await expect(pane).toBeVisible();
  const fitted = await overlaySheetView();

  // Zoomed onto a part of the sheet away from its middle.
  for (let i = 0; i < 3; i++) await page.getByTestId("compare-zoom-in").click();
  const box = await architect.box(pane);
  await architect.drag(pointIn(box, 0.5, 0.5), pointIn(box, 0.3, 0.6));
  const left = await overlaySheetView();
  expect(left.zoom).toBeCloseTo(fitted.zoom * 1.25 ** 3, 3);
  expect(Math.hypot(left.x - fitted.x, left.y - fitted.y)).toBeGreaterThan(200);
  const keptAsLeft = async () => {
    await expect(compareTab).toHaveAttribute("aria-selected", "true");
    await expect
      .poll(async () => viewDistance(await overlaySheetView(), left))
      .toBeLessThan(1);
  };

  // Another tab unmounts the Compare panel; back on it, the view is kept.
  await architect.tab("sheets");
  await expect(page.getByTestId("compare-panel")).toHaveCount(0);
  await compareTab.click();
  await keptAsLeft();

  // A reload too, and the kept view is drawn sharp.
  await page.reload();
  await architect.openDossier(DOSSIER_NUMBER);
  await compareTab.click();
  await keptAsLeft();
  await expect
    .poll(async () => Number(await pane.getAttribute("data-shown-count")))
    .toBeGreaterThan(0);

  // In a smaller window the same point of the sheet is in the middle.
  await architect.tab("sheets");
  await page.setViewportSize({ width: 1100, height: 760 });
  await compareTab.click();
  await keptAsLeft();

  // Fitted again, the view comes back fitted.
  await page.getByTestId("compare-fit").click();
  const refitted = await overlaySheetView();
  expect(refitted.zoom).toBeLessThan(fitted.zoom);
  await page.setViewportSize({ width: 1400, height: 900 });
  await architect.tab("sheets");
  await compareTab.click();
  await expect
    .poll(async () => viewDistance(await overlaySheetView(), fitted))
    .toBeLessThan(1);
});

/**
 * The overlay's view as the reviewer sees it: the zoom (CSS pixels per
 * point of the level plan) and the sheet point at the pane's middle
 * (points from the sheet's top left), read off where the page lies.
 */
async function overlaySheetView(): Promise<{
  zoom: number;
  x: number;
  y: number;
}> {
  const pane = architect.page.getByTestId("compare-pane-overlay");
  const box = await architect.box(pane);
  const sheet = await architect.box(pane.locator(".compare-sheet"));
  const zoom = sheet.width / LEVEL_SHEET_PT.width;
  const [mx, my] = pointIn(box, 0.5, 0.5);
  return { zoom, x: (mx - sheet.x) / zoom, y: (my - sheet.y) / zoom };
}

/**
 * How far apart two views are: the distance between their middles in
 * points, or their zooms' difference in percent, whichever is larger.
 */
function viewDistance(
  a: { zoom: number; x: number; y: number },
  b: { zoom: number; x: number; y: number },
): number {
  const zoomPercent = Math.abs(a.zoom / b.zoom - 1) * 100;
  return Math.max(zoomPercent, Math.hypot(a.x - b.x, a.y - b.y));
}

/**
 * The middle of what the overlay tints as one kind of change (red
 * removed, blue added), in fractions of the sheet, as the reviewer sees
 * it: a screenshot of the pane decoded in the page (the layers are drawn
 * off the main thread, so their canvases cannot be read).
 */
async function colouredCentre(
  change: "removed" | "added",
): Promise<{ u: number; v: number }> {
  const page = architect.page;
  const pane = page.getByTestId("compare-pane-overlay");
  const png = await pane.screenshot();
  // Measured after the screenshot, which may scroll the pane into view.
  const shot = await architect.box(pane);
  const sheet = await architect.box(pane.locator(".compare-sheet"));
  const found = await page.evaluate(
    async ({ base64, kind }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const { width, height } = bitmap;
      const { data } = context.getImageData(0, 0, width, height);
      let [sx, sy, n] = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        const tinted =
          kind === "removed" ? r - Math.max(g, b) > 60 : b - r > 60;
        if (!tinted) continue;
        sx += (i / 4) % width;
        sy += Math.floor(i / 4 / width);
        n++;
      }
      return { n, x: sx / n / width, y: sy / n / height };
    },
    { base64: png.toString("base64"), kind: change },
  );
  expect(found.n, `${change} pixels`).toBeGreaterThan(20);
  const [x, y] = pointIn(shot, found.x, found.y);
  return { u: (x - sheet.x) / sheet.width, v: (y - sheet.y) / sheet.height };
}
