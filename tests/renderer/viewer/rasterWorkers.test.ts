import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, PDFName } from "pdf-lib";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../../scripts/bench/viewer/staticServer";
import { CHROMIUM, CHROMIUM_ARGS } from "../../support/demoStack";
import { repoRoot } from "../../workstation/support/processes";
import type { DrawAndClose, QueueRun } from "./raster-page/rasterPage";

/**
 * The raster workers in Chromium, on sheets generated here. A worker's
 * WebAssembly heap never shrinks: after a heavy sheet closes the worker
 * is replaced, or the renderer keeps its high-water mark for the whole
 * session. And a tab the reviewer left must not keep the worker busy
 * ahead of the tab shown.
 */

const ready = existsSync(CHROMIUM);
if (!ready) process.stderr.write("raster workers: needs Chromium\n");

const MB = 1024 * 1024;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let distDir: string;

/** A 600 x 400 pt sheet of `lines` hairlines, drawn slowly by PDFium. */
async function linesSheet(lines: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const sheet = doc.addPage([600, 400]);
  const parts = ["0.1 w"];
  for (let i = 0; i < lines; i++) {
    const x = (i * 7919) % 600;
    const y = (i * 104_729) % 400;
    parts.push(`${x} ${y} m ${600 - x} ${400 - y} l S`);
  }
  const contents = doc.context.register(doc.context.stream(parts.join("\n")));
  sheet.node.set(PDFName.of("Contents"), contents);
  return doc.save();
}

function drawAndClose(url: string, side: number): Promise<DrawAndClose> {
  return page.evaluate(
    ([u, s]) => window.rasterWorkersTest!.drawAndClose(u, s),
    [url, side] as const,
  );
}

/** A new engine in the page, replacing its worker above `recycleBytes`. */
function start(recycleBytes: number): Promise<void> {
  return page.evaluate(
    (bytes) => window.rasterWorkersTest!.start(bytes),
    recycleBytes,
  );
}

function queue(mode: "cancel" | "front"): Promise<QueueRun> {
  return page.evaluate(
    (m) => window.rasterWorkersTest!.queue("/busy.pdf", m),
    mode,
  );
}

describe.skipIf(!ready)("the raster workers in Chromium", () => {
  beforeAll(async () => {
    distDir = mkdtempSync(path.join(tmpdir(), "lajna-raster-workers-"));
    await build({
      configFile: path.join(
        repoRoot,
        "tests/renderer/viewer/raster-page/vite.config.ts",
      ),
      build: { outDir: distDir, emptyOutDir: true },
    });
    writeFileSync(path.join(distDir, "light.pdf"), await linesSheet(20));
    writeFileSync(path.join(distDir, "busy.pdf"), await linesSheet(15_000));
    server = await serveStatic({ "/": distDir });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        ...CHROMIUM_ARGS,
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    page = await browser.newPage();
    page.on("pageerror", (error) => process.stderr.write(`${error}\n`));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.rasterWorkersTest !== undefined);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (distDir) rmSync(distDir, { recursive: true, force: true });
  });

  it("replaces a worker whose heap grew large once its last sheet closes", async () => {
    // 64 MB here stands for the app's 256 MB: the square drawn below
    // grows the heap past it as a heavy scanned sheet grows it (its
    // decoded image and its bitmap), at a third of the cost.
    await start(64 * MB);

    // A light sheet leaves the worker as it is.
    const light = await drawAndClose("/light.pdf", 500);
    expect(light.drawnWidth).toBe(500);
    expect(light.drawnHeapBytes).toBeGreaterThan(0);
    expect(light.drawnHeapBytes).toBeLessThan(64 * MB);
    expect(light.workersStarted).toBe(0);
    expect(light.workersEnded).toBe(0);

    // 4,500 px square: an 81 MB bitmap in PDFium's heap.
    const heavy = await drawAndClose("/light.pdf", 4_500);
    expect(heavy.drawnWidth).toBe(4_500);
    expect(heavy.drawnHeapBytes).toBeGreaterThan(81 * MB);
    expect(heavy.workersEnded).toBe(1);
    expect(heavy.workersStarted).toBe(1);
    // The new worker, PDFium warmed, holds what a fresh one holds.
    expect(heavy.afterHeapBytes).toBeGreaterThan(0);
    expect(heavy.afterHeapBytes).toBeLessThan(64 * MB);

    // It draws the next sheet as the first one did.
    const next = await drawAndClose("/light.pdf", 500);
    expect(next.drawnWidth).toBe(500);
    expect(next.workersStarted).toBe(0);
  }, 120_000);

  it("drops the waiting renders of the tabs left", async () => {
    await start(256 * MB);
    const run = await queue("cancel");
    // The long render was under way; of the others, only the shown
    // tab's was drawn.
    expect(run.answered).toHaveLength(5);
    expect(run.drawn.sort((a, b) => a - b)).toEqual([4, 90]);
  }, 120_000);

  it("does not read a sheet whose tab was left before its turn came", async () => {
    await start(256 * MB);
    const opened = await page.evaluate(() =>
      window.rasterWorkersTest!.passThrough(
        "/busy.pdf",
        "/busy.pdf",
        "/light.pdf",
      ),
    );
    expect(opened).toEqual({ left: false, shown: true });
  }, 120_000);

  it("draws the shown tab's render before those waiting longer", async () => {
    await start(256 * MB);
    const run = await queue("front");
    expect(run.drawn).toHaveLength(5);
    expect(run.answered).toEqual([90, 4, 1, 2, 3]);
  }, 120_000);
});
