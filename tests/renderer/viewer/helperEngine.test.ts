import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../../scripts/bench/viewer/staticServer";
import type { ViewState } from "../../../renderer/viewer/viewState";
import { CHROMIUM, CHROMIUM_ARGS } from "../../support/demoStack";
import type { CanvasPixels } from "../../viewer/engine-page/pixels";
import { corpusDir, repoRoot } from "../../workstation/support/processes";
import type { DrawnView, Engines } from "./helper-page/helperPage";
import type { SeenRender } from "./helper-page/rasterTraffic";

/**
 * The helper engine draws its half of each view: through the viewer's
 * real SheetRenderer in Chromium, on a heavy corpus sheet, the viewer's
 * rectangle is asked of both raster workers, one half each, and the
 * composed canvas holds what the shared engine alone draws. A split
 * that silently fell back to one worker, or a half put in the wrong
 * place, fails here.
 */

const PLANS = path.join(corpusDir, "plans");
const HEAVY = "pdfjs_issue12810_arch_plan_24x36_portrait.pdf";
/** A spot of many lines on the heavy sheet (fractions of its size). */
const SPOT = [0.7692, 0.5728] as const;
const VIEWER = { width: 800, height: 600 };

const ready = existsSync(path.join(PLANS, HEAVY)) && existsSync(CHROMIUM);
if (!ready) {
  process.stderr.write("helper engine: needs the corpus and Chromium\n");
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let distDir: string;

/** A view at `zoom` CSS px per point with `SPOT` mid-viewer. */
function viewAt(sheet: { width: number; height: number }, zoom: number) {
  return {
    zoom,
    x: VIEWER.width / 2 - SPOT[0] * sheet.width * zoom,
    y: VIEWER.height / 2 - SPOT[1] * sheet.height * zoom,
  };
}

function draw(view: ViewState, engines: Engines) {
  return page.evaluate(([v, e]) => window.helperEngineTest!.draw(v, e), [
    view,
    engines,
  ] as const) as Promise<DrawnView>;
}

/**
 * The rows of the viewer's rectangle a split render keeps, from its
 * region's place and its crop (device pixel ratio 1, no margin).
 */
function keptRows(view: ViewState, render: SeenRender): [number, number] {
  const crop = render.crop!;
  const first = Math.round(view.y) - Math.round(render.region.y) + crop.y;
  return [first, first + crop.height];
}

/** How many 8 px blocks of two canvases differ by more than `levels`. */
function blocksApart(a: CanvasPixels, b: CanvasPixels, levels: number): number {
  expect(b.blocks.length).toBe(a.blocks.length);
  return a.blocks.filter((grey, i) => Math.abs(grey - b.blocks[i]!) > levels)
    .length;
}

describe.skipIf(!ready)("the helper engine in Chromium", () => {
  beforeAll(async () => {
    distDir = mkdtempSync(path.join(tmpdir(), "lajna-helper-engine-"));
    await build({
      configFile: path.join(
        repoRoot,
        "tests/renderer/viewer/helper-page/vite.config.ts",
      ),
      build: { outDir: distDir, emptyOutDir: true },
    });
    server = await serveStatic({
      "/pdfjs/": path.join(repoRoot, "node_modules/pdfjs-dist"),
      "/corpus/": PLANS,
      "/": distDir,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    page = await browser.newPage({
      viewport: { width: 900, height: 700 },
      deviceScaleFactor: 1,
    });
    page.on("pageerror", (error) => process.stderr.write(`${error}\n`));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.helperEngineTest !== undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (distDir) rmSync(distDir, { recursive: true, force: true });
  });

  it("draws half of the viewer's rectangle, as one engine draws it", async () => {
    const sheet = await page.evaluate(
      (url) => window.helperEngineTest!.open(url),
      `/corpus/${HEAVY}`,
    );
    // Zoomed in: the viewer's rectangle is drawn first, then the margin.
    const view = viewAt(sheet, 1);
    const split = await draw(view, "app");
    const single = await draw(view, "engineOnly");

    // Each worker drew one half of the rectangle, edge to edge.
    const halves = split.renders.filter((r) => r.crop !== null);
    expect(halves.map((r) => r.worker).sort()).toEqual([0, 1]);
    for (const half of halves) {
      expect(half.answer).toBe("rendered");
      expect(half.crop!.width).toBe(VIEWER.width);
    }
    const rows = halves
      .map((half) => keptRows(view, half))
      .sort((a, b) => a[0] - b[0]);
    expect(rows[0]![0]).toBe(0);
    expect(rows[1]![0]).toBe(rows[0]![1]);
    expect(rows[1]![1]).toBe(VIEWER.height);
    // The one-engine renderer never asks the helper.
    expect(single.renders.some((r) => r.worker === 1)).toBe(false);
    expect(single.renders.some((r) => r.crop !== null)).toBe(false);

    // The composed canvas is the one engine's, up to one grey level per
    // 8 px block (the tolerance of the raster engine's PDFium tests).
    expect(split.pixels.ink).toBeGreaterThan(10_000);
    expect(split.pixels.placement).toBe(single.pixels.placement);
    expect(blocksApart(split.pixels, single.pixels, 1)).toBe(0);

    // A view four pixels lower is far outside that tolerance.
    const lower = await draw({ ...view, y: view.y + 4 }, "engineOnly");
    expect(blocksApart(lower.pixels, single.pixels, 1)).toBeGreaterThan(1000);
  });

  it("lets the engine that has read the sheet draw both halves", async () => {
    const sheet = await page.evaluate(
      (url) => window.helperEngineTest!.open(url),
      `/corpus/${HEAVY}`,
    );
    const view = viewAt(sheet, 1);
    const single = await draw(view, "engineOnly");
    // The helper reads the sheet only once the view is sharp: a view
    // that waited for it would never come.
    const late = await draw(view, "helperLate");

    // Not by waiting out the helper's time limit: no worker was replaced.
    expect(late.replacedWorkers).toBe(0);
    const halves = late.renders.filter((r) => r.crop !== null);
    expect(halves).toHaveLength(2);
    expect(halves.every((r) => r.worker === 0)).toBe(true);
    expect(halves.every((r) => r.answer === "rendered")).toBe(true);
    const rows = halves
      .map((half) => keptRows(view, half))
      .sort((a, b) => a[0] - b[0]);
    expect(rows.map(([first]) => first)).toEqual([0, rows[0]![1]]);
    expect(rows[1]![1]).toBe(VIEWER.height);
    expect(blocksApart(late.pixels, single.pixels, 1)).toBe(0);
  });

  it("shows the sharp view over the canvas, drawn in a frame later", async () => {
    const sheet = await page.evaluate(
      (url) => window.helperEngineTest!.open(url),
      `/corpus/${HEAVY}`,
    );
    // The whole sheet in view: nothing follows the view's two halves.
    const zoom = (0.9 * VIEWER.height) / sheet.height;
    const view = { zoom, x: 20, y: 20 };
    const stages = await page.evaluate(
      (v) => window.helperEngineTest!.layOver(v, false),
      view,
    );
    // Sharp: the halves show over the canvas, which still holds what it
    // held (the sheet's small preview, from the earlier tests' views).
    expect(stages.sharp.overCount).toBe(2);
    expect(stages.sharp.overInk).toBeGreaterThan(2_000);
    expect(stages.sharp.displayInk).toBe(stages.before.displayInk);
    // A frame later the canvas holds them, and nothing else is left.
    expect(stages.after.overCount).toBe(0);
    expect(stages.after.displayInk).toBe(stages.sharp.overInk);

    // A gesture before that frame draws them in first: they would not
    // follow the canvas's move.
    const moved = await page.evaluate(
      (v) => window.helperEngineTest!.layOver(v, true),
      view,
    );
    expect(moved.after.overCount).toBe(0);
    expect(moved.after.displayInk).toBe(moved.sharp.overInk);
    expect(moved.after.transform).toContain("translate(10px, 0px)");
  });

  it("shows no other turn's pixels around a turned view's halves", async () => {
    const sheet = await page.evaluate(
      (url) => window.helperEngineTest!.open(url),
      `/corpus/${HEAVY}`,
    );
    const zoom = (0.9 * VIEWER.height) / sheet.width;
    const state = await page.evaluate(
      (v) => window.helperEngineTest!.turnOver(v),
      { zoom, x: 20, y: 20 },
    );
    // The turned halves show; the upright sheet under them is gone
    // (it showed around the narrower turned sheet for a frame).
    expect(state.overCount).toBe(2);
    expect(state.overInk).toBeGreaterThan(2_000);
    expect(state.displayInk).toBe(0);
  });

  it("reads a sheet once per worker for its view and its thumbnail", async () => {
    const sheet = await page.evaluate(
      (url) => window.helperEngineTest!.open(url),
      `/corpus/${HEAVY}`,
    );
    const seen = await page.evaluate(
      ([url, v]) => window.helperEngineTest!.viewWithThumbnail(url, v),
      [`/corpus/${HEAVY}`, viewAt(sheet, 1)] as const,
    );
    // The strip shares the viewer's copy: a copy of its own made the
    // shared worker read the heavy sheet a second time (200-400 ms)
    // while the viewer waited for its first view.
    expect([...seen.opens].sort()).toEqual([0, 1]);
  });

  it("draws a seen sheet's thumbnail at its size, hairlines kept", async () => {
    const sheet = await page.evaluate(
      (url) => window.helperEngineTest!.open(url),
      `/corpus/${HEAVY}`,
    );
    const { thumbnail, reference } = await page.evaluate(
      ([url, v]) => window.helperEngineTest!.viewWithThumbnail(url, v),
      [`/corpus/${HEAVY}`, viewAt(sheet, 1)] as const,
    );
    // The viewer's 1024 px preview shrunk to a thumbnail faded the
    // sheet's hairlines (frames, grids) to light grey.
    expect(thumbnail.width).toBe(reference.width);
    expect(reference.ink).toBeGreaterThan(500);
    expect(thumbnail.ink).toBeGreaterThan(0.9 * reference.ink);
    expect(blocksApart(thumbnail, reference, 16)).toBeLessThan(
      thumbnail.blocks.length / 50,
    );
  });
});
