import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { degrees, PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchBox } from "../../../renderer/search/searchHit";
import {
  readSheets,
  witnessWords,
  type ReadSheet,
  type WitnessWord,
} from "./sheetTextKit";

/*
 * Hit boxes on a proportional font: Helvetica's "i" is a quarter of its
 * "W", so a share of the run's width per character would put a hit in the
 * middle of a line points away from its glyphs. pdftotext's
 * -bbox-layout words are the witness.
 */

const LINE = "iiiiiiiiii WWWWWWWWWW target";
const SIZE_PT = 12;
/** Where the turned line stands; the upright one ends well before. */
const TURNED_X = 380;

/** One sheet with the line drawn upright and, elsewhere, turned upwards. */
async function proportionalSheet(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([420, 420]);
  page.drawText(LINE, { x: 20, y: 100, size: SIZE_PT, font });
  page.drawText(LINE, {
    x: TURNED_X,
    y: 150,
    size: SIZE_PT,
    font,
    rotate: degrees(90),
  });
  return pdf.save();
}

let folder = "";
let words: WitnessWord[] = [];
let measured: ReadSheet;
let equalShares: ReadSheet;

beforeAll(async () => {
  const bytes = await proportionalSheet();
  folder = mkdtempSync(path.join(tmpdir(), "lajna-glyphs-"));
  const file = path.join(folder, "helvetica.pdf");
  writeFileSync(file, bytes);
  [measured] = (await readSheets(bytes)) as [ReadSheet];
  [equalShares] = (await readSheets(bytes, false)) as [ReadSheet];
  words = witnessWords(file, 0, measured.view, true);
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** pdftotext's word on the upright line or on the turned one. */
function word(text: string, upright: boolean): WitnessWord {
  const found = words.find(
    (w) => w.text === text && w.xMax - w.xMin > w.yMax - w.yMin === upright,
  );
  if (found === undefined) throw new Error(`pdftotext has no ${text}`);
  return found;
}

/**
 * The single box of each hit, upright line first; with `equal`, as the
 * search places them without PDFium's glyphs.
 */
function boxes(query: string, equal = false): SearchBox[] {
  const hits = (equal ? equalShares : measured).search(query);
  for (const hit of hits) expect(hit, query).toHaveLength(1);
  return hits.map((hit) => hit[0]!).sort((a, b) => a.from.x - b.from.x);
}

/** Where a box starts and ends along its line, and the same of a word. */
function alongLine(box: SearchBox, upright: boolean): [number, number] {
  return upright ? [box.from.x, box.to.x] : [box.from.y, box.to.y];
}

function wordAlong(w: WitnessWord, upright: boolean): [number, number] {
  return upright ? [w.xMin, w.xMax] : [w.yMin, w.yMax];
}

describe("hit boxes on a proportional font", () => {
  it("boxes a word at the end of a long line where pdftotext has it", () => {
    const [upright, turned] = boxes("target");
    for (const [box, isUpright] of [
      [upright!, true],
      [turned!, false],
    ] as const) {
      const [from, to] = alongLine(box, isUpright);
      const [wordFrom, wordTo] = wordAlong(
        word("target", isUpright),
        isUpright,
      );
      expect(Math.abs(from - wordFrom)).toBeLessThanOrEqual(1);
      expect(Math.abs(to - wordTo)).toBeLessThanOrEqual(1);
    }
  });

  it("covers the glyphs' height across the line", () => {
    const [upright] = boxes("target");
    const w = word("target", true);
    expect(upright!.from.y).toBeLessThanOrEqual(w.yMin + 1);
    expect(upright!.to.y).toBeGreaterThanOrEqual(w.yMax);
    expect(upright!.to.y - upright!.from.y).toBeLessThan(SIZE_PT * 1.2);
  });

  it("boxes parts of a word by their own glyphs' widths", () => {
    for (const [query, text] of [
      ["WWW", "WWWWWWWWWW"],
      ["iii", "iiiiiiiiii"],
    ] as const) {
      // Three hits per line, each three tenths of the word, in order.
      const hits = boxes(query).filter((b) => b.to.x < TURNED_X - SIZE_PT);
      expect(hits, query).toHaveLength(3);
      const w = word(text, true);
      const glyphPt = (w.xMax - w.xMin) / 10;
      hits.forEach((box, n) => {
        expect(Math.abs(box.from.x - (w.xMin + 3 * n * glyphPt))).toBeLessThan(
          1,
        );
        expect(
          Math.abs(box.to.x - (w.xMin + 3 * (n + 1) * glyphPt)),
        ).toBeLessThan(1);
      });
    }
  });

  it("is a test of glyph widths: equal shares miss by several points", () => {
    const [upright] = boxes("target", true);
    const w = word("target", true);
    expect(Math.abs(upright!.from.x - w.xMin)).toBeGreaterThan(5);
  });
});
