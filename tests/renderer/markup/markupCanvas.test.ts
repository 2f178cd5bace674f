import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sheetMarkups } from "../../../scripts/bench/markupFrames/sheetMarkups";
import { openBenchPage, type BenchPageSession } from "./benchPageSession";

/*
 * The resting markups are painted on one canvas (renderer/markup/canvas)
 * instead of SVG: in Chromium, on the markup frames bench page that
 * mounts the real MarkupLayer, each kind shows its ink where its SVG
 * ghost lies, nothing between the cells, and a click on a painted
 * markup selects it and moves it from the canvas to live SVG.
 */

let session: BenchPageSession;
let page: Page;

/**
 * Ids of the bench markups by kind (sheetMarkups.ts deals them in turn);
 * 26 of them leave cells wide enough for a text's words.
 */
const KIND_IDS = {
  cloud: "m0",
  arrow: "m1",
  line: "m2",
  rectangle: "m3",
  ellipse: "m4",
  polygon: "m5",
  polyline: "m6",
  ink: "m7",
  highlight: "m8",
  text: "m9",
  callout: "m10",
  stamp: "m11",
  note: "m12",
} as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

beforeAll(async () => {
  session = await openBenchPage(26);
  page = session.page;
}, 180_000);

afterAll(async () => {
  await session?.close();
});

/** Where the SVG ghost of a markup lies, in page pixels. */
async function ghostBox(id: string): Promise<Box> {
  return page.evaluate((markupId) => {
    const g = document.querySelector(`[data-markup-id="${markupId}"]`);
    const r = (g as SVGGElement).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, id);
}

/** The colour of a bench markup, as red, green and blue. */
function colourOf(id: string): [number, number, number] {
  const hex = sheetMarkups(26).find((m) => m.id === id)?.color ?? "#000000";
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
}

/**
 * How many canvas pixels are painted inside `box` (page pixels), of
 * `colour` when one is given, and their bounds.
 */
async function paintedIn(box: Box, colour?: [number, number, number]) {
  return page.evaluate(
    ([b, rgb]) => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        "[data-testid=markup-canvas]",
      )!;
      const at = canvas.getBoundingClientRect();
      const k = canvas.width / at.width;
      const x0 = Math.round((b.x - at.x) * k);
      const y0 = Math.round((b.y - at.y) * k);
      const w = Math.max(1, Math.round(b.width * k));
      const h = Math.max(1, Math.round(b.height * k));
      const data = canvas.getContext("2d")!.getImageData(x0, y0, w, h).data;
      let count = 0;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = 0; i < w * h; i++) {
        if ((data[i * 4 + 3] ?? 0) < 64) continue;
        const off =
          rgb === undefined
            ? 0
            : [0, 1, 2].reduce(
                (sum, c) => sum + Math.abs((data[i * 4 + c] ?? 0) - rgb[c]!),
                0,
              );
        if (off > 90) continue;
        const x = b.x + (i % w) / k;
        const y = b.y + Math.floor(i / w) / k;
        count += 1;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
      return { count, minX, minY, maxX, maxY };
    },
    [box, colour] as const,
  );
}

const grown = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});

describe("markups painted on the canvas", () => {
  it("shows every kind's ink, in its colour, where its SVG ghost lies", async () => {
    for (const [kind, id] of Object.entries(KIND_IDS)) {
      const ghost = await ghostBox(id);
      const painted = await paintedIn(grown(ghost, 8), colourOf(id));
      expect(painted.count, kind).toBeGreaterThan(20);
      // The ink starts near the ghost's own edges (text and strokes
      // may run a few pixels over them), not somewhere else in the cell.
      expect(Math.abs(painted.minX - ghost.x), kind).toBeLessThan(5);
      expect(Math.abs(painted.minY - ghost.y), kind).toBeLessThan(5);
    }
  });

  it("outlines a rectangle along the SVG's outline, not inside it", async () => {
    const ghost = await ghostBox(KIND_IDS.rectangle);
    const painted = await paintedIn(grown(ghost, 12));
    expect(painted.maxX - painted.minX).toBeCloseTo(ghost.width, -1);
    expect(painted.maxY - painted.minY).toBeCloseTo(ghost.height, -1);
    const centre = {
      x: ghost.x + ghost.width / 2,
      y: ghost.y + ghost.height / 2,
      width: 0,
      height: 0,
    };
    const middle = await paintedIn(grown(centre, 10));
    expect(middle.count).toBe(0);
  });

  it("paints nothing between the cells", async () => {
    const a = await ghostBox(KIND_IDS.rectangle);
    const b = await ghostBox(KIND_IDS.ellipse);
    const gap = {
      x: a.x + a.width + 6,
      y: a.y + 4,
      width: b.x - (a.x + a.width) - 12,
      height: a.height - 8,
    };
    expect(gap.width).toBeGreaterThan(4);
    expect((await paintedIn(gap)).count).toBe(0);
  });

  it("selects a painted markup on a click and draws it live in SVG", async () => {
    const id = KIND_IDS.rectangle;
    const ghost = await ghostBox(id);
    const before = await page.evaluate(() =>
      window.markupFramesBench!.canvasPaint(),
    );

    // The middle of its top side: on the outline, inside the tolerance.
    await page.mouse.click(ghost.x + ghost.width / 2, ghost.y + 1);
    await expect
      .poll(() => page.evaluate(() => window.markupFramesBench!.selected()))
      .toBe(id);

    const shape = page.locator(`[data-markup-id="${id}"]`);
    await expect.poll(() => shape.getAttribute("class")).toContain("selected");
    expect(await shape.isVisible()).toBe(true);
    const after = await page.evaluate(() =>
      window.markupFramesBench!.canvasPaint(),
    );
    expect(after.painted).toBe(before.painted - 1);
    expect((await paintedIn(grown(ghost, 3))).count).toBe(0);
  });
  it("moves the selected markup's live SVG with a pan", async () => {
    const id = KIND_IDS.rectangle;
    expect(
      await page.evaluate(() => window.markupFramesBench!.selected()),
    ).toBe(id);
    const shape = page.locator(`[data-markup-id="${id}"]`);
    const before = await shape.boundingBox();
    await page.evaluate(() => window.markupFramesBench!.pan(10, 20));
    const moved = await shape.boundingBox();
    if (before === null || moved === null) throw new Error("not shown");
    expect(moved.x - before.x).toBeCloseTo(-100, 0);
    expect(moved.y - before.y).toBeCloseTo(-100, 0);
    await page.evaluate(() => window.markupFramesBench!.canvasPaint());
  });

  it("shows a painted sticky note's words on hover", async () => {
    const id = KIND_IDS.note;
    const words = sheetMarkups(26).find((m) => m.id === id)?.comment;
    const ghost = await ghostBox(id);
    await page.mouse.move(ghost.x + 9, ghost.y + 9);
    const layer = page.locator(".markup-layer");
    await expect.poll(() => layer.getAttribute("title")).toBe(words);
    await page.mouse.move(ghost.x - 40, ghost.y - 40);
    await expect.poll(() => layer.getAttribute("title")).toBe(null);
  });
  it("repaints to the new size when the stage is resized", async () => {
    const widthOf = () =>
      page.evaluate(
        () =>
          document.querySelector<HTMLCanvasElement>(
            "[data-testid=markup-canvas]",
          )!.width,
      );
    // The stage plus a quarter of it on each side.
    expect(await widthOf()).toBe(2400);
    await page.evaluate(() => {
      document.getElementById("stage")!.style.width = "1200px";
    });
    await expect.poll(widthOf).toBe(1800);
    await page.evaluate(() => {
      document.getElementById("stage")!.style.width = "";
    });
    await expect.poll(widthOf).toBe(2400);
  });
});
