import { describe, expect, it } from "vitest";
import {
  READABLE_TEXT_PX,
  revealText,
} from "../../../renderer/viewer/revealText";
import { fitPage, type ViewState } from "../../../renderer/viewer/viewState";

/*
 * A search hit picked on a sheet fitted at about 20 % was brought into
 * view at that zoom, a tick the reviewer could not read. It is now shown
 * zoomed so its text reads, centred, and never by zooming out.
 */

// An ARCH D sheet (36 x 24 in) in a 1200 x 700 viewer.
const sheet = { width: 2592, height: 1728 };
const viewer = { width: 1200, height: 700 };

/** A word 60 pt long and 10 pt high at (x, y) pt on the sheet, on screen. */
function word(view: ViewState, x: number, y: number, widthPt = 60) {
  const bounds = {
    minX: view.x + x * view.zoom,
    minY: view.y + y * view.zoom,
    maxX: view.x + (x + widthPt) * view.zoom,
    maxY: view.y + (y + 10) * view.zoom,
  };
  return { bounds, textHeightPx: 10 * view.zoom };
}

/** Where a sheet point lands in the viewer. */
function onScreen(view: ViewState, x: number, y: number) {
  return { x: view.x + x * view.zoom, y: view.y + y * view.zoom };
}

describe("revealing a found word", () => {
  it("zooms a fitted sheet in until the word reads, and centres it", () => {
    const fitted = fitPage(sheet, viewer);
    expect(10 * fitted.zoom).toBeLessThan(5);
    const { bounds, textHeightPx } = word(fitted, 2000, 1500);

    const view = revealText(fitted, bounds, textHeightPx, viewer);

    expect(10 * view.zoom).toBeCloseTo(READABLE_TEXT_PX, 6);
    const centre = onScreen(view, 2030, 1505);
    expect(centre.x).toBeCloseTo(600, 6);
    expect(centre.y).toBeCloseTo(350, 6);
  });

  it("keeps a long text whole in view, zooming less", () => {
    const fitted = fitPage(sheet, viewer);
    const { bounds, textHeightPx } = word(fitted, 100, 100, 1200);

    const view = revealText(fitted, bounds, textHeightPx, viewer);

    expect(view.zoom).toBeGreaterThan(fitted.zoom);
    expect(10 * view.zoom).toBeLessThan(READABLE_TEXT_PX);
    expect(onScreen(view, 100, 100).x).toBeGreaterThanOrEqual(0);
    expect(onScreen(view, 1300, 100).x).toBeLessThanOrEqual(viewer.width);
  });

  it("never zooms out of a closer view, only brings the word in", () => {
    const close: ViewState = { zoom: 4, x: -3000, y: -2000 };
    const inView = word(close, 900, 600);
    expect(
      revealText(close, inView.bounds, inView.textHeightPx, viewer),
    ).toEqual(close);

    const away = word(close, 100, 100);
    const view = revealText(close, away.bounds, away.textHeightPx, viewer);
    expect(view.zoom).toBe(4);
    expect(onScreen(view, 130, 105).x).toBeCloseTo(600, 6);
    expect(onScreen(view, 130, 105).y).toBeCloseTo(350, 6);
  });
});
