import { describe, expect, it } from "vitest";
import type { PageGlyphs } from "../../../renderer/search/glyphs/pageGlyphs";
import { placeGlyphs } from "../../../renderer/search/glyphs/placeGlyphs";
import type { TextRun } from "../../../renderer/search/sheetText";
import { runBox } from "../../../renderer/search/textBoxes";

/*
 * Matching pdf.js's runs to PDFium's glyphs, on made-up sheets whose
 * glyph positions are known.
 */

/**
 * Glyphs at the given [character, x, y, advance] places, upright, 8 pt
 * above and 2 pt below the baseline; with no advance given, each glyph
 * reaches far past the next one, as a kerned pair's may.
 */
function glyphs(...placed: [string, number, number, number?][]): PageGlyphs {
  return {
    codes: Uint32Array.from(placed.map(([c]) => c.codePointAt(0) ?? 0)),
    origins: Float64Array.from(placed.flatMap(([, x, y]) => [x, y])),
    frames: Float32Array.from(
      placed.flatMap(([, , , advance = 100]) => [advance, 8, -2]),
    ),
  };
}

function run(text: string, x: number, widthPt: number, rtl = false): TextRun {
  return { text, transform: [10, 0, 0, 10, x, 100], widthPt, rtl };
}

/** The run once placed on the glyphs. */
function placed(r: TextRun, page: PageGlyphs): TextRun {
  return placeGlyphs({ sheetIndex: 0, runs: [r] }, page).runs[0]!;
}

/** Left and right edge of characters [start, end) of a run. */
function edges(r: TextRun, start: number, end: number): [number, number] {
  const box = runBox(r, start, end);
  return [box.from.x, box.to.x];
}

describe("placing a run's characters on PDFium's glyphs", () => {
  it("gives each character the room up to the next glyph", () => {
    // "iW i": narrow, wide, a drawn space, narrow; the run ends at 20.
    const page = glyphs(
      ["i", 0, 100],
      ["W", 2, 100],
      [" ", 12, 100],
      ["i", 15, 100],
    );
    const r = placed(run("iW i", 0, 20), page);
    expect(edges(r, 0, 1)).toEqual([0, 2]);
    expect(edges(r, 1, 2)).toEqual([2, 12]);
    expect(edges(r, 3, 4)).toEqual([15, 20]);
    expect(edges(r, 0, 4)).toEqual([0, 20]);
  });

  it("ends a character at its own advance before a gap", () => {
    // pdf.js reads the gap between "ab" and "c" as a space in the run.
    const page = glyphs(["a", 0, 100, 3], ["b", 3, 100, 3], ["c", 15, 100, 4]);
    const r = placed(run("ab c", 0, 19), page);
    expect(edges(r, 0, 2)).toEqual([0, 6]);
    expect(edges(r, 3, 4)).toEqual([15, 19]);
  });

  it("counts a right-to-left run's characters from its right end", () => {
    // "ابت" drawn with ت leftmost; each letter a different width.
    const page = glyphs(["ت", 50, 100], ["ب", 53, 100], ["ا", 60, 100]);
    const r = placed(run("ابت", 50, 12, true), page);
    expect(edges(r, 0, 1)).toEqual([60, 62]);
    expect(edges(r, 1, 2)).toEqual([53, 60]);
    expect(edges(r, 2, 3)).toEqual([50, 53]);
  });

  it("finds a ligature PDFium split into letters at one place", () => {
    // pdf.js keeps "ﬁ" (or "ﻻ"); PDFium gives its letters at one origin.
    const page = glyphs(["f", 0, 100], ["i", 0, 100], ["x", 6, 100]);
    const r = placed(run("ﬁx", 0, 10), page);
    expect(edges(r, 0, 1)).toEqual([0, 6]);
    expect(edges(r, 1, 2)).toEqual([6, 10]);
    const lamAlef = glyphs(["ا", 30, 100], ["ل", 30, 100], ["م", 36, 100]);
    const ar = placed(run("مﻻ", 30, 10, true), lamAlef);
    expect(edges(ar, 1, 2)).toEqual([30, 36]);
  });

  it("leaves glyphs of other lines and overdrawn copies aside", () => {
    const page = glyphs(
      ["a", 0, 100],
      ["a", 0.4, 100],
      ["b", 5, 100],
      ["b", 5.4, 100],
      ["z", 2, 130],
    );
    const r = placed(run("ab", 0, 10), page);
    // The copies are not where "a" ends: "b" is.
    expect(edges(r, 0, 1)).toEqual([0, 5]);
    expect(edges(r, 1, 2)).toEqual([5, 10]);
  });

  it("gives a hit its glyphs' ascent and descent", () => {
    const r = placed(run("ab", 0, 10), glyphs(["a", 0, 100], ["b", 5, 100]));
    const box = runBox(r, 0, 2);
    expect([box.from.y, box.to.y]).toEqual([98, 108]);
  });

  it("keeps fixed shares of the font size where PDFium gave no height", () => {
    const page = glyphs(["a", 0, 100], ["b", 5, 100]);
    const unknown = { ...page, frames: page.frames.map(() => Number.NaN) };
    const box = runBox(placed(run("ab", 0, 10), unknown), 0, 2);
    expect(box.from.y).toBeCloseTo(97.5, 9);
    expect(box.to.y).toBeCloseTo(108.5, 9);
  });

  it("ends a slanted word where its last glyph's advance does", () => {
    // "ab c" at 30°: "b" advances 3 pt, then a gap before "c".
    const [cos, sin] = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)];
    const at = (t: number): [number, number] => [t * cos, 100 + t * sin];
    const page = glyphs(
      ["a", ...at(0), 3],
      ["b", ...at(3), 3],
      ["c", ...at(15), 4],
    );
    const slanted: TextRun = {
      text: "ab c",
      transform: [10 * cos, 10 * sin, -10 * sin, 10 * cos, 0, 100],
      widthPt: 19,
      rtl: false,
    };
    const box = runBox(placed(slanted, page), 0, 2);
    const [start, end, top] = box.quad;
    expect(Math.hypot(end.x - start.x, end.y - start.y)).toBeCloseTo(6, 4);
    expect(Math.hypot(top.x - end.x, top.y - end.y)).toBeCloseTo(10, 4);
  });

  it("falls back to equal shares when a character has no glyph", () => {
    const r = placed(run("abcd", 0, 40), glyphs(["a", 0, 100], ["b", 3, 100]));
    expect(r.spansPt).toBeUndefined();
    expect(edges(r, 2, 3)).toEqual([20, 30]);
  });
});
