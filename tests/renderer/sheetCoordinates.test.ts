import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  getDocument,
  type PDFPageProxy,
} from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfPoint, viewportPixel } from "../../shared/geo/coordinates";
import {
  toPdfPoint,
  toViewportPixel,
} from "../../renderer/viewer/sheetCoordinates";

const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus");
const rotatedSheet = path.join(corpus, "plans/autocad2020_layout_5layers.pdf");
const plainSheet = path.join(
  corpus,
  "plans/pdfjs_issue21570_freecad_techdraw_A4.pdf",
);
const haveCorpus = existsSync(rotatedSheet) && existsSync(plainSheet);
if (!haveCorpus) {
  // Skipping is announced so a fresh clone knows why these did not run.
  process.stderr.write(
    "sheetCoordinates.test: ../shared/corpus is absent, skipping\n",
  );
}

async function firstPage(file: string): Promise<PDFPageProxy> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, isEvalSupported: false }).promise;
  return pdf.getPage(1);
}

describe.skipIf(!haveCorpus)("viewport <-> PDF user space", () => {
  let rotated: PDFPageProxy;
  let plain: PDFPageProxy;

  beforeAll(async () => {
    rotated = await firstPage(rotatedSheet);
    plain = await firstPage(plainSheet);
  });

  afterAll(async () => {
    await rotated?.cleanup();
    await plain?.cleanup();
  });

  it("round-trips points at several zooms and offsets", () => {
    for (const page of [plain, rotated]) {
      for (const scale of [0.1, 1, 7.5]) {
        const viewport = page.getViewport({
          scale,
          offsetX: -1234.5,
          offsetY: 87,
        });
        for (const [x, y] of [
          [0, 0],
          [100.25, 400.75],
          [612, 792],
        ] as const) {
          const pixel = toViewportPixel(viewport, pdfPoint(x, y));
          const back = toPdfPoint(viewport, pixel);
          expect(back.x).toBeCloseTo(x, 6);
          expect(back.y).toBeCloseTo(y, 6);
        }
      }
    }
  });

  it("shows a /Rotate 270 sheet turned, with corners where they belong", () => {
    expect(rotated.rotate).toBe(270);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = rotated.view;
    const widthPt = x1 - x0;
    const heightPt = y1 - y0;

    // The page's own rotation is applied: the viewport is landscape.
    const viewport = rotated.getViewport({ scale: 2 });
    expect(viewport.width).toBeCloseTo(heightPt * 2, 6);
    expect(viewport.height).toBeCloseTo(widthPt * 2, 6);

    // Turned a quarter anticlockwise, the sheet's bottom-left corner lands
    // at the viewer's bottom-right and its top-left at the bottom-left.
    const bottomLeft = toViewportPixel(viewport, pdfPoint(x0, y0));
    expect(bottomLeft.x).toBeCloseTo(viewport.width, 6);
    expect(bottomLeft.y).toBeCloseTo(viewport.height, 6);
    const topLeft = toViewportPixel(viewport, pdfPoint(x0, y1));
    expect(topLeft.x).toBeCloseTo(0, 6);
    expect(topLeft.y).toBeCloseTo(viewport.height, 6);
  });

  it("maps a click on an unrotated sheet with y flipped", () => {
    const viewport = plain.getViewport({
      scale: 1.5,
      offsetX: 10,
      offsetY: 20,
    });
    const [, y0 = 0, , y1 = 0] = plain.view;
    const point = toPdfPoint(viewport, viewportPixel(10, 20));
    expect(point.y).toBeCloseTo(y1, 6);
    const bottom = toPdfPoint(
      viewport,
      viewportPixel(10, 20 + (y1 - y0) * 1.5),
    );
    expect(bottom.y).toBeCloseTo(y0, 6);
  });
});

describe.skipIf(!haveCorpus)("drawn markup points", () => {
  it("stores a screen rectangle on a turned sheet as its four corners", async () => {
    const { drawnPoints } = await import("../../renderer/markup/drawnPoints");
    const page = await firstPage(rotatedSheet);
    const viewport = page.getViewport({ scale: 1.3, offsetX: 40, offsetY: 25 });
    const start = viewportPixel(100, 80);
    const end = viewportPixel(260, 140);

    const points = drawnPoints("cloud", start, end, viewport);
    expect(points).toHaveLength(4);

    // Back on screen, the corners are the rectangle the reviewer dragged.
    const corners = (points ?? []).map((p) => toViewportPixel(viewport, p));
    const expected = [
      [100, 80],
      [260, 80],
      [260, 140],
      [100, 140],
    ];
    corners.forEach((c, i) => {
      expect(c.x).toBeCloseTo(expected[i]?.[0] ?? NaN, 6);
      expect(c.y).toBeCloseTo(expected[i]?.[1] ?? NaN, 6);
    });

    // At another zoom the same PDF points land on the scaled rectangle.
    const zoomed = page.getViewport({ scale: 2.6, offsetX: 80, offsetY: 50 });
    const far = toViewportPixel(zoomed, (points ?? [])[2] ?? pdfPoint(0, 0));
    expect(far.x).toBeCloseTo(520, 6);
    expect(far.y).toBeCloseTo(280, 6);

    // Arrows keep tail then head; a slip of the mouse draws nothing.
    const arrow = drawnPoints("arrow", start, end, viewport) ?? [];
    expect(toViewportPixel(viewport, arrow[1] ?? pdfPoint(0, 0)).x).toBeCloseTo(
      260,
      6,
    );
    expect(
      drawnPoints("rectangle", start, viewportPixel(102, 81), viewport),
    ).toBeNull();
    expect(drawnPoints("text", start, start, viewport)).toHaveLength(1);
    await page.cleanup();
  });
});
