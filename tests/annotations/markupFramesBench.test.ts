import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "../../scripts/bench/markupFrames/pages/benchPage";
import { serveStatic } from "../../scripts/bench/viewer/staticServer";

/*
 * The markup frames bench page (npm run bench:markups) mounts the real
 * MarkupLayer with 5,000 markups, and a pan moves every shape with the
 * view: first as one transformed canvas, then repainted once it rests.
 * Not timed: the figures are the bench's job.
 */

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  await build({
    configFile: path.join(
      repoRoot,
      "scripts/bench/markupFrames/vite.config.ts",
    ),
    logLevel: "error",
  });
  server = await serveStatic({
    "/": path.join(repoRoot, ".tmp/bench-markup-frames/dist"),
  });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  page = await (
    await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  ).newPage();
  await page.goto(`${server.url}/frames.html`);
  await page.waitForFunction(() => window.markupFramesBench !== undefined);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function boxOf(id: string) {
  const box = await page.locator(`[data-markup-id="${id}"]`).boundingBox();
  if (box === null) throw new Error(`${id} is not shown`);
  return box;
}

/** The transform that moves the markup canvas while the view moves. */
function canvasTransform(): Promise<string> {
  return page.evaluate(
    () =>
      (document.querySelector(".markup-layer-canvas") as HTMLElement).style
        .transform,
  );
}

describe("markup frames bench page", () => {
  it("mounts 5,000 markups of every drawn kind", async () => {
    await page.evaluate(() => window.markupFramesBench!.mount(5000));
    expect(
      await page.evaluate(() => window.markupFramesBench!.shapeCount()),
    ).toBe(5000);
    const kinds = await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll("[data-testid=markup-shape]")].map((g) =>
          g.getAttribute("data-kind"),
        ),
      ),
    ]);
    expect(kinds).toHaveLength(13);
  }, 120_000);

  it("moves the markup canvas with a pan, then redraws it in place", async () => {
    const before = await boxOf("m2600");
    const measures = await page.evaluate(() =>
      window.markupFramesBench!.pan(10, 20),
    );
    expect(measures.frameWorkMs).toHaveLength(10);

    // Five frames right, five down, 20 px each: the painted markups went
    // up-left with the canvas, through one transform.
    const moved = await page.evaluate(() => {
      const layer = document.querySelector(".markup-layer-canvas");
      const m = new DOMMatrix((layer as HTMLElement).style.transform);
      return { x: m.e, y: m.f };
    });
    expect(moved.x).toBeCloseTo(-100, 0);
    expect(moved.y).toBeCloseTo(-100, 0);

    // Once the view rests the canvas is repainted where it lies and the
    // shapes' ghosts follow: no transform, the markup 100 px up-left.
    const paint = await page.evaluate(() =>
      window.markupFramesBench!.canvasPaint(),
    );
    expect(paint.painted).toBeGreaterThan(0);
    expect(await canvasTransform()).toBe("");
    const redrawn = await boxOf("m2600");
    expect(redrawn.x - before.x).toBeCloseTo(-100, 0);
    expect(redrawn.y - before.y).toBeCloseTo(-100, 0);
  }, 120_000);
});
