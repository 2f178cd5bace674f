import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "../../../server/demo/generate";
import type { SearchBox } from "../../../renderer/search/searchHit";
import { FIXED_NOW } from "../../demo/demoTestKit";
import { CHROMIUM, CHROMIUM_ARGS } from "../../support/demoStack";
import {
  boxContains,
  CORPUS_PLANS,
  HAS_CORPUS,
  readSheets,
  witnessHits,
  witnessWords,
  witnessSpans,
  type ReadSheet,
  type WitnessWord,
} from "./sheetTextKit";

/*
 * The search on real sheets: it finds a word as often as poppler's
 * pdftotext sees it, on the same sheets, and each hit's box lies on the
 * word pdftotext places there, starting and ending within a point of
 * where MuPDF places the matched characters, even inside longer words.
 */

if (!HAS_CORPUS) {
  process.stderr.write(
    "realSheets.test: no ../shared/corpus; corpus part skipped\n",
  );
}

/** Centre of a box. */
function centre(box: SearchBox) {
  return { x: (box.from.x + box.to.x) / 2, y: (box.from.y + box.to.y) / 2 };
}

function inWord(word: WitnessWord, x: number, y: number, marginPt: number) {
  return (
    x >= word.xMin - marginPt &&
    x <= word.xMax + marginPt &&
    y >= word.yMin - marginPt &&
    y <= word.yMax + marginPt
  );
}

/**
 * Checks a query on one sheet against pdftotext: as many hits as words
 * containing it, each hit's box centred on one of those words and each
 * of those words' centre inside a hit's box.
 */
function expectLikeWitness(
  file: string,
  sheet: ReadSheet,
  sheetIndex: number,
  query: string,
): number {
  const hits = sheet.search(query);
  const words = witnessHits(witnessWords(file, sheetIndex, sheet.view), query);
  expect(hits.length, `hits of "${query}"`).toBe(words.length);

  for (const boxes of hits) {
    const box = boxes[0]!;
    const { x, y } = centre(box);
    expect(
      words.some((w) => inWord(w, x, y, 1)),
      `"${query}" box at ${x.toFixed(1)}, ${y.toFixed(1)} lies on a word`,
    ).toBe(true);
  }
  for (const word of words) {
    const x = (word.xMin + word.xMax) / 2;
    const y = (word.yMin + word.yMax) / 2;
    // The word may be longer than the query ("(E)driveway"): its centre
    // then lies on the query's row, within a few characters.
    const height = word.yMax - word.yMin;
    expect(
      hits.some((boxes) => boxes.some((b) => boxContains(b, x, y, height * 3))),
      `"${word.text}" at ${x.toFixed(1)}, ${y.toFixed(1)} is covered`,
    ).toBe(true);
  }
  return hits.length;
}

/** The box around all of a hit's boxes (one per run it touches). */
function hull(boxes: readonly SearchBox[]): SearchBox {
  const from = { x: Infinity, y: Infinity };
  const to = { x: -Infinity, y: -Infinity };
  for (const box of boxes) {
    from.x = Math.min(from.x, box.from.x);
    from.y = Math.min(from.y, box.from.y);
    to.x = Math.max(to.x, box.to.x);
    to.y = Math.max(to.y, box.to.y);
  }
  return { from, to } as SearchBox;
}

/**
 * Checks that every occurrence MuPDF finds on a horizontal line has a hit
 * on its row whose box starts and ends within `tolerancePt` of its
 * characters' edges. Answers how many occurrences were checked.
 */
function expectTightBoxes(
  file: string,
  sheet: ReadSheet,
  sheetIndex: number,
  query: string,
  tolerancePt = 1,
): number {
  const hits = sheet.search(query).map(hull);
  const spans = witnessSpans(file, sheetIndex, sheet.view, query);
  for (const span of spans) {
    const row = (span.yMin + span.yMax) / 2;
    const near = hits.filter((h) => h.from.y <= row && row <= h.to.y);
    const offPt = Math.min(
      ...near.map((h) =>
        Math.max(Math.abs(h.from.x - span.xMin), Math.abs(h.to.x - span.xMax)),
      ),
    );
    expect(
      offPt,
      `"${query}" at ${span.xMin.toFixed(1)}, ${row.toFixed(1)}`,
    ).toBeLessThanOrEqual(tolerancePt);
  }
  return spans.length;
}

describe("searching the demo building-permit dossier", () => {
  let folder = "";
  const files: { file: string; sheets: ReadSheet[] }[] = [];

  beforeAll(async () => {
    const data = await generateDemoData({ now: FIXED_NOW });
    const dossier = data.dossiers.find((d) => d.number.includes("-AC-"));
    folder = mkdtempSync(path.join(tmpdir(), "lajna-search-"));
    for (const doc of dossier?.documents ?? []) {
      const file = path.join(folder, doc.fileName);
      writeFileSync(file, doc.pdf);
      files.push({ file, sheets: await readSheets(new Uint8Array(doc.pdf)) });
    }
  }, 120_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Hits per file name, for the sheets that have some. */
  const hitsPerFile = (query: string) =>
    Object.fromEntries(
      files
        .map(({ file, sheets }) => [
          path.basename(file),
          sheets.reduce((n, s) => n + s.search(query).length, 0),
        ])
        .filter(([, n]) => n !== 0),
    );

  it("finds 'sejour' without its accent on the upper-floor plan only", () => {
    expect(files).toHaveLength(6);
    expect(hitsPerFile("sejour")).toEqual({ "04-plan-etage.pdf": 2 });
    expect(hitsPerFile("SÉJOUR")).toEqual({ "04-plan-etage.pdf": 2 });
  });

  it("finds words where pdftotext places them", () => {
    let total = 0;
    for (const query of ["Chambre", "cloison", "Commerce", "RUE"]) {
      for (const { file, sheets } of files) {
        sheets.forEach((sheet, i) => {
          total += expectLikeWitness(file, sheet, i, query);
        });
      }
    }
    expect(total).toBeGreaterThan(8);
  });

  it("boxes words and parts of words where their glyphs stand", () => {
    let total = 0;
    for (const query of ["Chambre", "ambre", "cloison", "ois", "m²"]) {
      for (const { file, sheets } of files) {
        sheets.forEach((sheet, i) => {
          total += expectTightBoxes(file, sheet, i, query);
        });
      }
    }
    expect(total).toBeGreaterThan(8);
  });

  it("matches a phrase across the pieces of one line, not across lines", () => {
    expect(hitsPerFile("salle d'eau")).toEqual({ "04-plan-etage.pdf": 2 });
    expect(hitsPerFile("hall d’entree")).toEqual({ "03-plan-rdc.pdf": 1 });
    // "Séjour" stands above its area "S = 33.54 m²": another line.
    expect(hitsPerFile("sejour s =")).toEqual({});
  });
});

describe.skipIf(!HAS_CORPUS)("searching corpus plans", () => {
  const plan = (name: string) => path.join(CORPUS_PLANS, name);
  const read = async (name: string) =>
    readSheets(new Uint8Array(readFileSync(plan(name))));

  it("finds room names on the 42 x 30 in electrical plan", async () => {
    const name = "bluebeam_E201A_electrical_floor_plan_42x30.pdf";
    const [sheet] = await read(name);
    for (const query of ["CARTS", "staging", "Hematology", "reception"]) {
      expect(expectLikeWitness(plan(name), sheet!, 0, query)).toBeGreaterThan(
        0,
      );
    }
    // Parts of words in its proportional fonts.
    expect(expectTightBoxes(plan(name), sheet!, 0, "ing")).toBe(20);
    expect(expectTightBoxes(plan(name), sheet!, 0, "E")).toBeGreaterThan(300);
  });

  it("finds words inside longer ones on an AutoCAD site plan", async () => {
    const name = "autocad2024_site_plan_existing_proposed_archD_10layers.pdf";
    const [sheet] = await read(name);
    expect(expectLikeWitness(plan(name), sheet!, 0, "driveway")).toBe(4);
    expect(expectLikeWitness(plan(name), sheet!, 0, "garage")).toBe(2);
    for (const query of ["driveway", "garage", "way", "ing"]) {
      expect(expectTightBoxes(plan(name), sheet!, 0, query)).toBeGreaterThan(1);
    }
  });

  it("says a scanned plan has no text", async () => {
    const [sheet] = await read("opentakeoff_fixture_scanned_plan_raster.pdf");
    expect(sheet!.hasText).toBe(false);
    expect(sheet!.search("plan")).toEqual([]);
  });
});

describe.skipIf(!existsSync(CHROMIUM))(
  "searching Arabic printed by Chromium",
  () => {
    // Chromium draws Arabic glyph by glyph from the left in presentation
    // forms, as many PDF producers do; the reviewer types plain letters.
    let folder = "";
    let file = "";
    let sheet: ReadSheet;

    beforeAll(async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [...CHROMIUM_ARGS],
      });
      const page = await browser.newPage();
      await page.setContent(
        `<html dir="rtl" lang="ar"><body style="font: 20px 'Noto Naskh Arabic'">
      <p>مُلاحظة: الطابق الأرضي مخصص للتجارة.</p>
      <p>واجهة المبنى الجنوبية ــ إرتفاع ١٣٫٥٠ م</p>
      <p>Plan de façade — Séjour</p></body></html>`,
      );
      folder = mkdtempSync(path.join(tmpdir(), "lajna-search-ar-"));
      file = path.join(folder, "arabic.pdf");
      writeFileSync(file, await page.pdf({ format: "A4" }));
      await browser.close();
      [sheet] = (await readSheets(new Uint8Array(readFileSync(file)))) as [
        ReadSheet,
      ];
    }, 120_000);

    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("finds words typed without hamza, tashkeel or tāʾ marbūṭa", () => {
      for (const query of ["الارضي", "للتجاره", "ملاحظه", "ارتفاع"]) {
        expect(sheet.search(query), query).toHaveLength(1);
      }
      expect(sheet.search("الطابق الارضي مخصص")).toHaveLength(1);
      expect(sheet.search("ارتفاع ١٣٫٥٠ م")).toHaveLength(1);
      expect(sheet.search("façade — sejour")).toHaveLength(1);
    });

    it("puts the boxes on the Arabic words pdftotext sees", () => {
      for (const query of ["الارضي", "للتجاره", "الجنوبيه"]) {
        expectLikeWitness(file, sheet, 0, query);
      }
    });

    it("boxes Arabic words and Latin parts of words to their glyphs", () => {
      // "للتجارة." ends in a run "رة." whose glyphs differ in width.
      for (const query of ["للتجاره", "الارضي", "مخصص", "الطابق", "jour"]) {
        expect(expectTightBoxes(file, sheet, 0, query), query).toBe(1);
      }
    });
  },
);
