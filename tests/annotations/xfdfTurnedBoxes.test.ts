import { describe, expect, it } from "vitest";
import { turnedPoints } from "../../shared/annotations/turnedAppearance";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import { writeXfdf } from "../../shared/annotations/xfdfWriter";
import { markupSchema, type Markup } from "../../shared/domain/entities";
import { asMarkups, geometryGapPt } from "./support";

/*
 * Turned rectangles and ellipses leave as polygons of their turned
 * outline, so readers that ignore a Square's rotation still draw them
 * turned, and come back to Lajna as the turned box they were.
 */

function turnedBox(kind: "rectangle" | "ellipse", deg: number): Markup {
  return markupSchema.parse({
    id: `${kind}-1`,
    dossierId: "d1",
    documentId: "doc1",
    sheetIndex: 0,
    kind,
    points: [
      { x: 100, y: 300 },
      { x: 260, y: 300 },
      { x: 260, y: 220 },
      { x: 100, y: 220 },
    ],
    comment: "Emprise au sol",
    color: "#c02020",
    authorId: "u1",
    authorName: "Nadia Alaoui",
    service: "Agence urbaine",
    createdAt: "2026-03-01T09:00:00.000Z",
    updatedAt: "2026-03-01T09:30:00.000Z",
    deleted: false,
    style: { strokeWidthPt: 2, rotationDeg: deg, fillColor: "#ffeeee" },
  });
}

function read(xfdf: string): Markup[] {
  const set = markupsFromXfdf(readXfdf(xfdf), {
    pageCount: 1,
    nowIso: "2026-03-02T00:00:00.000Z",
  });
  return asMarkups(set.markups);
}

/** What a reader that knows no Lajna attribute sees. */
function asOtherReader(xfdf: string): Markup[] {
  return read(xfdf.replace(/ lajna-[a-z]+="[^"]*"/g, ""));
}

describe("turned boxes in XFDF", () => {
  it("writes a turned rectangle as a polygon of its turned corners", () => {
    const box = turnedBox("rectangle", 30);
    const xfdf = writeXfdf([box], "plan.pdf");
    expect(xfdf).toContain("<polygon ");
    expect(xfdf).not.toContain(' rotation="');

    const [seen] = asOtherReader(xfdf);
    expect(seen?.kind).toBe("polygon");
    const drawn = { ...box, points: turnedPoints(box) };
    expect(geometryGapPt(drawn, seen ?? box)).toBeLessThan(1e-5);
  });

  it("writes a turned ellipse as a polygon on its turned outline", () => {
    const [seen] = asOtherReader(writeXfdf([turnedBox("ellipse", 45)], "p"));
    const points = seen?.points ?? [];
    expect(points.length).toBeGreaterThanOrEqual(32);
    const r = (45 * Math.PI) / 180;
    for (const p of points) {
      // Turn back about the centre (180, 260): on the upright ellipse.
      const dx = p.x - 180;
      const dy = p.y - 260;
      const ux = Math.cos(r) * dx - Math.sin(r) * dy;
      const uy = Math.sin(r) * dx + Math.cos(r) * dy;
      expect((ux / 80) ** 2 + (uy / 40) ** 2).toBeCloseTo(1, 5);
    }
  });

  it.each(["rectangle", "ellipse"] as const)(
    "re-imports a turned %s as it was, through two round trips",
    (kind) => {
      const box = turnedBox(kind, -72.5);
      const once = read(writeXfdf([box], "plan.pdf"));
      const twice = read(writeXfdf(once, "plan.pdf"));
      for (const back of [once[0], twice[0]]) {
        expect(back?.kind).toBe(kind);
        expect(back?.style.rotationDeg).toBe(-72.5);
        expect(back?.style.fillColor).toBe("#ffeeee");
        expect(back?.comment).toBe("Emprise au sol");
        expect(geometryGapPt(box, back ?? box)).toBeLessThan(1e-5);
      }
    },
  );

  it("keeps an upright rectangle a square", () => {
    const xfdf = writeXfdf([turnedBox("rectangle", 0)], "plan.pdf");
    expect(xfdf).toContain("<square ");
    expect(read(xfdf)[0]?.kind).toBe("rectangle");
  });
});

/** The largest distance between matching points, Infinity if unmatched. */
function farthest(
  a: readonly { x: number; y: number }[],
  b: readonly { x: number; y: number }[],
): number {
  if (a.length !== b.length) return Infinity;
  return Math.max(
    ...a.map((p, i) =>
      Math.hypot(p.x - (b[i]?.x ?? NaN), p.y - (b[i]?.y ?? NaN)),
    ),
  );
}

describe("boxes another program moved", () => {
  /** Moves every x,y pair in the rect and vertices, as a reader would. */
  const moved = (xfdf: string, dx: number, dy: number) => {
    const shift = (pairs: string) =>
      pairs.replace(
        /(-?[\d.]+),(-?[\d.]+)/g,
        (_, x: string, y: string) => `${Number(x) + dx},${Number(y) + dy}`,
      );
    return xfdf
      .replace(/ rect="([^"]*)"/g, (_, v: string) => ` rect="${shift(v)}"`)
      .replace(
        /<vertices>([^<]*)</g,
        (_, v: string) => `<vertices>${shift(v)}<`,
      );
  };

  it("comes back where the other program left a turned rectangle", () => {
    const box = turnedBox("rectangle", 30);
    const [back] = read(moved(writeXfdf([box], "plan.pdf"), 50, -20));
    expect(back?.style.rotationDeg).toBe(30);
    const expected = box.points.map((p) => ({ x: p.x + 50, y: p.y - 20 }));
    expect(farthest(back?.points ?? [], expected)).toBeLessThan(0.01);
  });

  it("stays put when nothing moved it", () => {
    const box = turnedBox("ellipse", 45);
    const [back] = read(writeXfdf([box], "plan.pdf"));
    expect(farthest(back?.points ?? [], box.points)).toBeLessThan(0.01);
  });
});
