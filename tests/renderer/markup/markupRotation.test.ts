import { describe, expect, it } from "vitest";
import type { Markup } from "../../../shared/domain/entities";
import {
  viewportPixel as px,
  type ViewportPixel,
} from "../../../shared/geo/coordinates";
import {
  arrangeCommandFor,
  turnedDraft,
} from "../../../renderer/markup/markupArrange";
import {
  drawnPixels,
  editedShape,
  editedStrokes,
  ROTATE_HANDLE,
} from "../../../renderer/markup/markupEditing";
import {
  dragTurn,
  normaliseDeg,
  resizeTurnedBox,
  rotationGrip,
  rotationModeOf,
} from "../../../renderer/markup/markupRotation";
import { markupHitAt } from "../../../renderer/markup/shapeGeometry";

/** Whether a markup answers at a point at all, on its edge or inside. */
const hitsMarkup = (...args: Parameters<typeof markupHitAt>) =>
  markupHitAt(...args) !== null;

// A 100 x 50 box centred on (150, 125), upright on screen.
const box: ViewportPixel[] = [
  px(100, 100),
  px(200, 100),
  px(200, 150),
  px(100, 150),
];
const near = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y) < 1e-6;

describe("rotation of markups", () => {
  it("turns boxes and texts by field, lines by points, notes not", () => {
    expect(rotationModeOf("rectangle")).toBe("field");
    expect(rotationModeOf("stamp")).toBe("field");
    expect(rotationModeOf("text")).toBe("field");
    expect(rotationModeOf("polygon")).toBe("points");
    expect(rotationModeOf("ink")).toBe("points");
    expect(rotationModeOf("note")).toBeNull();
    expect(rotationModeOf("measure_length")).toBeNull();
  });

  it("normalises angles into [0, 360)", () => {
    expect(normaliseDeg(-15)).toBe(345);
    expect(normaliseDeg(375)).toBe(15);
    expect(normaliseDeg(359.999)).toBe(0);
  });

  it("hits a turned box where it is drawn, not where it stood", () => {
    const turned = drawnPixels("highlight", box, 90);
    // Turned a quarter about its centre the box stands 50 wide, 100 high.
    expect(hitsMarkup("highlight", turned, { x: 150, y: 80 }, 2)).toBe(true);
    expect(hitsMarkup("highlight", turned, { x: 110, y: 125 }, 2)).toBe(false);
    expect(hitsMarkup("highlight", box, { x: 110, y: 125 }, 2)).toBe(true);
  });

  it("places the grip above the top side, turning with the shape", () => {
    const upright = rotationGrip("rectangle", box, 0);
    expect(near(upright, { x: 150, y: 76 })).toBe(true);
    const quarter = rotationGrip("rectangle", box, 90);
    // Clockwise on screen: what was above is now to the right.
    expect(near(quarter, { x: 199, y: 125 })).toBe(true);
  });

  it("measures a drag of the grip as a clockwise turn, Shift snapping", () => {
    const centre = { x: 0, y: 0 };
    expect(
      dragTurn(centre, { x: 0, y: -10 }, { x: 10, y: 0 }, 0, false),
    ).toBeCloseTo(90);
    const free = dragTurn(centre, { x: 10, y: 0 }, { x: 10, y: 4 }, 0, false);
    expect(free).toBeCloseTo(21.8, 1);
    expect(dragTurn(centre, { x: 10, y: 0 }, { x: 10, y: 4 }, 0, true)).toBe(
      15,
    );
    // Snapping lands the result, not the turn, on 15° steps.
    expect(dragTurn(centre, { x: 10, y: 0 }, { x: 10, y: 4 }, 7, true)).toBe(
      23,
    );
  });

  it("turns a box by its rotation and a polyline by its points", () => {
    const gesture = {
      handle: ROTATE_HANDLE,
      from: px(150, 76),
      to: px(250, 125),
      snap: true,
    };
    const rect = editedShape("rectangle", box, 0, gesture);
    expect(rect.rotationDeg).toBe(90);
    expect(rect.pixels).toEqual(box);

    const line = [px(100, 125), px(200, 125)];
    const turned = editedShape("line", line, 0, gesture);
    expect(turned.rotationDeg).toBe(0);
    expect(near(turned.pixels[0] as ViewportPixel, { x: 150, y: 75 })).toBe(
      true,
    );
    const strokes = editedStrokes("ink", line, [line], gesture);
    expect(near(strokes[0]?.[1] as ViewportPixel, { x: 150, y: 175 })).toBe(
      true,
    );
  });

  it("resizes a turned box along its sides, the opposite corner staying", () => {
    const fixed = drawnPixels("rectangle", box, 30)[0] as ViewportPixel;
    const r = (30 * Math.PI) / 180;
    const along = { x: Math.cos(r), y: Math.sin(r) };
    const across = { x: -Math.sin(r), y: Math.cos(r) };
    const target = px(
      fixed.x + 160 * along.x + 90 * across.x,
      fixed.y + 160 * along.y + 90 * across.y,
    );
    const resized = resizeTurnedBox(box, 30, 2, target, px);
    const drawn = drawnPixels("rectangle", resized, 30);
    expect(near(drawn[0] as ViewportPixel, fixed)).toBe(true);
    expect(near(drawn[2] as ViewportPixel, target)).toBe(true);
    // Still a box upright in its own frame: 160 by 90.
    const [a, b, c] = resized as [ViewportPixel, ViewportPixel, ViewportPixel];
    expect(b.x - a.x).toBeCloseTo(160);
    expect(c.y - b.y).toBeCloseTo(90);
  });
});

describe("turning from the keyboard", () => {
  const markup = {
    id: "m1",
    dossierId: "d",
    documentId: "doc",
    sheetIndex: 0,
    kind: "rectangle",
    points: [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ],
    comment: "",
    color: "#d62828",
    authorId: "u",
    authorName: "U",
    service: "S",
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    deleted: false,
    strokes: [],
    style: { rotationDeg: 350 },
    status: "open",
    inReplyTo: null,
    round: 1,
    subject: "",
    origin: "lajna",
  } satisfies Markup;

  const key = (over: Partial<Parameters<typeof arrangeCommandFor>[0]>) => ({
    key: "",
    code: "",
    ctrlKey: true,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...over,
  });

  it("binds Ctrl+Alt+R and Acrobat's bracket keys, not Ctrl+Shift+R", () => {
    expect(arrangeCommandFor(key({ code: "KeyR", altKey: true }))).toBe(
      "turnClockwise",
    );
    expect(
      arrangeCommandFor(key({ code: "KeyR", altKey: true, shiftKey: true })),
    ).toBe("turnCounter");
    expect(arrangeCommandFor(key({ code: "KeyR", shiftKey: true }))).toBe(null);
    expect(arrangeCommandFor(key({ key: "]", code: "BracketRight" }))).toBe(
      "forward",
    );
    expect(
      arrangeCommandFor(
        key({ key: "}", code: "BracketRight", shiftKey: true }),
      ),
    ).toBe("front");
    expect(arrangeCommandFor(key({ key: "[", code: "BracketLeft" }))).toBe(
      "backward",
    );
    expect(arrangeCommandFor(key({ key: "]", ctrlKey: false }))).toBe(null);
  });

  it("adds 15° to a box's rotation, past a full turn", () => {
    expect(turnedDraft(markup, 15)?.style?.rotationDeg).toBe(5);
  });

  it("turns a line's points clockwise on paper (y up)", () => {
    const line = {
      ...markup,
      kind: "line",
      style: {},
      points: [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
    } satisfies Markup;
    const turned = turnedDraft(line, 90)?.points ?? [];
    // Clockwise on paper: the right end goes down (smaller y).
    expect(turned[1]?.x).toBeCloseTo(5);
    expect(turned[1]?.y).toBeCloseTo(-5);
    expect(turnedDraft({ ...line, kind: "note" }, 90)).toBeNull();
  });
});
