import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pdfPoint } from "../../../shared/geo/coordinates";
import { SheetHighlights } from "../../../renderer/search/SheetHighlights";
import type { SearchBox } from "../../../renderer/search/searchHit";
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

/** A 40 x 10 pt box at `degrees`, its baseline starting at (100, 100). */
function box(degrees: number): SearchBox {
  const r = (degrees * Math.PI) / 180;
  const at = (t: number, s: number) =>
    pdfPoint(
      100 + t * Math.cos(r) - s * Math.sin(r),
      100 + t * Math.sin(r) + s * Math.cos(r),
    );
  const quad = [at(0, 0), at(40, 0), at(40, 10), at(0, 10)] as const;
  const xs = quad.map((p) => p.x);
  const ys = quad.map((p) => p.y);
  return {
    from: pdfPoint(Math.min(...xs), Math.min(...ys)),
    to: pdfPoint(Math.max(...xs), Math.max(...ys)),
    quad,
  };
}

function drawn(boxes: SearchBox[], current: SearchBox[] = []): string {
  return renderToStaticMarkup(
    createElement(SheetHighlights, { viewport, boxes, current }),
  );
}

describe("drawing hits over a sheet", () => {
  it("draws an upright hit as a plain box in viewer pixels", () => {
    const html = drawn([box(0)]);
    expect(html).toContain("left:200px;top:580px;width:80px;height:20px");
    expect(html).not.toContain("transform");
  });

  it("turns the box of a hit on text slanted 30°", () => {
    const html = drawn([], [box(30)]);
    expect(html).toContain('data-testid="search-hit-current"');
    expect(html).toContain("transform:matrix(0.866025, -0.5, 0.5, 0.866025");
    // The box's top-left is the word's top-start, 10 pt up from (100, 100).
    const top = box(30).quad[3];
    const [x = 0, y = 0] = viewport.convertToViewportPoint(top.x, top.y);
    expect(style(html, "left")).toBeCloseTo(x, 6);
    expect(style(html, "top")).toBeCloseTo(y, 6);
    expect(style(html, "width")).toBeCloseTo(80, 6);
    expect(style(html, "height")).toBeCloseTo(20, 6);
  });
});

/** A length of the first drawn box's style, in pixels. */
function style(html: string, property: string): number {
  const found = new RegExp(`${property}:([-\\d.e]+)px`).exec(html);
  return Number(found?.[1]);
}
