import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStackReadyFor } from "../../support/demoStack";
import { LAYERED_SHEETS } from "./support/layeredSheets";
import { signedInPage } from "./support/signedInPage";
import {
  startViewerStack,
  VIEWER_DOSSIER,
  type ViewerStack,
} from "./support/viewerStack";

/**
 * A sheet the reviewer turned comes back turned after a reload of the
 * app, which mounts the viewer from nothing: the turn lives in the
 * page's storage under the document's content and the sheet, not in the
 * viewer. Driven in Chromium against a real server and host.
 */

const ready = demoStackReadyFor("turnReload.test");
let stack: ViewerStack | null = null;
let page: Page;

/** The sheet frame's width over its height (842 x 595 pt upright). */
async function frameRatio(): Promise<number> {
  const frame = await page.getByTestId("sheet-frame").boundingBox();
  return frame === null ? 0 : frame.width / frame.height;
}

/**
 * Whether the sheet canvas shows ink at a point of the frame given in
 * fractions of its width and height, read from the canvas's pixels.
 */
async function inkAt(u: number, v: number): Promise<boolean> {
  const frame = await page.getByTestId("sheet-frame").boundingBox();
  if (frame === null) return false;
  const at = { x: frame.x + frame.width * u, y: frame.y + frame.height * v };
  return page.getByTestId("sheet-canvas").evaluate((element, point) => {
    const canvas = element as HTMLCanvasElement;
    const rect = canvas.getBoundingClientRect();
    const px = ((point.x - rect.left) / rect.width) * canvas.width;
    const py = ((point.y - rect.top) / rect.height) * canvas.height;
    const context = canvas.getContext("2d");
    if (context === null || canvas.width < 10) return false;
    const pixel = context.getImageData(Math.round(px), Math.round(py), 1, 1);
    const [r = 255, , , a = 0] = pixel.data;
    return a > 0 && r < 100;
  }, at);
}

async function openDossier(): Promise<void> {
  await page
    .getByTestId("inbox-row")
    .filter({ hasText: VIEWER_DOSSIER })
    .click({ timeout: 90_000 });
  await page.getByTestId("sheet-canvas").waitFor();
}

const turnLevel = () => page.getByTestId("turn-level").textContent();
const upright = LAYERED_SHEETS.sizePt.width / LAYERED_SHEETS.sizePt.height;
const block = LAYERED_SHEETS.titleBlockCentre;

describe.skipIf(!ready)("quarter turns across a reload", () => {
  beforeAll(async () => {
    stack = await startViewerStack();
    page = await signedInPage(stack);
    await openDossier();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("brings a turned sheet back turned, and leaves the others upright", async () => {
    // The first sheet upright: its title block sits bottom right.
    await expect
      .poll(() => inkAt(block.u, block.v), { timeout: 60_000 })
      .toBe(true);
    await page.getByTestId("turn-clockwise").click();
    await expect.poll(turnLevel).toBe("90°");
    await expect.poll(frameRatio).toBeCloseTo(1 / upright, 2);

    await page.reload();
    await openDossier();

    // A clockwise turn shows the sheet point (u, v) at (1 - v, u).
    await expect.poll(turnLevel, { timeout: 60_000 }).toBe("90°");
    await expect.poll(frameRatio).toBeCloseTo(1 / upright, 2);
    await expect
      .poll(() => inkAt(1 - block.v, block.u), { timeout: 60_000 })
      .toBe(true);
    expect(await inkAt(block.u, block.v)).toBe(false);

    // The next sheet was never turned.
    await page.getByTestId("next-sheet").click();
    await expect
      .poll(() => page.getByTestId("page-indicator").textContent())
      .toMatch(/2 \/ 3/);
    await expect.poll(turnLevel).toBe("0°");
    await expect.poll(frameRatio).toBeCloseTo(upright, 2);

    // Turned back upright, the first sheet is upright after a reload.
    await page.getByTestId("prev-sheet").click();
    await expect.poll(turnLevel).toBe("90°");
    await page.getByTestId("turn-anticlockwise").click();
    await expect.poll(turnLevel).toBe("0°");
    await page.reload();
    await openDossier();
    await expect.poll(frameRatio, { timeout: 60_000 }).toBeCloseTo(upright, 2);
    expect(await turnLevel()).toBe("0°");
  }, 240_000);
});
