import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, PDFName, PDFNumber, type PDFRef } from "pdf-lib";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/bench/viewer/staticServer";
import type { CanvasPixels } from "./engine-page/pixels";
import type { ViewState } from "../../renderer/viewer/viewState";

/**
 * The real SheetRenderer in Chromium on corpus sheets: a zoom storm ends
 * on the final view's pixels with no bitmap leaked, a layer switched is
 * drawn by PDFium, a quarter turn draws what pdf.js draws rotated, and
 * a compute bomb is cut off without stopping other sheets.
 */

const root = path.resolve(import.meta.dirname, "../..");
const plans = path.resolve(root, "../shared/corpus/plans");
const LAYERED = "autocad2024_site_plan_existing_proposed_archD_10layers.pdf";
const HEAVY = "pdfjs_issue12810_arch_plan_24x36_portrait.pdf";
const ready = existsSync(path.join(plans, LAYERED));
if (!ready) process.stderr.write("../shared/corpus is absent: skipped\n");

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
const made = mkdtempSync(path.join(tmpdir(), "lajna-engine-"));

/**
 * A few kilobytes that take PDFium minutes or its whole heap: form
 * XObjects nested 26 deep, each drawing the one below twice.
 */
async function nestedFormsSheet(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const sheet = doc.addPage([600, 400]);
  let below: PDFRef | null = null;
  for (let depth = 0; depth <= 26; depth++) {
    const content: string =
      below === null ? "0 0 2 2 re f" : "q /F Do Q q 1 0 0 1 1 1 cm /F Do Q";
    const resources = below === null ? {} : { XObject: { F: below } };
    below = doc.context.register(
      doc.context.stream(content, {
        Type: "XObject",
        Subtype: "Form",
        BBox: [0, 0, 600, 400],
        Resources: resources,
      }),
    );
  }
  sheet.node.set(
    PDFName.of("Resources"),
    doc.context.obj({ XObject: { F: below } }),
  );
  sheet.node.set(
    PDFName.of("Contents"),
    doc.context.register(doc.context.stream("/F Do")),
  );
  return doc.save();
}

/**
 * A sheet of 144 x 144 units at /UserUnit 10 (a 20 in square): a frame
 * inset from its edges, its diagonals and a box in its far corner, which
 * PDFium, blind to /UserUnit, drew a tenth of the size in the corner.
 */
async function userUnitSheet(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const sheet = doc.addPage([144, 144]);
  sheet.node.set(PDFName.of("UserUnit"), PDFNumber.of(10));
  const drawing =
    "2 w 8 8 128 128 re S 8 8 m 136 136 l S 8 136 m 136 8 l S " +
    "112 112 20 20 re f";
  sheet.node.set(
    PDFName.of("Contents"),
    doc.context.register(doc.context.stream(drawing)),
  );
  return doc.save();
}

/** A view of the sheet at `zoom` CSS px per point centred on (fx, fy). */
function viewAt(
  sheet: { width: number; height: number },
  zoom: number,
  fx: number,
  fy: number,
): ViewState {
  return {
    zoom,
    x: 400 - fx * sheet.width * zoom,
    y: 300 - fy * sheet.height * zoom,
  };
}

async function openSheet(file: string) {
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => window.engineTest !== undefined);
  return page.evaluate(
    (url) => window.engineTest!.open(url),
    `/corpus/${file}`,
  );
}

/** A view of the sheet turned a quarter, drawn by Lajna and by pdf.js. */
async function turnedAndPdfjs(view: ViewState) {
  const drawn = await page.evaluate(
    (v) => window.engineTest!.show(v, [], 90),
    view,
  );
  const reference = await page.evaluate(
    (v) => window.engineTest!.pdfjs(v, 90),
    view,
  );
  return { drawn, reference };
}

/** The largest difference of one 8 px block's mean grey between two. */
function largestBlockDifference(a: CanvasPixels, b: CanvasPixels): number {
  expect(a.blocks.length).toBe(b.blocks.length);
  return Math.max(
    ...a.blocks.map((grey, i) => Math.abs(grey - (b.blocks[i] ?? 0))),
  );
}

/**
 * Mean absolute difference of two grey maps, 0 (same) to 255; only over
 * the blocks `where` keeps (by column and row) when given.
 */
function greyDistance(
  a: CanvasPixels,
  b: CanvasPixels,
  where: (column: number, row: number) => boolean = () => true,
): number {
  expect(a.blocks.length).toBe(b.blocks.length);
  let sum = 0;
  let count = 0;
  a.blocks.forEach((grey, i) => {
    if (!where(i % a.columns, Math.floor(i / a.columns))) return;
    sum += Math.abs(grey - (b.blocks[i] ?? 0));
    count++;
  });
  return sum / Math.max(1, count);
}

/** Whether an 8 px block lies wholly in the 150 px margin of the canvas. */
function inMargin(column: number, row: number): boolean {
  const [left, top] = [150 / 8, 150 / 8];
  const [right, bottom] = [(150 + 800) / 8, (150 + 600) / 8];
  return column < left - 1 || row < top - 1 || column >= right || row >= bottom;
}

describe.skipIf(!ready)("raster engine in Chromium", () => {
  beforeAll(async () => {
    await build({
      configFile: path.join(root, "tests/viewer/engine-page/vite.config.ts"),
    });
    writeFileSync(path.join(made, "bomb.pdf"), await nestedFormsSheet());
    writeFileSync(path.join(made, "userunit.pdf"), await userUnitSheet());
    server = await serveStatic({
      "/pdfjs/": path.join(root, "node_modules/pdfjs-dist"),
      "/corpus/": plans,
      "/made/": made,
      "/": path.join(root, ".tmp/viewer-engine-test"),
    });
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
      ],
    });
    page = await browser.newPage({
      viewport: { width: 900, height: 1300 },
      deviceScaleFactor: 1,
    });
    page.on("pageerror", (error) => process.stderr.write(`${error}\n`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("ends a zoom storm on the final view's pixels, leaking no bitmap", async () => {
    const sheet = await openSheet(HEAVY);
    // 40 wheel steps in 200 ms, zooming in and drifting, as a reviewer's
    // fast wheel does; then the gesture settles on `final`.
    const views = Array.from({ length: 40 }, (_, i) =>
      viewAt(sheet, 0.3 * 1.08 ** i, 0.3 + i / 200, 0.4),
    );
    const final = viewAt(sheet, 4, 0.55, 0.45);
    const stormed = await page.evaluate(
      ([v, f]) => window.engineTest!.storm(v, f, 5),
      [views, final] as const,
    );
    const fresh = await page.evaluate(
      (f) => window.engineTest!.fresh(f, 0),
      final,
    );

    expect(stormed.ink).toBeGreaterThan(1000);
    expect(stormed.placement).toBe(fresh.placement);
    expect(stormed.digest).toBe(fresh.digest);

    // Every bitmap the worker sent was closed once drawn or dropped; the
    // one alive is the sheet's small preview (1024 px on its long side).
    const bitmaps = await page.evaluate(() => window.engineTest!.bitmaps());
    expect(bitmaps.received).toBeGreaterThan(1);
    expect(bitmaps.alive).toBeLessThanOrEqual(1);
    expect(bitmaps.alivePixels).toBeLessThanOrEqual(1024 * 1024);
  });

  it("hides and shows a layer through PDFium", async () => {
    const sheet = await openSheet(LAYERED);
    expect(
      Object.keys(await page.evaluate(() => window.engineTest!.layers())),
    ).toContain("15_hatch");
    const view = viewAt(sheet, 0.5, 0.5, 0.5);
    const show = (hidden: string[]) =>
      page.evaluate(([v, h]) => window.engineTest!.show(v, h, 0), [
        view,
        hidden,
      ] as const);
    const received = () =>
      page.evaluate(() => window.engineTest!.bitmaps().received);

    const all = await show([]);
    const before = await received();
    const noHatch = await show(["15_hatch"]);
    // The worker drew it: pdf.js draws on the page's own canvases.
    expect(await received()).toBeGreaterThan(before);
    expect(noHatch.ink).toBeLessThan(all.ink * 0.9);
    const none = await show(
      Object.keys(await page.evaluate(() => window.engineTest!.layers())),
    );
    expect(none.ink).toBe(0);
    // Objects switched off in place come back when their layer does:
    // one choice's switches never leak into the next. A switch may be
    // redrawn as a patch only, whose antialiased edges can round one
    // grey level apart from a whole render: each 8 px block the same
    // within one level.
    const noHatchAgain = await show(["15_hatch"]);
    expect(largestBlockDifference(noHatchAgain, noHatch)).toBeLessThanOrEqual(
      1,
    );
    const again = await show([]);
    expect(largestBlockDifference(again, all)).toBeLessThanOrEqual(1);
    expect(largestBlockDifference(noHatch, all)).toBeGreaterThan(20);
  });

  it("turns a sheet a quarter as pdf.js rotates it by 90", async () => {
    const sheet = await openSheet(LAYERED);
    // Turned, the sheet's width runs down the viewer.
    const turned = { width: sheet.height, height: sheet.width };
    const view = viewAt(turned, 0.25, 0.5, 0.5);
    const { drawn, reference } = await turnedAndPdfjs(view);
    const unturned = await page.evaluate(
      (v) => window.engineTest!.pdfjs(v, 0),
      view,
    );
    expect(drawn.ink).toBeGreaterThan(1000);
    const distance = greyDistance(drawn, reference);
    // Two engines anti-alias differently; the wrong turn is far off.
    expect(distance).toBeLessThan(6);
    expect(greyDistance(drawn, unturned)).toBeGreaterThan(distance * 3);
  });

  it("draws a /UserUnit sheet where pdf.js sizes it", async () => {
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.engineTest !== undefined);
    const sheet = await page.evaluate(
      (url) => window.engineTest!.open(url),
      "/made/userunit.pdf",
    );
    // pdf.js sizes the sheet in its user units: 1440 across, not 144.
    expect(sheet.width).toBeCloseTo(1440, 0);
    const view = viewAt(sheet, 0.4, 0.5, 0.5);
    const drawn = await page.evaluate(
      (v) => window.engineTest!.show(v, [], 0),
      view,
    );
    const reference = await page.evaluate(
      (v) => window.engineTest!.pdfjs(v, 0),
      view,
    );
    expect(reference.ink).toBeGreaterThan(2000);
    expect(drawn.ink).toBeGreaterThan(reference.ink * 0.8);
    expect(greyDistance(drawn, reference)).toBeLessThan(6);
  });

  // Zoomed in, the viewer's rectangle comes first and the margin after it
  // in strips: once at rest the margin holds the sheet as pdf.js draws
  // it, turned too, where a missing or shifted strip would be far off.
  it("fills the margin around a zoomed-in view with the sheet", async () => {
    const sheet = await openSheet(LAYERED);
    const turned = { width: sheet.height, height: sheet.width };
    const view = viewAt(turned, 1, 0.4, 0.6);
    const { drawn, reference } = await turnedAndPdfjs(view);
    const moved = await page.evaluate(
      (v) => window.engineTest!.pdfjs({ ...v, x: v.x + 24 }, 90),
      view,
    );
    const inkInMargin = drawn.blocks.filter(
      (grey, i) =>
        grey < 250 &&
        inMargin(i % drawn.columns, Math.floor(i / drawn.columns)),
    ).length;
    expect(inkInMargin).toBeGreaterThan(200);
    const distance = greyDistance(drawn, reference, inMargin);
    expect(distance).toBeLessThan(6);
    expect(greyDistance(drawn, moved, inMargin)).toBeGreaterThan(distance * 2);
  });

  it("cuts off a sheet that holds PDFium too long; others still draw", async () => {
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.engineTest !== undefined);
    const run = await page.evaluate(
      ([bomb, sound]) => window.engineTest!.bomb(bomb, sound, 3000),
      ["/made/bomb.pdf", `/corpus/${LAYERED}`] as const,
    );
    // Past the limit, or PDFium aborting on its heap, whichever is first:
    // the reviewer's message, not pdf.js stalling on the same drawing.
    expect(run.bombError).toMatch(/viewer\.error\.tooHeavy/);
    expect(run.soundWidth).toBe(400);
    // Refused at once the second time rather than tried again.
    expect(run.retryError).toMatch(/viewer\.error\.tooHeavy/);
    expect(run.retryMs).toBeLessThan(1000);
  });
});
