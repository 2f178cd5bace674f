import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { foldText } from "../../../renderer/search/foldText";
import type { SearchBox } from "../../../renderer/search/searchHit";
import { inkBoxes, type InkBox } from "./inkKit";
import {
  CORPUS_PLANS,
  HAS_CORPUS,
  readSheets,
  witnessSpans,
  type ReadSheet,
} from "./sheetTextKit";

/*
 * Hit heights on corpus sheets come from each font's ascent and descent
 * as PDFium reads them, not from fixed shares of the font size. MuPDF is
 * the witness, within a tolerance stated per sheet as a share of its own
 * box's height: the two readers take a font's ascent from different
 * places (PDFium from what the PDF declares, MuPDF from the font file),
 * so they agree closely only where those agree. Whatever the declared
 * metrics, a hit covers the ink of its letters (PDFium's tight boxes).
 */

interface Case {
  readonly name: string;
  readonly queries: readonly string[];
  /** Largest top or bottom gap to MuPDF, as a share of its height. */
  readonly tolerance: number;
  readonly why: string;
}

const CASES: readonly Case[] = [
  {
    name: "pdfjs_Test-plusminus_autocad_titleblock_3layers.pdf",
    queries: ["E", "a"],
    tolerance: 0.04,
    why: "Tahoma declares what its file holds; fixed shares miss by 0.125",
  },
  {
    name: "autocad2024_site_plan_existing_proposed_archD_10layers.pdf",
    queries: ["E", "a", "ing"],
    tolerance: 0.12,
    why: "PDFium takes ArialMT's font box, MuPDF its file; shares miss by 0.16",
  },
  {
    name: "bluebeam_E201A_electrical_floor_plan_42x30.pdf",
    queries: ["E", "a", "ing", "y"],
    tolerance: 0.2,
    why: "the PDF declares Arial Narrow's cap height (0.728 em) as ascent",
  },
  {
    name: "geopdf_topo_map_17layers.pdf",
    queries: ["E", "a"],
    tolerance: 0.06,
    why: "its Arial declares twice the font size: fixed shares stand in",
  },
];

/** Margin for rounding between PDFium's floats and MuPDF's text, pt. */
const ROUNDING_PT = 0.25;

/** The hit on the row of a MuPDF span whose box holds its middle. */
function hitOn(
  hits: readonly SearchBox[],
  span: { xMin: number; xMax: number; yMin: number; yMax: number },
): SearchBox | undefined {
  const x = (span.xMin + span.xMax) / 2;
  const y = (span.yMin + span.yMax) / 2;
  return hits.find(
    (b) => b.from.x <= x && x <= b.to.x && b.from.y <= y && y <= b.to.y,
  );
}

/** Whether a box's quad runs left to right on the sheet. */
function upright(box: SearchBox): boolean {
  const [start, end] = box.quad;
  return Math.abs(end.y - start.y) < 0.01 && end.x > start.x;
}

/** The ink of glyphs of the query's letters whose middle is in a box. */
function inkIn(box: SearchBox, ink: readonly InkBox[], query: string) {
  const letters = foldText(query).text;
  return ink.filter((g) => {
    const x = (g.left + g.right) / 2;
    const y = (g.bottom + g.top) / 2;
    const inside =
      box.from.x < x && x < box.to.x && box.from.y < y && y < box.to.y;
    return inside && letters.includes(foldText(g.char).text);
  });
}

describe.skipIf(!HAS_CORPUS)("hit heights on corpus plans", () => {
  const cache = new Map<string, Promise<ReadSheet>>();
  const sheetOf = (name: string) => {
    let read = cache.get(name);
    if (read === undefined) {
      const bytes = readFileSync(path.join(CORPUS_PLANS, name));
      read = readSheets(new Uint8Array(bytes)).then(([s]) => s!);
      cache.set(name, read);
    }
    return read;
  };

  it.each(CASES)("tops and bottoms near MuPDF's on $name", async (c) => {
    const file = path.join(CORPUS_PLANS, c.name);
    const sheet = await sheetOf(c.name);
    let checked = 0;
    for (const query of c.queries) {
      const hits = sheet.search(query).flat();
      for (const span of witnessSpans(file, 0, sheet.view, query)) {
        const hit = hitOn(hits, span);
        expect(hit, `${query} at ${span.xMin}, ${span.yMin}`).toBeDefined();
        const allowed = c.tolerance * (span.yMax - span.yMin) + ROUNDING_PT;
        const where = `${query} at ${span.xMin.toFixed(1)}: ${c.why}`;
        expect(Math.abs(hit!.to.y - span.yMax), where).toBeLessThan(allowed);
        expect(Math.abs(hit!.from.y - span.yMin), where).toBeLessThan(allowed);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it.each(CASES)("covers its letters' ink on $name", async (c) => {
    const sheet = await sheetOf(c.name);
    const ink = await inkBoxes(
      readFileSync(path.join(CORPUS_PLANS, c.name)),
      0,
    );
    let glyphs = 0;
    for (const query of c.queries) {
      const boxes = sheet.search(query).flat().filter(upright);
      for (const box of boxes) {
        for (const g of inkIn(box, ink, query)) {
          expect(g.top, `${g.char} top`).toBeLessThan(box.to.y + ROUNDING_PT);
          expect(g.bottom, `${g.char} bottom`).toBeGreaterThan(
            box.from.y - ROUNDING_PT,
          );
          glyphs++;
        }
      }
    }
    expect(glyphs).toBeGreaterThan(5);
  });
});
