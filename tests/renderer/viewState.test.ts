import { describe, expect, it } from "vitest";
import { daysLeft, deadlineLabel } from "../../renderer/inbox/deadline";
import {
  ACTUAL_SIZE_ZOOM,
  fitPage,
  fitWidth,
  keepInView,
  KEEP_VISIBLE_PX,
  MAX_ZOOM,
  reveal,
  zoomAround,
  zoomPercent,
} from "../../renderer/viewer/viewState";

// An ARCH D sheet (36 x 24 in) in a 1200 x 700 viewer.
const sheet = { width: 2592, height: 1728 };
const viewer = { width: 1200, height: 700 };

describe("sheet view", () => {
  it("fits the whole page, centred, inside the viewer", () => {
    const view = fitPage(sheet, viewer);
    expect(sheet.height * view.zoom).toBeLessThanOrEqual(viewer.height);
    expect(sheet.width * view.zoom).toBeLessThanOrEqual(viewer.width);
    expect(view.x + (sheet.width * view.zoom) / 2).toBeCloseTo(600, 6);
    expect(view.y + (sheet.height * view.zoom) / 2).toBeCloseTo(350, 6);
  });

  it("fits the width and shows the top of the page", () => {
    const view = fitWidth(sheet, viewer);
    expect(view.x).toBeCloseTo(16, 6);
    expect(view.x * 2 + sheet.width * view.zoom).toBeCloseTo(1200, 6);
    expect(view.y).toBe(16);
  });

  it("keeps the point under the cursor still while zooming", () => {
    const start = fitPage(sheet, viewer);
    const cursor = { x: 321, y: 123 };
    const pageX = (cursor.x - start.x) / start.zoom;
    const pageY = (cursor.y - start.y) / start.zoom;

    let view = start;
    for (const factor of [1.7, 1.7, 0.4, 3]) {
      view = zoomAround(view, factor, cursor);
      expect(view.x + pageX * view.zoom).toBeCloseTo(cursor.x, 6);
      expect(view.y + pageY * view.zoom).toBeCloseTo(cursor.y, 6);
    }
  });

  it("stops at the zoom limits without drifting", () => {
    const cursor = { x: 10, y: 10 };
    let view = { zoom: ACTUAL_SIZE_ZOOM, x: 0, y: 0 };
    for (let i = 0; i < 40; i++) view = zoomAround(view, 2, cursor);
    expect(view.zoom).toBe(MAX_ZOOM);
    const again = zoomAround(view, 2, cursor);
    expect(again).toEqual(view);
  });

  it("stops at 6400 % as the toolbar counts it (100 % is 96 dpi)", () => {
    let view = { zoom: ACTUAL_SIZE_ZOOM, x: 0, y: 0 };
    expect(zoomPercent(view.zoom)).toBe(100);
    for (let i = 0; i < 40; i++) view = zoomAround(view, 1.25, { x: 0, y: 0 });
    expect(view.zoom / ACTUAL_SIZE_ZOOM).toBeCloseTo(64, 9);
    expect(zoomPercent(view.zoom)).toBe(6400);
    // 6400 % of 96 dpi is 6144 px per inch of paper, 85 1/3 px per point.
    expect(view.zoom * 72).toBeCloseTo(6144, 9);
  });

  it("brings a markup outside the viewer to its centre", () => {
    const view = { zoom: 2, x: 0, y: 0 };
    const box = { minX: 1500, minY: 900, maxX: 1600, maxY: 1000 };
    const moved = reveal(view, box, viewer);
    expect(moved.x + 1550).toBeCloseTo(600, 6);
    expect(moved.y + 950).toBeCloseTo(350, 6);

    const inside = { minX: 10, minY: 10, maxX: 20, maxY: 20 };
    expect(reveal(view, inside, viewer)).toBe(view);
  });
});

describe("panning limits", () => {
  it("keeps a strip of the sheet in view however far it is dragged", () => {
    const zoom = 0.5;
    const far = keepInView({ zoom, x: -99_999, y: 99_999 }, sheet, viewer);
    expect(far.x + sheet.width * zoom).toBe(KEEP_VISIBLE_PX);
    expect(far.y).toBe(viewer.height - KEEP_VISIBLE_PX);

    const fine = { zoom, x: 10, y: -20 };
    expect(keepInView(fine, sheet, viewer)).toEqual(fine);
  });
});

describe("deadline", () => {
  const today = new Date(2026, 11, 4, 18, 30);

  it("counts calendar days to the deadline, whatever the hour", () => {
    expect(daysLeft("2026-12-12", today)).toBe(8);
    expect(daysLeft("2026-12-04", today)).toBe(0);
    expect(daysLeft("2026-11-30", today)).toBe(-4);
    // Across the end of the year and a month boundary.
    expect(daysLeft("2027-01-02", today)).toBe(29);
    expect(daysLeft("not a date", today)).toBeNull();
  });

  it("words it as left, today or overdue", () => {
    expect(deadlineLabel(3)).toEqual({
      key: "deadline.daysLeft",
      params: { days: 3 },
    });
    expect(deadlineLabel(0).key).toBe("deadline.today");
    expect(deadlineLabel(-2)).toEqual({
      key: "deadline.overdue",
      params: { days: 2 },
    });
  });
});
