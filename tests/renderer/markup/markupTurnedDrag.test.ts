import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sheetMarkups } from "../../../scripts/bench/markupFrames/sheetMarkups";
import { openBenchPage, type BenchPageSession } from "./benchPageSession";

/*
 * A stamp on a sheet turned a quarter clockwise is laid out upright and
 * turned with the sheet (uprightFrame.ts). While its rotation grip or a
 * corner was dragged, the live preview lost that frame and showed the
 * stamp unturned until the release. In Chromium, on the bench page with
 * the real MarkupLayer: the preview's frame is the released one.
 */

/** A stamp the turned sheet shows on the stage (sheetMarkups.ts). */
const STAMP = "m24";

/** The stamp's corners on paper, in PDF points. */
const paperCorners = () =>
  sheetMarkups(26).find((m) => m.id === STAMP)?.points ?? [];

let session: BenchPageSession;
let page: Page;

beforeAll(async () => {
  session = await openBenchPage(26, { turned: true, editable: true });
  page = session.page;
}, 180_000);

afterAll(async () => {
  await session?.close();
});

/** What the stamp's SVG draws: its turn and its frame's rectangle. */
interface Frame {
  readonly turn: number[];
  readonly rect: number[];
}

function stampFrame(): Promise<Frame> {
  return page.evaluate((id) => {
    const g = document.querySelector(`[data-markup-id="${id}"]`)!;
    const rect = g.querySelector("rect")!;
    const numbers = (text: string | null) =>
      (text ?? "").match(/-?[\d.]+(e-?\d+)?/g)?.map(Number) ?? [];
    return {
      turn: numbers(g.getAttribute("transform")),
      rect: ["x", "y", "width", "height"].map((a) =>
        Number(rect.getAttribute(a)),
      ),
    };
  }, STAMP);
}

function expectSameFrame(preview: Frame, released: Frame): void {
  expect(preview.turn).toHaveLength(3);
  expect(released.turn).toHaveLength(3);
  preview.turn.forEach((v, i) => expect(v).toBeCloseTo(released.turn[i]!, 2));
  preview.rect.forEach((v, i) => expect(v).toBeCloseTo(released.rect[i]!, 2));
}

async function centreOf(selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not shown`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from `from` to `to`, reads the preview, then releases. */
async function dragAndRead(
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<{ preview: Frame; released: Frame }> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  const preview = await stampFrame();
  await page.mouse.up();
  // The release saves the geometry; the layer draws it by the next frame.
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(done)),
      ),
  );
  return { preview, released: await stampFrame() };
}

describe("dragging a stamp on a turned sheet", () => {
  it("selects the stamp, laid out upright and turned with the sheet", async () => {
    const stamp = await centreOf(`[data-markup-id="${STAMP}"]`);
    await page.mouse.click(stamp.x, stamp.y);
    await expect
      .poll(() => page.evaluate(() => window.markupFramesBench!.selected()))
      .toBe(STAMP);
    const frame = await stampFrame();
    // Turned by the sheet's quarter turn, its frame shaped as on paper.
    const xs = paperCorners().map((p) => p.x);
    const ys = paperCorners().map((p) => p.y);
    const paper =
      (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(frame.turn[0]).toBeCloseTo(90, 6);
    expect(frame.rect[2]! / frame.rect[3]!).toBeCloseTo(paper, 3);
  });

  it("previews a turn by the grip in the frame it is released in", async () => {
    const grip = await centreOf("[data-testid=markup-rotate-grip]");
    const centre = await centreOf(`[data-markup-id="${STAMP}"] rect`);
    // A third of a quarter turn further, clockwise about the centre.
    const r = Math.hypot(grip.x - centre.x, grip.y - centre.y);
    const at = Math.atan2(grip.y - centre.y, grip.x - centre.x) + Math.PI / 6;
    const to = {
      x: centre.x + r * Math.cos(at),
      y: centre.y + r * Math.sin(at),
    };
    const { preview, released } = await dragAndRead(grip, to);

    expect(preview.turn[0]).toBeCloseTo(120, 0);
    expectSameFrame(preview, released);
  });

  it("previews a resize by a corner in the frame it is released in", async () => {
    const corner = await centreOf("[data-testid=markup-handle]");
    const before = await stampFrame();
    const { preview, released } = await dragAndRead(corner, {
      x: corner.x + 25,
      y: corner.y + 15,
    });

    expect(preview.rect).not.toEqual(before.rect);
    expectSameFrame(preview, released);
  });
});
