import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../../renderer/i18n/catalog";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import {
  demoStackReadyFor,
  startDemoStack,
  type DemoStack,
} from "../../support/demoStack";

/**
 * The markup tools in Chromium against the real stack (demo server,
 * browser-mode host, built renderer): a polygon clicked vertex by vertex,
 * freehand ink and a stamp picked by their keys; review status and a
 * reply; a move undone and redone; delete and undo; copy and paste; the
 * dossier's markups table and its CSV.
 */

const ready = demoStackReadyFor("markupToolsFlow.test");

registerAllMessages();

let stack: DemoStack | null = null;
let page: Page;
let stage = { x: 0, y: 0 };

const items = () => page.getByTestId("markup-item");
const shapeOf = (kind: string) =>
  page.locator(`[data-testid=markup-shape][data-kind=${kind}]`);

/** The first `points` of a markup's outline, in page pixels. */
async function outlinePoints(kind: string): Promise<number[][]> {
  const points =
    (await shapeOf(kind)
      .first()
      .locator(".hit")
      .first()
      .getAttribute("points")) ?? "";
  return points.split(" ").map((pair) => pair.split(",").map(Number));
}

/** Saves the comment form that opens after a shape is drawn. */
async function saveComment(comment: string): Promise<void> {
  const count = await items().count();
  await page.getByTestId("markup-comment-input").fill(comment);
  await page.getByTestId("markup-save").click();
  await expect.poll(() => items().count()).toBe(count + 1);
}

describe.skipIf(!ready)("markup tools against the real stack", () => {
  beforeAll(async () => {
    stack = await startDemoStack("lajna-markup-tools-");
    page = await stack.browser.newPage({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(stack.pageUrl);
    await page.getByTestId("signin-username").fill("k.benali");
    await page.getByTestId("signin-password").fill("demo-k.benali");
    await page.getByTestId("signin-submit").click();
    await page.getByTestId("inbox-row").filter({ hasText: "-AC-" }).click();
    await page.getByTestId("sheet-canvas").waitFor();
    // Drawing needs the sheet's page: wait until its render shows ink.
    await page.waitForFunction(
      () => {
        const canvas = document.querySelector<HTMLCanvasElement>(
          "[data-testid=sheet-canvas]",
        );
        if (canvas === null || canvas.width < 10) return false;
        const context = canvas.getContext("2d");
        const { width, height } = canvas;
        const data = context?.getImageData(0, 0, width, height).data ?? [];
        let dark = 0;
        for (let i = 0; i < data.length; i += 16) {
          if ((data[i + 3] ?? 0) > 0 && (data[i] ?? 255) < 100) dark++;
        }
        return dark > 50;
      },
      undefined,
      { timeout: 90_000 },
    );
    const box = await page.getByTestId("sheet-stage").boundingBox();
    stage = { x: box?.x ?? 0, y: box?.y ?? 0 };
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("draws a polygon by clicks and Enter, ink by drag, a stamp by a click", async () => {
    const at = (x: number, y: number) => [stage.x + x, stage.y + y] as const;

    await page.keyboard.press("g");
    await expect
      .poll(() => page.getByTestId("tool-polygon").getAttribute("aria-pressed"))
      .toBe("true");
    await page.mouse.click(...at(200, 200));
    await page.mouse.click(...at(320, 200));
    await page.mouse.click(...at(320, 300));
    await page.keyboard.press("Enter");
    await saveComment("Emprise au sol à vérifier");
    expect(await outlinePoints("polygon")).toHaveLength(3);

    await page.keyboard.press("p");
    await page.mouse.move(...at(450, 200));
    await page.mouse.down();
    for (let i = 1; i <= 20; i++)
      await page.mouse.move(...at(450 + i * 5, 200 + (i % 5) * 4));
    await page.mouse.up();
    await saveComment("Trait à main levée");
    await expect.poll(() => shapeOf("ink").count()).toBe(1);

    await page.keyboard.press("s");
    await page.getByTestId("stamp-kind").selectOption("toRevise");
    await page.mouse.click(...at(600, 400));
    await saveComment("");
    const stamp = shapeOf("stamp");
    await expect
      .poll(async () => (await stamp.textContent()) ?? "")
      .toContain(translate("fr", "markup.stamp.toRevise"));
    await expect
      .poll(async () => (await stamp.textContent()) ?? "")
      .toMatch(/\d{4}-\d{2}-\d{2}/);

    await page.keyboard.press("Escape");
    await expect
      .poll(() => page.getByTestId("tool-pan").getAttribute("aria-pressed"))
      .toBe("true");
  }, 120_000);

  it("sets the review status and takes a reply", async () => {
    await items().filter({ hasText: "Emprise au sol" }).click();
    await page.getByTestId("markup-status").selectOption("resolved");
    await expect
      .poll(
        async () =>
          (await items().filter({ hasText: "Emprise au sol" }).textContent()) ??
          "",
      )
      .toContain(translate("fr", "markup.status.resolved"));

    await page.getByTestId("markup-reply-input").fill("Vu, corrigé en R+2");
    await page.getByTestId("markup-reply-send").click();
    await expect.poll(() => page.getByTestId("markup-reply").count()).toBe(1);
    // A reply is listed under its markup, not as a markup of its own.
    await expect.poll(() => items().count()).toBe(3);
  }, 60_000);

  it("moves the selected polygon, then undoes and redoes the move", async () => {
    const before = await outlinePoints("polygon");
    const [x0 = 0, y0 = 0] = before[0] ?? [];
    const [x1 = 0] = before[1] ?? [];
    // Grab its top edge half way and drag it 40 px down.
    const grab = { x: stage.x + (x0 + x1) / 2, y: stage.y + y0 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x, grab.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => ((await outlinePoints("polygon"))[0]?.[1] ?? 0) - y0)
      .toBeCloseTo(40, 0);

    await page.keyboard.press("Control+z");
    await expect
      .poll(async () => (await outlinePoints("polygon"))[0]?.[1] ?? 0)
      .toBeCloseTo(y0, 0);
    await page.keyboard.press("Control+y");
    await expect
      .poll(async () => ((await outlinePoints("polygon"))[0]?.[1] ?? 0) - y0)
      .toBeCloseTo(40, 0);
  }, 60_000);

  it("deletes with the Delete key, brings it back with Ctrl+Z, pastes a copy", async () => {
    await items().filter({ hasText: "Trait à main levée" }).click();
    await page.keyboard.press("Delete");
    await expect.poll(() => items().count()).toBe(2);
    await page.keyboard.press("Control+z");
    await expect.poll(() => items().count()).toBe(3);

    await items().filter({ hasText: "Emprise au sol" }).click();
    await page.keyboard.press("Control+c");
    await page.keyboard.press("Control+v");
    await expect
      .poll(() => items().filter({ hasText: "Emprise au sol" }).count())
      .toBe(2);
  }, 60_000);

  it("lists the dossier's markups, filters them and exports CSV", async () => {
    await page.getByTestId("markups-table-toggle").click();
    const rows = page.getByTestId("markups-row");
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByTestId("markups-filter-text").fill("emprise");
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByTestId("markups-filter-status").selectOption("resolved");
    await expect.poll(() => rows.count()).toBe(1);
    await expect
      .poll(async () => (await rows.first().textContent()) ?? "")
      .toContain("1");

    const download = page.waitForEvent("download");
    await page.getByTestId("markups-export-csv").click();
    const file = await (await download).path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toContain(translate("fr", "markup.column.comment"));
    // French Excel splits columns on semicolons, not commas.
    expect(lines[0]?.split(";")).toHaveLength(11);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("Emprise au sol à vérifier");

    await rows.first().click();
    await expect
      .poll(
        async () =>
          (await page.getByTestId("markup-details").textContent()) ?? "",
      )
      .toContain(translate("fr", "markup.kind.polygon"));
  }, 60_000);
});
