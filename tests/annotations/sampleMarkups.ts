import {
  markupSchema,
  type Markup,
  type MarkupInput,
} from "../../shared/domain/entities";

/** The corners of a box (left, bottom, width, height), top-left first. */
export const box = (x: number, y: number, w: number, h: number) => [
  { x, y: y + h },
  { x: x + w, y: y + h },
  { x: x + w, y },
  { x, y },
];

/** A markup by Nadia Alaoui on sheet 0, with `fields` over the defaults. */
export function markup(id: string, fields: Partial<MarkupInput>): Markup {
  return markupSchema.parse({
    id,
    dossierId: "d1",
    documentId: "doc1",
    sheetIndex: 0,
    kind: "rectangle",
    points: box(0, 0, 10, 10),
    comment: "",
    color: "#e000e0",
    authorId: "u1",
    authorName: "Nadia Alaoui",
    service: "Agence urbaine",
    createdAt: "2026-03-01T09:00:00.000Z",
    updatedAt: "2026-03-01T09:30:00.000Z",
    deleted: false,
    style: { strokeWidthPt: 3 },
    ...fields,
  });
}

/**
 * One markup of each drawn kind, apart from each other on an 842 x 595 pt
 * sheet, in a magenta no plan uses.
 */
export const sampleMarkups: Markup[] = [
  markup("cloud", { kind: "cloud", points: box(60, 420, 120, 80) }),
  markup("rect", { kind: "rectangle", points: box(240, 420, 100, 70) }),
  markup("ellipse", { kind: "ellipse", points: box(400, 420, 100, 70) }),
  markup("arrow", {
    kind: "arrow",
    points: [
      { x: 580, y: 430 },
      { x: 700, y: 500 },
    ],
  }),
  markup("ink", {
    kind: "ink",
    points: box(60, 250, 120, 60),
    strokes: [
      [
        { x: 60, y: 250 },
        { x: 120, y: 310 },
        { x: 180, y: 260 },
      ],
    ],
  }),
  markup("text", {
    kind: "text",
    // The viewer keeps a text's anchor only (renderer/markup/drawnPoints.ts).
    points: [{ x: 240, y: 290 }],
    comment: "Retrait 5 m",
    style: { fontSizePt: 14 },
  }),
  markup("stamp", {
    kind: "stamp",
    points: box(420, 250, 130, 45),
    style: { stampLabel: "Approved" },
  }),
  markup("callout", {
    kind: "callout",
    // The leader's tip, then the box's corners, as the viewer keeps them.
    points: [{ x: 620, y: 200 }, ...box(600, 260, 120, 40)],
    comment: "Voir cote",
  }),
  markup("polyline", {
    kind: "polyline",
    points: [
      { x: 60, y: 80 },
      { x: 120, y: 150 },
      { x: 180, y: 90 },
    ],
  }),
  markup("highlight", {
    kind: "highlight",
    // Going round, as the viewer draws a box; files get QuadPoints order.
    points: box(240, 90, 120, 30),
    color: "#ffd000",
    style: {},
  }),
  markup("note", { kind: "note", points: [{ x: 420, y: 118 }] }),
];
