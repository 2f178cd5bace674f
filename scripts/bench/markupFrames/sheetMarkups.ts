import { markupSchema, type Markup } from "../../../shared/domain/entities";

/** An A1 sheet, landscape, in PDF points. */
export const SHEET_PT = { width: 2384, height: 1684 } as const;

const KINDS = [
  "cloud",
  "arrow",
  "line",
  "rectangle",
  "ellipse",
  "polygon",
  "polyline",
  "ink",
  "highlight",
  "text",
  "callout",
  "stamp",
  "note",
] as const;
const COLOURS = ["#d62828", "#1d3557", "#2a9d8f", "#e76f51"] as const;
const COMMENTS = [
  "Recul sur voie non respecté",
  "الارتفاع يتجاوز الحد المسموح به",
  "Accès pompiers à préciser",
  "Coter la hauteur totale",
] as const;

type Box = { x: number; y: number; w: number; h: number };

/**
 * `count` markups of thirteen kinds on one sheet, in a grid of small
 * cells (a heavily reviewed plan), each kind drawn as the tools draw it.
 * Deterministic, so two runs measure the same drawing.
 */
export function sheetMarkups(count: number): Markup[] {
  const columns = Math.ceil(
    Math.sqrt((count * SHEET_PT.width) / SHEET_PT.height),
  );
  const rows = Math.ceil(count / columns);
  const cellW = SHEET_PT.width / columns;
  const cellH = SHEET_PT.height / rows;
  return Array.from({ length: count }, (_, i) => {
    const box = {
      x: (i % columns) * cellW + cellW * 0.1,
      y: Math.floor(i / columns) * cellH + cellH * 0.1,
      w: cellW * 0.8,
      h: cellH * 0.8,
    };
    return markupOf(i, KINDS[i % KINDS.length]!, box);
  });
}

function corners(b: Box) {
  return [
    { x: b.x, y: b.y + b.h },
    { x: b.x + b.w, y: b.y + b.h },
    { x: b.x + b.w, y: b.y },
    { x: b.x, y: b.y },
  ];
}

function geometryOf(kind: (typeof KINDS)[number], b: Box) {
  const zigzag = [0, 1, 2, 3, 4].map((k) => ({
    x: b.x + (b.w * k) / 4,
    y: b.y + (k % 2 === 0 ? 0 : b.h),
  }));
  switch (kind) {
    case "arrow":
    case "line":
      return { points: [corners(b)[3]!, corners(b)[1]!], strokes: [] };
    case "polygon":
    case "cloud":
      return { points: [...corners(b), corners(b)[0]!], strokes: [] };
    case "polyline":
      return { points: zigzag, strokes: [] };
    case "ink":
      return { points: corners(b), strokes: [zigzag] };
    case "highlight": {
      const [tl, tr, br, bl] = corners(b);
      return { points: [tl!, tr!, bl!, br!], strokes: [] };
    }
    case "callout":
      return {
        points: [...corners(b), { x: b.x - 4, y: b.y - 4 }, corners(b)[3]!],
        strokes: [],
      };
    default:
      return { points: corners(b), strokes: [] };
  }
}

function markupOf(i: number, kind: (typeof KINDS)[number], b: Box): Markup {
  return markupSchema.parse({
    id: `m${i}`,
    dossierId: "d1",
    documentId: "doc1",
    sheetIndex: 0,
    kind,
    ...geometryOf(kind, b),
    comment: `${COMMENTS[i % COMMENTS.length]} #${i}`,
    color: COLOURS[i % COLOURS.length],
    authorId: `u${i % 4}`,
    authorName: `Member ${i % 4}`,
    service: "Agence urbaine",
    createdAt: "2026-03-01T10:00:00Z",
    updatedAt: "2026-03-01T11:00:00Z",
    deleted: false,
    style:
      kind === "stamp"
        ? { stampLabel: "Approved", fontSizePt: 6 }
        : { strokeWidthPt: 1.5, fontSizePt: 6 },
  });
}
