import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { annotatedPdf } from "../../shared/annotations/annotatedPdf";
import { renderWithPdftoppm, type Raster } from "./raster";
import { box, markup } from "./sampleMarkups";

/*
 * An exported stamp looks like the viewer's: a border with rounded
 * corners and bold words. Drawn by poppler from the annotated PDF.
 */

const DPI = 288;
const SCALE = DPI / 72;
const PAGE = { width: 400, height: 300 };
const BOX = { left: 100, bottom: 100, width: 200, height: 80 };

const workDir = mkdtempSync(path.join(tmpdir(), "lajna-stamp-face-"));
let raster: Raster;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.addPage([PAGE.width, PAGE.height]);
  const stamp = markup("s", {
    kind: "stamp",
    points: box(BOX.left, BOX.bottom, BOX.width, BOX.height),
    color: "#000000",
    style: { stampLabel: "incomplete" },
  });
  const file = path.join(workDir, "stamp.pdf");
  const bytes = await annotatedPdf(await doc.save(), [stamp], false, {
    language: "fr",
  });
  writeFileSync(file, bytes);
  raster = renderWithPdftoppm(file, workDir, DPI);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The grey level (0 black) of the pixel at a page point. */
function grey(x: number, y: number): number {
  const col = Math.floor(x * SCALE);
  const row = Math.floor((PAGE.height - y) * SCALE);
  const i = (row * raster.width + col) * 3;
  return raster.rgb[i] ?? 255;
}

it("rounds the border's corners", () => {
  const top = BOX.bottom + BOX.height;
  // A square border's 2 pt stroke covers its corner point; a rounded one
  // passes about 1.2 pt inside it.
  expect(grey(BOX.left + BOX.width / 2, top)).toBeLessThan(100);
  expect(grey(BOX.left + 0.05, top - 0.05)).toBeGreaterThan(160);
  expect(grey(BOX.left + BOX.width - 0.05, BOX.bottom + 0.05)).toBeGreaterThan(
    160,
  );
});

it("draws the words bold", () => {
  // The first letter of INCOMPLET: an I, whose stem is about 0.13 of its
  // height in Helvetica and 0.19 in Helvetica Bold.
  const rows = labelRows();
  const firstCol = firstDarkColumn(rows);
  const letter = rows.filter((row) => dark(row, firstCol + 1));
  const middle = letter[Math.floor(letter.length / 2)] ?? 0;
  let stem = 0;
  while (dark(middle, firstCol + stem)) stem += 1;
  const height = letter.length;

  expect(height).toBeGreaterThan(20);
  expect(stem / height).toBeGreaterThan(0.17);
});

function dark(row: number, col: number): boolean {
  return (raster.rgb[(row * raster.width + col) * 3] ?? 255) < 128;
}

/** Raster rows of the label's band: the upper 60 % inside the border. */
function labelRows(): number[] {
  const top = Math.ceil((PAGE.height - BOX.bottom - BOX.height + 3) * SCALE);
  const bottom = Math.floor(
    (PAGE.height - BOX.bottom - 0.6 * BOX.height) * SCALE,
  );
  const rows: number[] = [];
  for (let row = top; row < bottom; row += 1) rows.push(row);
  return rows;
}

/** The leftmost column inside the border with ink in the label's band. */
function firstDarkColumn(rows: readonly number[]): number {
  const start = Math.ceil((BOX.left + 3) * SCALE);
  for (let col = start; col < raster.width; col += 1) {
    if (rows.some((row) => dark(row, col))) return col;
  }
  throw new Error("the label drew nothing");
}
