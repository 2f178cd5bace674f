import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SheetHighlights } from "../../../renderer/search/SheetHighlights";
import type { SearchBox } from "../../../renderer/search/searchHit";
import type { TextRun } from "../../../renderer/search/sheetText";
import { runBox } from "../../../renderer/search/textBoxes";
import type { SheetViewport } from "../../../renderer/viewer/sheetCoordinates";

/*
 * The highlight layer draws each hit's quad through the viewport: upright
 * words as plain boxes, slanted ones turned onto their glyphs.
 */

/** A 400 pt sheet shown at twice its size, y flipped as pdf.js does. */
const viewport: SheetViewport = {
  width: 800,
  height: 800,
  convertToViewportPoint: (x, y) => [x * 2, (400 - y) * 2],
  convertToPdfPoint: (x, y) => [x / 2, 400 - y / 2],
};

/**
 * The hit box of a 40 pt wide word in 10 pt type at `degrees`, its
 * baseline starting at (100, 100): 8.5 pt up and 2.5 pt down.
 */
function box(degrees: number): SearchBox {
  const r = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(r) * 10, Math.sin(r) * 10];
  const word: TextRun = {
    text: "target",
    transform: [cos, sin, -sin, cos, 100, 100],
    widthPt: 40,
    rtl: false,
  };
  return runBox(word, 0, word.text.length);
}

function drawn(boxes: SearchBox[], current: SearchBox[] = []): string {
  return renderToStaticMarkup(
    createElement(SheetHighlights, { viewport, boxes, current }),
  );
}

describe("drawing hits over a sheet", () => {
  it("draws an upright hit as a plain box in viewer pixels", () => {
    const html = drawn([box(0)]);
    expect(style(html, "left")).toBeCloseTo(200, 6);
    expect(style(html, "top")).toBeCloseTo((400 - 108.5) * 2, 6);
    expect(style(html, "width")).toBeCloseTo(80, 6);
    expect(style(html, "height")).toBeCloseTo(22, 6);
    expect(html).not.toContain("transform");
  });

  it("turns the box of a hit on text slanted 30°", () => {
    const html = drawn([], [box(30)]);
    expect(html).toContain('data-testid="search-hit-current"');
    expect(html).toContain("transform:matrix(0.866025, -0.5, 0.5, 0.866025");
    // The box's top-left is the word's top-start.
    const top = box(30).quad[3];
    const [x = 0, y = 0] = viewport.convertToViewportPoint(top.x, top.y);
    expect(style(html, "left")).toBeCloseTo(x, 6);
    expect(style(html, "top")).toBeCloseTo(y, 6);
    expect(style(html, "width")).toBeCloseTo(80, 6);
    expect(style(html, "height")).toBeCloseTo(22, 6);
  });
});

/** A length of the first drawn box's style, in pixels. */
function style(html: string, property: string): number {
  const found = new RegExp(`${property}:([-\\d.e]+)px`).exec(html);
  return Number(found?.[1]);
}
