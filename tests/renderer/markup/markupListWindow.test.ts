import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBenchPage, type BenchPageSession } from "./benchPageSession";

/*
 * The sheet's markups list with 10,000 markups (an imported review), in
 * Chromium beside the real MarkupLayer on the markup frames bench page:
 * it mounts a few dozen rows, shows later rows as it scrolls, follows a
 * selection made far down, and its keys reach every markup.
 */

const COUNT = 10_000;

let session: BenchPageSession;
let page: Page;

beforeAll(async () => {
  session = await openBenchPage(COUNT, { list: true });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** The indices of the rows mounted in the list, in document order. */
function mountedRows(): Promise<number[]> {
  return page.$$eval("#side [data-testid=markup-item]", (rows) =>
    rows.map((row) => Number((row as HTMLElement).dataset.index)),
  );
}

/** Whether the row of markup `id` is mounted and wholly in the box. */
function rowInSight(id: string): Promise<boolean> {
  return page.evaluate((markupId) => {
    const scroller = document.querySelector(
      "[data-testid=markup-list-scroller]",
    );
    const row = scroller?.querySelector(`[data-markup-id="${markupId}"]`);
    if (!scroller || !row) return false;
    const box = scroller.getBoundingClientRect();
    const at = row.getBoundingClientRect();
    return at.top >= box.top - 0.5 && at.bottom <= box.bottom + 0.5;
  }, id);
}

/** Waits two animation frames, so a scroll event has been handled. */
function nextFrames(): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

describe("markups list with 10,000 markups", () => {
  it("mounts fewer than a hundred rows, from the top", async () => {
    const rows = await mountedRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toBe(0);
    const size = await page.getAttribute(
      "#side li:first-child",
      "aria-setsize",
    );
    expect(size).toBe(String(COUNT));
  });

  it("shows later rows as the list scrolls", async () => {
    await page.evaluate(() => {
      const scroller = document.querySelector(
        "[data-testid=markup-list-scroller]",
      )!;
      scroller.scrollTop = scroller.scrollHeight / 2;
    });
    await nextFrames();
    const rows = await mountedRows();
    expect(rows.length).toBeLessThan(100);
    // Row 0 stays mounted as the list's tab stop; the others moved on.
    expect(rows[0]).toBe(0);
    expect(Math.min(...rows.slice(1))).toBeGreaterThan(4_000);
    expect(rows).toContain(5_000);
    expect(await rowInSight("m5000")).toBe(true);
  });

  it("scrolls a markup selected far down into sight", async () => {
    await page.evaluate(() =>
      window.markupFramesBench!.selectAndPaint("m9500"),
    );
    expect(await rowInSight("m9500")).toBe(true);
    const selected = await page.$$eval("#side button.selected", (rows) =>
      rows.map((row) => (row as HTMLElement).dataset.markupId),
    );
    expect(selected).toEqual(["m9500"]);
    expect((await mountedRows()).length).toBeLessThan(100);
  });

  it("moves among all markups with the keys, keeping the focus in sight", async () => {
    await page.focus('#side [data-markup-id="m9500"]');
    await page.keyboard.press("End");
    expect(await focusedMarkup()).toBe(`m${COUNT - 1}`);
    expect(await rowInSight(`m${COUNT - 1}`)).toBe(true);

    await page.keyboard.press("ArrowUp");
    expect(await focusedMarkup()).toBe(`m${COUNT - 2}`);

    await page.keyboard.press("Home");
    expect(await focusedMarkup()).toBe("m0");
    expect(await rowInSight("m0")).toBe(true);

    // Enter picks the focused markup, as a click does.
    await page.keyboard.press("Enter");
    expect(
      await page.evaluate(() => window.markupFramesBench!.selected()),
    ).toBe("m0");
  });

  it("keeps one tab stop, on the keyboard's row", async () => {
    const stops = await page.$$eval('#side [tabindex="0"]', (rows) =>
      rows.map((row) => (row as HTMLElement).dataset.markupId),
    );
    expect(stops).toEqual(["m0"]);
  });

  it("fills its column right to left too", async () => {
    await page.evaluate(() =>
      document.getElementById("side")!.setAttribute("dir", "rtl"),
    );
    const edges = await page.evaluate(() => {
      const list = document.querySelector("#side ul")!.getBoundingClientRect();
      const row = document
        .querySelector('#side [data-markup-id="m0"]')!
        .getBoundingClientRect();
      return { list: [list.left, list.right], row: [row.left, row.right] };
    });
    expect(edges.row).toEqual(edges.list);
    await page.focus('#side [data-markup-id="m0"]');
    await page.keyboard.press("ArrowDown");
    expect(await focusedMarkup()).toBe("m1");
  });
});

function focusedMarkup(): Promise<string | undefined> {
  return page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.markupId,
  );
}
