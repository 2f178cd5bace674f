import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  demoStackReadyFor,
  startDemoStack,
  type DemoStack,
} from "../../support/demoStack";
import { corpusDir, serverCli } from "../../workstation/support/processes";

/**
 * Rotation, stacking, a service's picture stamp and undo after a reload,
 * in Chromium against the real stack (demo server, browser-mode host,
 * built renderer): the admin adds a stamp with the server's CLI, the
 * urban agency's member turns a rectangle with the grip and the keys,
 * brings it to the front, places the stamp, reloads the page and undoes.
 */

const plan = path.join(
  corpusDir,
  "plans/pdfjs_issue21570_freecad_techdraw_A4.pdf",
);
const ready = demoStackReadyFor("markupArrangeFlow.test") && existsSync(plan);

let stack: DemoStack | null = null;
let page: Page;
let stage = { x: 0, y: 0 };

const items = () => page.getByTestId("markup-item");
const shapes = () => page.getByTestId("markup-shape");
/** The ids of the sheet's markups, bottom first, as drawn. */
async function stackOrder(): Promise<string[]> {
  return shapes().evaluateAll((nodes) =>
    nodes.map((n) => n.getAttribute("data-markup-id") ?? ""),
  );
}

/** Opens the demo dossier's sheet and waits until it shows ink. */
async function openSheet(): Promise<void> {
  await page.getByTestId("inbox-row").filter({ hasText: "-AC-" }).click();
  await page.getByTestId("sheet-canvas").waitFor();
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector<HTMLCanvasElement>(
        "[data-testid=sheet-canvas]",
      );
      if (canvas === null || canvas.width < 10) return false;
      const data =
        canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height)
          .data ?? [];
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
}

/** Draws a rectangle by dragging and saves it with a comment. */
async function drawRectangle(
  x: number,
  y: number,
  comment: string,
): Promise<string> {
  const count = await items().count();
  await page.getByTestId("tool-rectangle").click();
  await page.mouse.move(stage.x + x, stage.y + y);
  await page.mouse.down();
  await page.mouse.move(stage.x + x + 140, stage.y + y + 80, { steps: 5 });
  await page.mouse.up();
  await page.getByTestId("markup-comment-input").fill(comment);
  await page.getByTestId("markup-save").click();
  await expect.poll(() => items().count()).toBe(count + 1);
  await page.keyboard.press("Escape");
  const order = await stackOrder();
  return order[order.length - 1] ?? "";
}

const rotationOf = (id: string) =>
  page
    .locator(`[data-testid=markup-shape][data-markup-id="${id}"]`)
    .getAttribute("data-rotation");

describe.skipIf(!ready)("turning, stacking and a service stamp", () => {
  let first = "";
  let second = "";

  beforeAll(async () => {
    stack = await startDemoStack("lajna-markup-arrange-");
    const picture = path.join(stack.root, "vu-agence");
    execFileSync(
      "pdftoppm",
      ["-png", "-r", "8", "-singlefile", plan, picture],
      { stdio: ["ignore", "ignore", "ignore"] },
    );
    const added = await serverCli(
      ["stamp", "add", "--data", path.join(stack.root, "server")].concat(
        ["--service", "urban_agency", "--image", `${picture}.png`],
        ["--text", "Vu — Agence urbaine"],
      ),
    );
    expect(added).toContain("image/png");

    page = await stack.browser.newPage({
      viewport: { width: 1400, height: 900 },
    });
    await page.goto(stack.pageUrl);
    await page.getByTestId("signin-username").fill("k.benali");
    await page.getByTestId("signin-password").fill("demo-k.benali");
    await page.getByTestId("signin-submit").click();
    await openSheet();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("turns a rectangle with the grip (Shift snaps) and with Ctrl+Alt+R", async () => {
    first = await drawRectangle(220, 220, "Recul sur voie");
    second = await drawRectangle(280, 250, "Saillie du balcon");
    await items().filter({ hasText: "Recul sur voie" }).click();

    const grip = await page.getByTestId("markup-rotate-grip").boundingBox();
    const shape = await page
      .locator(`[data-testid=markup-shape][data-markup-id="${first}"] .hit`)
      .boundingBox();
    if (grip === null || shape === null) throw new Error("no grip or shape");
    const centre = {
      x: shape.x + shape.width / 2,
      y: shape.y + shape.height / 2,
    };
    const from = { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 };
    const radius = centre.y - from.y;
    // A quarter turn clockwise, a little off: Shift lands it on 90°.
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.keyboard.down("Shift");
    await page.mouse.move(centre.x + radius, centre.y + 6, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    await expect.poll(() => rotationOf(first)).toBe("90");

    await page.keyboard.press("Control+Alt+KeyR");
    await expect.poll(() => rotationOf(first)).toBe("105");
  }, 120_000);

  it("brings the older rectangle to the front and back down a step", async () => {
    expect(await stackOrder()).toEqual(expect.arrayContaining([first, second]));
    const below = async () => {
      const order = await stackOrder();
      return order.indexOf(first) < order.indexOf(second);
    };
    expect(await below()).toBe(true);
    await page.keyboard.press("Control+Shift+BracketRight");
    await expect.poll(below).toBe(false);
    await page.keyboard.press("Control+BracketLeft");
    await expect.poll(below).toBe(true);
    await page.keyboard.press("Control+BracketRight");
    await expect.poll(below).toBe(false);
  }, 60_000);

  it("places the service's picture stamp with the member's name and date", async () => {
    const count = await items().count();
    await page.keyboard.press("s");
    const choice = page.getByTestId("stamp-kind");
    await expect
      .poll(async () => (await choice.textContent()) ?? "")
      .toContain("Vu — Agence urbaine");
    await choice.selectOption({ label: "Vu — Agence urbaine" });
    await page.mouse.click(stage.x + 600, stage.y + 420);
    await page.getByTestId("markup-save").click();
    await expect.poll(() => items().count()).toBe(count + 1);
    await page.keyboard.press("Escape");

    const stamp = page.locator("[data-testid=markup-shape][data-kind=stamp]");
    await expect
      .poll(() => stamp.locator("[data-testid=markup-stamp-image]").count())
      .toBe(1);
    const href =
      (await stamp
        .locator("[data-testid=markup-stamp-image]")
        .getAttribute("href")) ?? "";
    expect(href.startsWith("data:image/png;base64,iVBORw0KGgo")).toBe(true);
    await expect
      .poll(async () => (await stamp.textContent()) ?? "")
      .toMatch(/Karim Benali · \d{4}-\d{2}-\d{2}/);
  }, 60_000);

  it("keeps it all after a reload, and still undoes the last edits", async () => {
    await page.reload();
    await openSheet();
    await expect.poll(() => rotationOf(first)).toBe("105");
    const order = await stackOrder();
    expect(order.indexOf(first)).toBeGreaterThan(order.indexOf(second));
    const stampImages = page.locator("[data-testid=markup-stamp-image]");
    await expect.poll(() => stampImages.count()).toBe(1);

    // The history came back from the workstation store.
    const undo = page.getByTestId("markup-undo");
    await expect.poll(() => undo.isEnabled()).toBe(true);
    await undo.click();
    await expect.poll(() => stampImages.count()).toBe(0);
    await undo.click();
    await expect
      .poll(async () => {
        const now = await stackOrder();
        return now.indexOf(first) < now.indexOf(second);
      })
      .toBe(true);
    await page.getByTestId("markup-redo").click();
    await expect
      .poll(async () => {
        const now = await stackOrder();
        return now.indexOf(first) > now.indexOf(second);
      })
      .toBe(true);

    // Another document in view: none of these edits is undone there.
    const count = await items().count();
    await page
      .getByTestId("document-item")
      .nth(1)
      .locator("button")
      .first()
      .click();
    await expect.poll(() => undo.isEnabled()).toBe(false);
    await page.keyboard.press("Control+z");
    await page.getByTestId("document-tab").first().click();
    await expect.poll(() => items().count()).toBe(count);
    await expect.poll(() => undo.isEnabled()).toBe(true);
  }, 180_000);
});
