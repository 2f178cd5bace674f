import { describe, expect, it, vi } from "vitest";
import type { SheetView } from "../../../renderer/compare/compareViewMemory";
import {
  fromSheetView,
  toSheetView,
} from "../../../renderer/compare/compareViewMemory";
import { pairKey } from "../../../renderer/compare/defaultPair";
import {
  KEEP_VISIBLE_PX,
  MAX_ZOOM,
  type Size,
} from "../../../renderer/viewer/viewState";
import { fakeLocalStorage } from "./fakeStorage";

/** A fresh copy of the module, as after a reload of the app. */
async function freshMemory() {
  vi.resetModules();
  return import("../../../renderer/compare/compareViewMemory");
}

const PAIR = pairKey({
  older: { documentId: "v1", sheetIndex: 0 },
  newer: { documentId: "v2", sheetIndex: 0 },
});
const OTHER_PAIR = pairKey({
  older: { documentId: "v1", sheetIndex: 0 },
  newer: { documentId: "v3", sheetIndex: 0 },
});
/** A 24 x 36 in sheet, upright, in points. */
const SHEET: Size = { width: 1728, height: 2592 };
const staircase: SheetView = { zoom: 2.5, centreXPt: 600, centreYPt: 1400 };

const stored = fakeLocalStorage();

describe("the Compare view's memory per dossier and pair", () => {
  it("gives back the view left, in the session and after a reload", async () => {
    const memory = await freshMemory();
    expect(memory.loadCompareView("d1", PAIR)).toBeNull();
    memory.saveCompareView("d1", PAIR, staircase);
    expect(memory.loadCompareView("d1", PAIR)).toEqual(staircase);
    expect(memory.loadCompareView("d2", PAIR)).toBeNull();

    const reloaded = await freshMemory();
    expect(reloaded.loadCompareView("d1", PAIR)).toEqual(staircase);
  });

  it("keeps nothing for another pair: a changed pair starts fitted", async () => {
    const memory = await freshMemory();
    memory.saveCompareView("d1", PAIR, staircase);
    expect(memory.loadCompareView("d1", OTHER_PAIR)).toBeNull();
    expect((await freshMemory()).loadCompareView("d1", OTHER_PAIR)).toBeNull();
  });

  it("forgets the view once it is fitted again", async () => {
    const memory = await freshMemory();
    memory.saveCompareView("d1", PAIR, staircase);
    memory.saveCompareView("d1", PAIR, null);
    expect(memory.loadCompareView("d1", PAIR)).toBeNull();
    expect(stored().size).toBe(0);
    expect((await freshMemory()).loadCompareView("d1", PAIR)).toBeNull();
  });

  it("fits rather than use a damaged entry", async () => {
    const entry = (fields: object) =>
      JSON.stringify({ pairKey: PAIR, ...staircase, ...fields });
    const damaged = [
      "{not json",
      "null",
      '"a string"',
      entry({ zoom: -2 }),
      entry({ zoom: 0 }),
      entry({ zoom: MAX_ZOOM * 2 }),
      entry({ zoom: "2" }),
      entry({ centreXPt: null }),
      // JSON has no NaN: a stored NaN comes back as null, 1e999 as Infinity.
      entry({ centreYPt: Number.NaN }),
      entry({ zoom: 1 }).replace('"zoom":1', '"zoom":1e999'),
      JSON.stringify({ zoom: 2, centreXPt: 1, centreYPt: 1 }),
    ];
    damaged.forEach((text, index) =>
      stored().set(`lajna.compare-view.d${index}`, text),
    );
    const memory = await freshMemory();
    damaged.forEach((text, index) =>
      expect(memory.loadCompareView(`d${index}`, PAIR), text).toBeNull(),
    );
  });

  it("fits rather than give back a view that was not a number", async () => {
    const memory = await freshMemory();
    const broken = { ...staircase, centreXPt: Number.NaN };
    memory.saveCompareView("d1", PAIR, broken);
    expect(memory.loadCompareView("d1", PAIR)).toBeNull();
    memory.saveCompareView("d1", PAIR, { ...staircase, zoom: -1 });
    expect(memory.loadCompareView("d1", PAIR)).toBeNull();
  });
});

describe("a view in the sheet's frame", () => {
  it("puts the same sheet point at the middle of a pane of another size", () => {
    const wide: Size = { width: 1400, height: 820 };
    const narrow: Size = { width: 700, height: 600 };
    const view = { zoom: 2.5, x: -800, y: -3100 };
    const kept = toSheetView(view, wide);
    const again = fromSheetView(kept, SHEET, narrow);

    expect(again.zoom).toBe(2.5);
    const middle = (pane: Size, v: typeof view) => ({
      x: (pane.width / 2 - v.x) / v.zoom,
      y: (pane.height / 2 - v.y) / v.zoom,
    });
    expect(middle(narrow, again).x).toBeCloseTo(middle(wide, view).x, 9);
    expect(middle(narrow, again).y).toBeCloseTo(middle(wide, view).y, 9);
    // Back in the first pane, the very same view.
    const back = fromSheetView(toSheetView(again, narrow), SHEET, wide);
    expect(back.x).toBeCloseTo(view.x, 9);
    expect(back.y).toBeCloseTo(view.y, 9);
  });

  it("keeps a strip of the sheet in reach when the point lies far off it", () => {
    const pane: Size = { width: 1000, height: 800 };
    const far = fromSheetView(
      { zoom: 1, centreXPt: 1e6, centreYPt: -1e6 },
      SHEET,
      pane,
    );
    expect(far.x).toBe(KEEP_VISIBLE_PX - SHEET.width);
    expect(far.y).toBe(pane.height - KEEP_VISIBLE_PX);
  });
});
