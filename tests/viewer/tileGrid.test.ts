import { describe, expect, it } from "vitest";
import {
  levelFor,
  levelScale,
  TILE_PX,
  tileId,
  tilePlacement,
  tilesCovering,
} from "../../renderer/viewer/tiles/tileGrid";

/** A 42 x 30 inch sheet, in PDF points. */
const SHEET = { width: 42 * 72, height: 30 * 72 };
const VIEWER = { width: 2000, height: 1400 };

describe("tile levels", () => {
  it("picks the power of two at or above the device scale", () => {
    expect(levelFor(1, 1)).toBe(0);
    expect(levelFor(1.5, 1)).toBe(1);
    expect(levelFor(2, 1)).toBe(1);
    expect(levelFor(1, 2)).toBe(1);
    expect(levelFor(0.6, 1)).toBe(0);
    expect(levelFor(0.5, 1)).toBe(-1);
    expect(levelFor(64, 2)).toBe(7);
    expect(levelScale(3)).toBe(8);
  });
});

describe("tiles covering a view", () => {
  it("covers the whole viewer at 800 % without gaps", () => {
    const zoom = 8 * (96 / 72);
    const view = { zoom, x: -20_000, y: -9_000 };
    const tiles = tilesCovering(view, VIEWER, SHEET, 1);
    const level = levelFor(zoom, 1);
    expect(tiles.every((t) => t.level === level)).toBe(true);

    // Every viewer pixel corner falls inside some tile's placement.
    for (const [px, py] of [
      [0, 0],
      [1999, 0],
      [0, 1399],
      [1999, 1399],
      [1000, 700],
    ] as const) {
      const inside = tiles.some((t) => {
        const p = tilePlacement(t, view, SHEET);
        return (
          px >= p.x && px < p.x + p.width && py >= p.y && py < p.y + p.height
        );
      });
      expect(inside, `pixel ${px},${py}`).toBe(true);
    }

    // Level scale 16 px/pt at zoom 10.67: a tile spans 512/16*10.67 =
    // 341 CSS px, so 2000 x 1400 needs 6 or 7 columns and 5 or 6 rows.
    const cols = new Set(tiles.map((t) => t.col)).size;
    const rows = new Set(tiles.map((t) => t.row)).size;
    expect(cols).toBeGreaterThanOrEqual(6);
    expect(cols).toBeLessThanOrEqual(7);
    expect(rows).toBeGreaterThanOrEqual(5);
    expect(rows).toBeLessThanOrEqual(6);
  });

  it("clips to the page and lists the centre first", () => {
    const view = { zoom: 0.5, x: 100, y: 50 };
    const tiles = tilesCovering(view, VIEWER, SHEET, 1);
    // Level -1: the page is 1512 x 1080 device px, so 3 x 3 tiles.
    expect(tiles).toHaveLength(9);
    expect(new Set(tiles.map(tileId)).has("-1/2/2")).toBe(true);
    const corner = tilePlacement({ level: -1, col: 2, row: 2 }, view, SHEET);
    // The last column is cut by the page edge: 1512 - 2 x 512 px.
    expect(corner.width).toBeCloseTo(1512 - 2 * TILE_PX);
    expect(corner.x + corner.width).toBeCloseTo(view.x + SHEET.width * 0.5);

    const deep = tilesCovering(
      { zoom: 16, x: -30_000, y: -20_000 },
      VIEWER,
      SHEET,
      1,
    );
    const first = deep[0];
    const placed =
      first &&
      tilePlacement(first, { zoom: 16, x: -30_000, y: -20_000 }, SHEET);
    expect(placed).toBeDefined();
    if (placed === undefined) return;
    const centreX = placed.x + placed.width / 2;
    const centreY = placed.y + placed.height / 2;
    expect(Math.abs(centreX - 1000)).toBeLessThan(placed.width);
    expect(Math.abs(centreY - 700)).toBeLessThan(placed.height);
  });

  it("asks for nothing when the page is out of view", () => {
    const view = { zoom: 1, x: 5000, y: 0 };
    expect(tilesCovering(view, VIEWER, SHEET, 1)).toEqual([]);
  });
});
