import { describe, expect, it } from "vitest";
import {
  viewportPixel as px,
  type ViewportPixel,
} from "../../../shared/geo/coordinates";
import {
  editedPixels,
  editHandles,
} from "../../../renderer/markup/markupEditing";
import {
  centroid,
  ellipseOutline,
  handleAt,
  markupHitAt,
  resizeBox,
} from "../../../renderer/markup/shapeGeometry";

/** Whether a markup answers at a point at all, on its edge or inside. */
const hitsMarkup = (...args: Parameters<typeof markupHitAt>) =>
  markupHitAt(...args) !== null;

const box: ViewportPixel[] = [
  px(100, 100),
  px(200, 100),
  px(200, 150),
  px(100, 150),
];
const plain = (points: readonly { x: number; y: number }[]) =>
  points.map((p) => ({ x: p.x, y: p.y }));

describe("hit testing", () => {
  it("finds open shapes near their line only", () => {
    const line = [px(0, 0), px(100, 0)];
    expect(hitsMarkup("line", line, { x: 50, y: 5 }, 6)).toBe(true);
    expect(hitsMarkup("line", line, { x: 50, y: 7 }, 6)).toBe(false);
    expect(hitsMarkup("arrow", line, { x: 106, y: 0 }, 6)).toBe(true);
    const poly = [px(0, 0), px(100, 0), px(100, 100)];
    // The open end does not close back to the start.
    expect(hitsMarkup("polyline", poly, { x: 50, y: 50 }, 6)).toBe(false);
    expect(hitsMarkup("polygon", poly, { x: 50, y: 50 }, 6)).toBe(true);
  });

  it("finds an outlined box on its edge, a filled one anywhere inside", () => {
    const inside = { x: 150, y: 125 };
    expect(hitsMarkup("rectangle", box, inside, 6)).toBe(false);
    expect(hitsMarkup("cloud", box, inside, 6)).toBe(false);
    expect(hitsMarkup("rectangle", box, { x: 150, y: 103 }, 6)).toBe(true);
    expect(hitsMarkup("highlight", box, inside, 6)).toBe(true);
    expect(hitsMarkup("stamp", box, inside, 6)).toBe(true);
    expect(hitsMarkup("highlight", box, { x: 250, y: 125 }, 6)).toBe(false);
  });

  it("finds a callout on its leader and in its box, a note at its anchor", () => {
    const callout = [px(0, 0), ...box];
    expect(hitsMarkup("callout", callout, { x: 150, y: 125 }, 6)).toBe(true);
    const onLeader = { x: 75, y: 62.5 };
    expect(hitsMarkup("callout", callout, onLeader, 6)).toBe(true);
    expect(hitsMarkup("callout", callout, { x: 10, y: 80 }, 6)).toBe(false);
    expect(hitsMarkup("note", [px(10, 10)], { x: 18, y: 18 }, 6)).toBe(true);
    expect(hitsMarkup("note", [px(10, 10)], { x: 30, y: 30 }, 6)).toBe(false);
  });

  it("tells a filled shape's edge from its inside, where the hand pans", () => {
    const inside = { x: 150, y: 125 };
    const area = plain(box);
    expect(markupHitAt("measure_area", area, inside, 6)).toBe("inside");
    expect(markupHitAt("highlight", area, inside, 6)).toBe("inside");
    // Within the tolerance of the outline, inside or out, is the edge.
    expect(markupHitAt("measure_area", area, { x: 150, y: 104 }, 6)).toBe(
      "edge",
    );
    expect(markupHitAt("measure_area", area, { x: 150, y: 96 }, 6)).toBe(
      "edge",
    );
    expect(markupHitAt("measure_area", area, { x: 250, y: 125 }, 6)).toBe(null);
    // Outlined and open kinds have no inside.
    expect(markupHitAt("rectangle", area, inside, 6)).toBe(null);
    expect(
      markupHitAt("line", [px(0, 0), px(100, 0)], { x: 50, y: 3 }, 6),
    ).toBe("edge");
    // A callout's leader is an edge; a note is held by its anchor.
    const callout = [px(0, 0), ...box];
    expect(markupHitAt("callout", callout, { x: 75, y: 62.5 }, 6)).toBe("edge");
    // Its leader runs to the box's centre, so inside is off that line.
    const boxInside = { x: 120, y: 140 };
    expect(markupHitAt("callout", callout, boxInside, 6)).toBe("inside");
    expect(markupHitAt("note", [px(10, 10)], { x: 14, y: 14 }, 6)).toBe("edge");
  });
});

describe("move, resize and vertex maths", () => {
  it("moves every point by the drag", () => {
    const moved = editedPixels("rectangle", box, {
      handle: -1,
      from: px(0, 0),
      to: px(10, -5),
    });
    expect(plain(moved)).toEqual([
      { x: 110, y: 95 },
      { x: 210, y: 95 },
      { x: 210, y: 145 },
      { x: 110, y: 145 },
    ]);
  });

  it("resizes a box by one corner, keeping the opposite corner and the order", () => {
    const resized = resizeBox(box, 2, { x: 260, y: 190 }, px);
    expect(plain(resized)).toEqual([
      { x: 100, y: 100 },
      { x: 260, y: 100 },
      { x: 260, y: 190 },
      { x: 100, y: 190 },
    ]);
    const fromFirst = resizeBox(box, 0, { x: 50, y: 80 }, px);
    expect(plain(fromFirst)).toEqual([
      { x: 50, y: 80 },
      { x: 200, y: 80 },
      { x: 200, y: 150 },
      { x: 50, y: 150 },
    ]);
  });

  it("drags one vertex of a polyline and only that one", () => {
    const line = [px(0, 0), px(50, 50), px(100, 0)];
    const edited = editedPixels("polyline", line, {
      handle: 1,
      from: px(50, 50),
      to: px(50, 80),
    });
    expect(plain(edited)).toEqual([
      { x: 0, y: 0 },
      { x: 50, y: 80 },
      { x: 100, y: 0 },
    ]);
  });

  it("offers corners for boxes, vertices for lines, the tip for callouts", () => {
    expect(editHandles("cloud", box)).toHaveLength(4);
    expect(editHandles("line", [px(0, 0), px(1, 1)])).toHaveLength(2);
    expect(editHandles("callout", [px(0, 0), ...box])).toHaveLength(1);
    expect(editHandles("text", [px(0, 0)])).toHaveLength(0);
    expect(handleAt(box, { x: 198, y: 148 }, 8)).toBe(2);
    expect(handleAt(box, { x: 150, y: 125 }, 8)).toBe(-1);
  });

  it("inscribes an ellipse in its box", () => {
    const outline = ellipseOutline(box, 4);
    expect(
      plain(outline).map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) })),
    ).toEqual([
      { x: 200, y: 125 },
      { x: 150, y: 150 },
      { x: 100, y: 125 },
      { x: 150, y: 100 },
    ]);
    expect(centroid(outline)).toEqual({ x: 150, y: 125 });
  });
});
