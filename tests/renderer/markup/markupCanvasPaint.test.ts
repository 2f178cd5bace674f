import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBenchPage, type BenchPageSession } from "./benchPageSession";

/*
 * With 5,000 markups the canvas is painted in slices, one task each,
 * once the view rests, and a selection repaints only the boxes of the
 * old and new selected markups. In Chromium, on the bench page with the
 * real MarkupLayer: the sliced paint ends with the pixels of a paint in
 * one task, the canvas keeps the previous bitmap meanwhile, and a
 * selection changes no pixel outside those boxes while the canvas ends
 * as a full paint would leave it.
 */

/** Two neighbouring markups in view (sheetMarkups.ts: arrow, line). */
const FIRST = "m911";
const SECOND = "m912";

let session: BenchPageSession;
let page: Page;

beforeAll(async () => {
  session = await openBenchPage(5000);
  page = session.page;
}, 180_000);

afterAll(async () => {
  await session?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a markup's SVG lies, grown by 12 px for its strokes and heads. */
async function boxOf(id: string): Promise<Box> {
  const box = await page.locator(`[data-markup-id="${id}"]`).boundingBox();
  if (box === null) throw new Error(`${id} is not on the page`);
  const by = 12;
  return {
    x: box.x - by,
    y: box.y - by,
    width: box.width + 2 * by,
    height: box.height + 2 * by,
  };
}

function canvasData(): Promise<Record<string, string | undefined>> {
  return page.evaluate(() => ({
    ...document.querySelector<HTMLCanvasElement>("[data-testid=markup-canvas]")!
      .dataset,
  }));
}

/** Keeps the canvas's pixels under `name` in the page. */
function snapshot(name: string): Promise<void> {
  return page.evaluate((key) => {
    const canvas = document.querySelector<HTMLCanvasElement>(
      "[data-testid=markup-canvas]",
    )!;
    const store = window as unknown as Record<string, ImageData>;
    store[`snapshot-${key}`] = canvas
      .getContext("2d")!
      .getImageData(0, 0, canvas.width, canvas.height);
  }, name);
}

/**
 * How many canvas pixels changed since snapshot `name`, inside any of
 * `boxes` (page pixels) and outside all of them.
 */
function changedSince(name: string, boxes: readonly Box[]) {
  return page.evaluate(
    ([key, within]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        "[data-testid=markup-canvas]",
      )!;
      const store = window as unknown as Record<string, ImageData>;
      const before = store[`snapshot-${key}`]!.data;
      const now = canvas
        .getContext("2d")!
        .getImageData(0, 0, canvas.width, canvas.height).data;
      const at = canvas.getBoundingClientRect();
      const k = canvas.width / at.width;
      let inside = 0;
      let outside = 0;
      for (let i = 0; i < now.length; i += 4) {
        const same = [0, 1, 2, 3].every((c) => now[i + c] === before[i + c]);
        if (same) continue;
        const x = at.x + ((i / 4) % canvas.width) / k;
        const y = at.y + Math.floor(i / 4 / canvas.width) / k;
        const hit = within.some(
          (b) =>
            x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height,
        );
        if (hit) inside += 1;
        else outside += 1;
      }
      return { inside, outside };
    },
    [name, boxes] as const,
  );
}

function digests() {
  return page.evaluate(() => ({
    shown: window.markupFramesBench!.canvasDigest(),
    reference: window.markupFramesBench!.referencePaint(),
  }));
}

describe("the markup canvas with 5,000 markups", () => {
  it("paints in slices and ends with the pixels of a paint in one task", async () => {
    const data = await canvasData();
    expect(data.paintKind).toBe("full");
    expect(Number(data.paintSlices)).toBeGreaterThan(1);
    const { shown, reference } = await digests();
    expect(shown.inked).toBeGreaterThan(10_000);
    expect(shown).toEqual(reference);
  }, 60_000);

  it("keeps the previous bitmap, moved, until the new one is done", async () => {
    const before = await page.evaluate(
      () => window.markupFramesBench!.canvasDigest().inked,
    );
    await page.evaluate(() => window.markupFramesBench!.pan(10, 20));
    // Catch the canvas while the repaint at the rested view runs.
    const meanwhile = await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        "[data-testid=markup-canvas]",
      )!;
      while (canvas.dataset.pending === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return {
        inked: window.markupFramesBench!.canvasDigest().inked,
        transform: canvas.parentElement!.style.transform,
      };
    });
    expect(meanwhile.inked).toBe(before);
    expect(meanwhile.transform).toMatch(/^matrix\(/);

    await page.evaluate(() => window.markupFramesBench!.canvasPaint());
    const { shown, reference } = await digests();
    expect(shown).toEqual(reference);
  }, 60_000);

  it("repaints only the old and new selection's boxes on a selection", async () => {
    const first = await boxOf(FIRST);
    const second = await boxOf(SECOND);
    await snapshot("none");

    const one = await page.evaluate(
      (id) => window.markupFramesBench!.selectAndPaint(id),
      FIRST,
    );
    expect(one.kind).toBe("region");
    expect(one.repainted).toBeLessThan(20);
    const lifted = await changedSince("none", [first]);
    expect(lifted.inside).toBeGreaterThan(0);
    expect(lifted.outside).toBe(0);
    const shape = page.locator(`[data-markup-id="${FIRST}"]`);
    expect(await shape.getAttribute("class")).toContain("selected");
    expect(await shape.isVisible()).toBe(true);
    let { shown, reference } = await digests();
    expect(shown).toEqual(reference);

    await snapshot("first");
    const two = await page.evaluate(
      (id) => window.markupFramesBench!.selectAndPaint(id),
      SECOND,
    );
    expect(two.kind).toBe("region");
    const moved = await changedSince("first", [first, second]);
    expect(moved.inside).toBeGreaterThan(0);
    expect(moved.outside).toBe(0);
    // The first markup is back on the canvas as it was painted before.
    const back = await changedSince("none", [second]);
    expect(back.outside).toBe(0);
    ({ shown, reference } = await digests());
    expect(shown).toEqual(reference);
  }, 60_000);

  it("draws the ghosts again at the rested view, a block per task", async () => {
    const id = "m2600";
    const ghost = () => page.locator(`[data-markup-id="${id}"]`);
    const hitPoints = () =>
      ghost().locator(".hit").first().getAttribute("points");
    const before = await ghost().boundingBox();
    const pointsBefore = await hitPoints();
    await page.evaluate(() => window.markupFramesBench!.pan(10, 20));

    // Once the view rests the layer says its ghosts are being drawn.
    await page.waitForSelector("[data-ghosts-pending]", { state: "attached" });
    await page.evaluate(() => window.markupFramesBench!.canvasPaint());
    expect(await page.locator("[data-ghosts-pending]").count()).toBe(0);

    const moved = await ghost().boundingBox();
    expect(moved!.x - before!.x).toBeCloseTo(-100, 0);
    expect(moved!.y - before!.y).toBeCloseTo(-100, 0);
    expect(await hitPoints()).not.toBe(pointsBefore);
    expect(
      await page.evaluate(() => window.markupFramesBench!.shapeCount()),
    ).toBe(5000);
  }, 60_000);
});
