import { describe, expect, it } from "vitest";
import {
  MAX_ZOOM,
  turnAbout,
  turnedSize,
  zoomToBox,
  ZOOM_STEP,
} from "../../../renderer/viewer/viewState";

// An ARCH D sheet (36 x 24 in) in a 1200 x 700 viewer, at 0.25 px/pt.
const sheet = { width: 2592, height: 1728 };
const viewer = { width: 1200, height: 700 };
const start = { zoom: 0.25, x: 276, y: 134 };

/** The page point (in points) under a viewer pixel. */
function pagePoint(view: typeof start, pixel: { x: number; y: number }) {
  return {
    u: (pixel.x - view.x) / view.zoom,
    v: (pixel.y - view.y) / view.zoom,
  };
}

describe("zoom to a drawn rectangle", () => {
  it("fills the viewer with the rectangle, centred on it", () => {
    const box = { x0: 500, y0: 300, x1: 620, y1: 360 };
    const view = zoomToBox(start, box, viewer);

    // 120 x 60 px: the width limits (1200/120 = 10 < 700/60).
    expect(view.zoom).toBeCloseTo(start.zoom * 10, 9);
    const before = pagePoint(start, { x: 560, y: 330 });
    const after = pagePoint(view, { x: 600, y: 350 });
    expect(after.u).toBeCloseTo(before.u, 9);
    expect(after.v).toBeCloseTo(before.v, 9);
  });

  it("takes the rectangle in any corner order and keeps it whole", () => {
    const drawn = zoomToBox(
      start,
      { x0: 620, y0: 500, x1: 560, y1: 100 },
      viewer,
    );
    // 60 x 400 px: the height limits, so the whole height shows.
    expect(drawn.zoom).toBeCloseTo(start.zoom * (700 / 400), 9);
  });

  it("zooms one step for a click, and never past the deepest zoom", () => {
    const click = zoomToBox(start, { x0: 10, y0: 10, x1: 12, y1: 11 }, viewer);
    expect(click.zoom).toBeCloseTo(start.zoom * ZOOM_STEP, 9);
    const tiny = { zoom: 40, x: 0, y: 0 };
    const deep = zoomToBox(tiny, { x0: 0, y0: 0, x1: 10, y1: 10 }, viewer);
    expect(deep.zoom).toBe(MAX_ZOOM);
  });
});

describe("quarter turns", () => {
  it("swaps the sides at 90 and 270 degrees only", () => {
    expect(turnedSize(sheet, 0)).toEqual(sheet);
    expect(turnedSize(sheet, 180)).toEqual(sheet);
    expect(turnedSize(sheet, 90)).toEqual({ width: 1728, height: 2592 });
    expect(turnedSize(sheet, 270)).toEqual({ width: 1728, height: 2592 });
  });

  it("keeps the spot at the viewer's centre there after a turn", () => {
    const centre = { x: 600, y: 350 };
    const { u, v } = pagePoint(start, centre);
    const turned = turnAbout(start, sheet, viewer, false);
    // Clockwise, the point (u, v) of a W x H page goes to (H - v, u).
    const after = pagePoint(turned, centre);
    expect(after.u).toBeCloseTo(sheet.height - v, 9);
    expect(after.v).toBeCloseTo(u, 9);

    // And back again is where it started.
    const back = turnAbout(turned, turnedSize(sheet, 90), viewer, true);
    expect(back.x).toBeCloseTo(start.x, 9);
    expect(back.y).toBeCloseTo(start.y, 9);
  });
});
