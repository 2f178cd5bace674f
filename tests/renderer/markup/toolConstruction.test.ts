import { beforeAll, describe, expect, it } from "vitest";
import { viewportPixel as px } from "../../../shared/geo/coordinates";
import {
  CALLOUT_SIZE_PT,
  drawnPoints,
  inkPoints,
  pixelsPerPoint,
  STAMP_SIZE_PT,
  vertexPoints,
} from "../../../renderer/markup/drawnPoints";
import {
  constructionOf,
  drawingTools,
  shortcutOf,
  toolForKey,
} from "../../../renderer/markup/tools";
import {
  toViewportPixel,
  type SheetViewport,
} from "../../../renderer/viewer/sheetCoordinates";
import { sheetViewports } from "./sheetViewports";

let upright: SheetViewport;
let turned: SheetViewport;

beforeAll(async () => {
  ({ upright, turned } = await sheetViewports(2));
});

/** The stored points seen on screen again, rounded to 1/1000 px. */
function onScreen(viewport: SheetViewport, points: { x: number; y: number }[]) {
  return points.map((p) => {
    const q = toViewportPixel(viewport, p as never);
    return {
      x: Math.round(q.x * 1000) / 1000,
      y: Math.round(q.y * 1000) / 1000,
    };
  });
}

describe("each tool's points", () => {
  it("keeps a box kind's four screen corners on an upright and a turned sheet", () => {
    for (const viewport of [upright, turned]) {
      for (const kind of [
        "cloud",
        "rectangle",
        "ellipse",
        "highlight",
      ] as const) {
        const points = drawnPoints(kind, px(100, 50), px(300, 200), viewport);
        expect(onScreen(viewport, points ?? [])).toEqual([
          { x: 100, y: 50 },
          { x: 300, y: 50 },
          { x: 300, y: 200 },
          { x: 100, y: 200 },
        ]);
      }
    }
  });

  it("keeps a line's and an arrow's tail then head, in PDF points (y up)", () => {
    const line = drawnPoints("line", px(0, 0), px(200, 100), upright) ?? [];
    // Scale 2: 200 px is 100 pt; the top of the page is y = 842.
    expect(line.map((p) => [p.x + 0, p.y + 0])).toEqual([
      [0, 842],
      [100, 792],
    ]);
    const arrow = drawnPoints("arrow", px(10, 10), px(50, 90), turned) ?? [];
    expect(onScreen(turned, arrow)).toEqual([
      { x: 10, y: 10 },
      { x: 50, y: 90 },
    ]);
  });

  it("refuses a slip for drag tools but takes a click for text, note and stamp", () => {
    expect(
      drawnPoints("rectangle", px(10, 10), px(12, 11), upright),
    ).toBeNull();
    expect(drawnPoints("line", px(10, 10), px(10, 10), upright)).toBeNull();
    expect(drawnPoints("text", px(10, 10), px(10, 10), upright)).toHaveLength(
      1,
    );
    expect(drawnPoints("note", px(10, 10), px(10, 10), upright)).toHaveLength(
      1,
    );
    expect(drawnPoints("stamp", px(10, 10), px(10, 10), upright)).toHaveLength(
      4,
    );
  });

  it("sizes a stamp on paper, centred on the click, whatever the turn", () => {
    for (const viewport of [upright, turned]) {
      const stamp = drawnPoints("stamp", px(400, 300), px(400, 300), viewport);
      const screen = onScreen(viewport, stamp ?? []);
      const w = STAMP_SIZE_PT.width * 2;
      const h = STAMP_SIZE_PT.height * 2;
      expect(screen[0]).toEqual({ x: 400 - w / 2, y: 300 - h / 2 });
      expect(screen[2]).toEqual({ x: 400 + w / 2, y: 300 + h / 2 });
    }
    expect(pixelsPerPoint(turned)).toBeCloseTo(2, 9);
  });

  it("puts a callout's tip first, then a text box centred where the drag ends", () => {
    const callout = drawnPoints("callout", px(50, 60), px(400, 300), upright);
    const screen = onScreen(upright, callout ?? []);
    expect(screen).toHaveLength(5);
    expect(screen[0]).toEqual({ x: 50, y: 60 });
    expect(screen[1]).toEqual({
      x: 400 - CALLOUT_SIZE_PT.width,
      y: 300 - CALLOUT_SIZE_PT.height,
    });
  });

  it("builds polylines and polygons from clicks, dropping a double-click's repeat", () => {
    const clicks = [px(0, 0), px(100, 0), px(100, 100), px(101, 100)];
    expect(vertexPoints("polyline", clicks, upright)).toHaveLength(3);
    expect(vertexPoints("polygon", clicks.slice(0, 2), upright)).toBeNull();
    expect(vertexPoints("polyline", [px(0, 0), px(1, 1)], upright)).toBeNull();
    const polygon = vertexPoints("polygon", clicks, turned) ?? [];
    expect(onScreen(turned, polygon)).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ]);
  });

  it("thins freehand ink to points 1.5 px apart and refuses a dot", () => {
    const path = Array.from({ length: 101 }, (_, i) => px(i * 0.5, 0));
    const ink = inkPoints(path, upright) ?? [];
    // 0, 1.5, 3 ... 49.5 px: every third sample.
    expect(ink.length).toBe(34);
    expect(inkPoints([px(3, 3), px(3.2, 3.1)], upright)).toBeNull();
  });
});

describe("tools and shortcuts", () => {
  it("gives every drawing tool a construction and a Bluebeam-like key", () => {
    expect(constructionOf("polygon")).toBe("vertices");
    expect(constructionOf("ink")).toBe("freehand");
    expect(constructionOf("stamp")).toBe("click");
    expect(constructionOf("cloud")).toBe("drag");
    for (const tool of drawingTools) expect(shortcutOf(tool)).not.toBeNull();
  });

  it("maps letters to tools, telling P (pen) from Shift+P (polyline)", () => {
    expect(toolForKey("c")).toBe("cloud");
    expect(toolForKey("C")).toBe("cloud");
    expect(toolForKey("a")).toBe("arrow");
    expect(toolForKey("l")).toBe("line");
    expect(toolForKey("r")).toBe("rectangle");
    expect(toolForKey("e")).toBe("ellipse");
    expect(toolForKey("t")).toBe("text");
    expect(toolForKey("n")).toBe("note");
    expect(toolForKey("p")).toBe("ink");
    expect(toolForKey("P")).toBe("polyline");
    expect(toolForKey("w")).toBeNull();
    expect(shortcutOf("polyline")).toBe("Shift+P");
  });
});
