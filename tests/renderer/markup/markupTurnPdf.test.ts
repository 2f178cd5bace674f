import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { annotatedPdf } from "../../../shared/annotations/annotatedPdf";
import type { Markup } from "../../../shared/domain/entities";
import {
  renderWithMutool,
  renderWithPdftoppm,
  type Raster,
} from "../../annotations/raster";

/*
 * A turned rectangle and a turned stamp in the annotated PDF, drawn by
 * poppler and MuPDF: the ink lies where the sheet viewer shows them
 * turned, not where they would stand upright.
 */

const DPI = 36;
const PAGE = { width: 612, height: 792 };
const dir = mkdtempSync(path.join(tmpdir(), "lajna-turn-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function markup(over: Partial<Markup>): Markup {
  return {
    id: "m",
    dossierId: "d",
    documentId: "doc",
    sheetIndex: 0,
    kind: "rectangle",
    // 200 x 40 points centred on (300, 400).
    points: [
      { x: 200, y: 420 },
      { x: 400, y: 420 },
      { x: 400, y: 380 },
      { x: 200, y: 380 },
    ],
    comment: "",
    color: "#000000",
    authorId: "u",
    authorName: "Karim Benali",
    service: "AU",
    createdAt: "2026-12-04T10:00:00.000Z",
    updatedAt: "2026-12-04T10:00:00.000Z",
    deleted: false,
    strokes: [],
    style: { strokeWidthPt: 4, rotationDeg: 90 },
    status: "open",
    inReplyTo: null,
    round: 1,
    subject: "",
    origin: "lajna",
    ...over,
  };
}

/** Whether a raster has dark ink within `r` points of a page point. */
function inkNear(raster: Raster, x: number, y: number, r = 6): boolean {
  const scale = DPI / 72;
  for (
    let row = (PAGE.height - y - r) * scale;
    row <= (PAGE.height - y + r) * scale;
    row++
  ) {
    for (let col = (x - r) * scale; col <= (x + r) * scale; col++) {
      const i = (Math.round(row) * raster.width + Math.round(col)) * 3;
      if ((raster.rgb[i] ?? 255) < 128) return true;
    }
  }
  return false;
}

async function exported(markups: Markup[], flatten: boolean, name: string) {
  const blank = await PDFDocument.create();
  blank.addPage([PAGE.width, PAGE.height]);
  const bytes = await annotatedPdf(await blank.save(), markups, flatten);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

describe("turned markups in the annotated PDF", () => {
  it.each([
    ["poppler", renderWithPdftoppm],
    ["MuPDF", renderWithMutool],
  ] as const)(
    "draws a quarter-turned rectangle turned (%s)",
    async (name, render) => {
      for (const flatten of [true, false]) {
        const file = await exported(
          [markup({})],
          flatten,
          `${name}-${flatten}`,
        );
        const raster = render(file, dir, DPI);
        // Turned: its short sides now run across at y = 300 and y = 500.
        expect(inkNear(raster, 300, 500)).toBe(true);
        expect(inkNear(raster, 300, 300)).toBe(true);
        // Upright it would have had sides at x = 200 and x = 400.
        expect(inkNear(raster, 200, 400)).toBe(false);
        expect(inkNear(raster, 400, 400)).toBe(false);
      }
    },
  );

  it("leaves an unturned rectangle where it stands", async () => {
    const file = await exported(
      [markup({ style: { strokeWidthPt: 4 } })],
      true,
      "upright",
    );
    const raster = renderWithPdftoppm(file, dir, DPI);
    expect(inkNear(raster, 200, 400)).toBe(true);
    expect(inkNear(raster, 300, 500)).toBe(false);
  });

  it("turns a stamp clockwise: its left end goes up", async () => {
    const stamp = markup({
      kind: "stamp",
      color: "#000000",
      style: { stampLabel: "Vu", rotationDeg: 90, strokeWidthPt: 4 },
    });
    const file = await exported([stamp], true, "stamp");
    const raster = renderWithPdftoppm(file, dir, DPI);
    expect(inkNear(raster, 300, 500)).toBe(true);
    expect(inkNear(raster, 200, 400)).toBe(false);
  });
});
