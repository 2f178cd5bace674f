import { describe, expect, it } from "vitest";
import {
  mountedIndices,
  cursorAfterKey,
  revealScrollTop,
  rowWindow,
} from "../../../renderer/markup/list/rowWindow";

/*
 * The markups list's arithmetic (renderer/markup/list/rowWindow.ts): which
 * rows of 10,000 it mounts, where it scrolls to show one, and where the
 * keys move its cursor.
 */

const ROW_PX = 50;

describe("rowWindow", () => {
  it("mounts the rows in sight and the overscan, not the whole list", () => {
    const place = { scrollTopPx: 0, viewportPx: 500 };
    expect(rowWindow(place, 10_000, ROW_PX, 4)).toEqual({ first: 0, end: 14 });
  });

  it("follows the scroll to later rows", () => {
    const place = { scrollTopPx: 5_000 * ROW_PX + 20, viewportPx: 500 };
    expect(rowWindow(place, 10_000, ROW_PX, 4)).toEqual({
      first: 4_996,
      end: 5_015,
    });
  });

  it("stops at the last row and mounts nothing for an empty list", () => {
    const place = { scrollTopPx: 9_995 * ROW_PX, viewportPx: 500 };
    expect(rowWindow(place, 10_000, ROW_PX, 4).end).toBe(10_000);
    expect(rowWindow(place, 0, ROW_PX, 4)).toEqual({ first: 0, end: 0 });
  });
});

describe("revealScrollTop", () => {
  const place = { scrollTopPx: 1_000, viewportPx: 500 };

  it("leaves a row in sight where it is", () => {
    expect(revealScrollTop(25, place, ROW_PX)).toBeNull();
  });

  it("brings a row below to the bottom edge, one above to the top", () => {
    expect(revealScrollTop(9_000, place, ROW_PX)).toBe(9_001 * ROW_PX - 500);
    expect(revealScrollTop(3, place, ROW_PX)).toBe(3 * ROW_PX);
  });

  it("scrolls a row cut by an edge just enough", () => {
    const cut = { scrollTopPx: 1_020, viewportPx: 500 };
    expect(revealScrollTop(29, cut, ROW_PX)).toBeNull();
    expect(revealScrollTop(30, cut, ROW_PX)).toBe(1_050);
    expect(revealScrollTop(20, cut, ROW_PX)).toBe(1_000);
  });
});

describe("cursorAfterKey", () => {
  it("moves by one, by a page and to either end, within the list", () => {
    expect(cursorAfterKey("ArrowDown", 3, 10, 4)).toBe(4);
    expect(cursorAfterKey("ArrowUp", 0, 10, 4)).toBe(0);
    expect(cursorAfterKey("PageDown", 8, 10, 4)).toBe(9);
    expect(cursorAfterKey("PageUp", 5, 10, 4)).toBe(1);
    expect(cursorAfterKey("End", 0, 10, 4)).toBe(9);
    expect(cursorAfterKey("Home", 7, 10, 4)).toBe(0);
  });

  it("ignores other keys and empty lists", () => {
    expect(cursorAfterKey("a", 3, 10, 4)).toBeNull();
    expect(cursorAfterKey("ArrowDown", 0, 0, 4)).toBeNull();
  });
});

describe("mountedIndices", () => {
  it("cuts a window left from a longer list after a deletion", () => {
    // The window still ends at 3 while the list has shrunk to 2: mounting
    // row 2 crashed the list (no markup there).
    expect(mountedIndices({ first: 0, end: 3 }, 1, 2)).toEqual([0, 1]);
    expect(mountedIndices({ first: 0, end: 3 }, 2, 0)).toEqual([]);
  });

  it("keeps the keyboard cursor's row mounted outside the window", () => {
    expect(mountedIndices({ first: 10, end: 12 }, 3, 50)).toEqual([3, 10, 11]);
    expect(mountedIndices({ first: 0, end: 2 }, 40, 50)).toEqual([0, 1, 40]);
  });
});
