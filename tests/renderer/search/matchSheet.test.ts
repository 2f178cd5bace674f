import { describe, expect, it } from "vitest";
import { foldQuery } from "../../../renderer/search/foldText";
import { joinRuns } from "../../../renderer/search/joinedText";
import { findInSheet } from "../../../renderer/search/matchSheet";
import {
  hasText,
  sheetTextFromItems,
  type TextRun,
} from "../../../renderer/search/sheetText";
import { runBox } from "../../../renderer/search/textBoxes";

/** A horizontal run at (x, y), `size` points high, 0.5 em per char. */
function run(text: string, x: number, y: number, size = 10): TextRun {
  return {
    text,
    transform: [size, 0, 0, size, x, y],
    widthPt: text.length * size * 0.5,
    rtl: false,
  };
}

function search(runs: TextRun[], query: string) {
  const sheet = { sheetIndex: 0, runs };
  return findInSheet(sheet, joinRuns(sheet), foldQuery(query));
}

/** The lines of some runs, as joined text would read them. */
function lines(runs: TextRun[]): string[] {
  return joinRuns({ sheetIndex: 0, runs }).display.split("\n");
}

describe("joining runs into lines", () => {
  it("joins a run that continues the line, with a space across a gap", () => {
    expect(lines([run("Salle", 100, 200), run("d'eau", 125, 200)])).toEqual([
      "Salled'eau",
    ]);
    expect(lines([run("Salle", 100, 200), run("d'eau", 130, 200)])).toEqual([
      "Salle d'eau",
    ]);
  });

  it("breaks the line on another baseline, far away, turned or overdrawn", () => {
    const a = run("Salle", 100, 200);
    expect(lines([a, run("d'eau", 125, 180)])).toHaveLength(2);
    expect(lines([a, run("d'eau", 300, 200)])).toHaveLength(2);
    const turned: TextRun = {
      ...run("d'eau", 125, 200),
      transform: [0, 10, -10, 0, 125, 200],
    };
    expect(lines([a, turned])).toHaveLength(2);
    // A CAD bold: the same word drawn again a fraction of a point aside.
    expect(lines([a, run("Salle", 100.4, 200)])).toEqual(["Salle", "Salle"]);
  });

  it("reads right-to-left text drawn from the right", () => {
    const a: TextRun = { ...run("الطابق", 200, 100), rtl: true };
    const b: TextRun = { ...run("الأول", 165, 100), rtl: true };
    // b ends at 165 + 25 = 190, 10 pt before a starts: one space.
    expect(lines([a, b])).toEqual(["الطابق الأول"]);
    expect(search([a, b], "الطابق الاول")).toHaveLength(1);
  });

  it("reads Arabic drawn glyph by glyph from the left, numbers kept", () => {
    // "الأرضي ١٢ م" as Chromium prints it: presentation forms, left first.
    const glyphs = ["م", " ", "١٢", " ", "\uFEF2", "\uFEBF", "الأر"];
    let x = 100;
    const runs = glyphs.map((g) => {
      const r: TextRun = { ...run(g, x, 100), rtl: g.trim() !== "" };
      x += r.widthPt;
      return r;
    });
    expect(lines(runs)).toEqual(["الأر\uFEBF\uFEF2 ١٢ م"]);
    expect(search(runs, "الارضي")).toHaveLength(1);
    expect(search(runs, "الارضي ١٢")).toHaveLength(1);
  });

  it("keeps an Arabic name in French reading order", () => {
    // "Rue حسن 12": the name drawn glyph by glyph from the left (ن س ح).
    const glyph = (g: string, x: number): TextRun => ({
      ...run(g, x, 100),
      rtl: true,
    });
    const runs = [
      run("Rue", 100, 100),
      glyph("\uFEE6", 120),
      glyph("\uFEB4", 125),
      glyph("\uFEA3", 130),
      run("12", 140, 100),
    ];
    expect(search(runs, "rue حسن 12")).toHaveLength(1);
  });
});

describe("matching on a sheet", () => {
  it("finds a word split over two runs of one line, with a box for each", () => {
    const hits = search(
      [run("Hall d'en", 100, 200), run("trée", 145, 200)],
      "ENTREE",
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.boxes).toHaveLength(2);
    expect(hits[0]?.snippet).toEqual({
      before: "Hall d'",
      match: "entrée",
      after: "",
    });
  });

  it("finds a dimension written with a comma or a point either way", () => {
    const comma = [run("L=17,53 m", 100, 200)];
    const point = [run("L=17.53 m", 100, 200)];
    for (const [runs, query] of [
      [comma, "17.53"],
      [comma, "17,53"],
      [point, "17,53"],
    ] as const) {
      const [hit, ...others] = search([...runs], query);
      expect(others).toHaveLength(0);
      // Characters 2..7 of 9 over 45 pt: x 110..135, the whole number.
      expect(hit?.boxes).toHaveLength(1);
      expect(hit?.boxes[0]?.from.x).toBeCloseTo(110);
      expect(hit?.boxes[0]?.to.x).toBeCloseTo(135);
      expect(hit?.snippet.match).toBe(runs[0]?.text.slice(2, 7));
    }
  });

  it("finds a decimal comma drawn as a piece of its own", () => {
    const runs = [run("17", 100, 200), run(",", 110, 200), run("53", 115, 200)];
    expect(search(runs, "17.53")).toHaveLength(1);
  });

  it("does not match across runs that are not on one line", () => {
    expect(
      search([run("Hall d'en", 100, 200), run("trée", 145, 150)], "entree"),
    ).toHaveLength(0);
  });

  it("finds every occurrence, ignoring case and accents", () => {
    const runs = [
      run("Séjour", 100, 500),
      run("SEJOUR", 400, 500),
      run("Cuisine", 100, 300),
    ];
    expect(search(runs, "sejour")).toHaveLength(2);
    expect(search(runs, "séjour cuisine")).toHaveLength(0);
  });

  it("gives context from the same line only", () => {
    const runs = [
      run("TITRE", 0, 900),
      run("Surface utile du logement principal", 0, 500),
    ];
    const [hit] = search(runs, "logement");
    expect(hit?.snippet.before).toBe("Surface utile du ");
    expect(hit?.snippet.after).toBe(" principal");
  });

  it("tells a scanned sheet from one with text", () => {
    expect(hasText(sheetTextFromItems(0, []))).toBe(false);
    expect(
      hasText(
        sheetTextFromItems(0, [
          { str: " ", transform: [1, 0, 0, 1, 0, 0], width: 3 },
        ]),
      ),
    ).toBe(false);
    const items = [
      { type: "beginMarkedContent" },
      { str: "", transform: [1, 0, 0, 1, 0, 0], width: 0, hasEOL: true },
      { str: "Coupe", transform: [1, 0, 0, 1, 0, 0], width: 3, dir: "ltr" },
    ];
    const sheet = sheetTextFromItems(2, items);
    expect(sheet.runs).toHaveLength(1);
    expect(hasText(sheet)).toBe(true);
  });
});

describe("hit boxes", () => {
  it("covers the matched share of a horizontal run, from descent to ascent", () => {
    // 10 characters over 50 pt: characters 2..5 span x 110..125.
    const box = runBox(run("ABCDEFGHIJ", 100, 200), 2, 5);
    expect(box.from.x).toBeCloseTo(110);
    expect(box.to.x).toBeCloseTo(125);
    expect(box.from.y).toBeLessThan(200);
    expect(box.from.y).toBeGreaterThan(196);
    expect(box.to.y).toBeGreaterThan(207);
    expect(box.to.y).toBeLessThan(210);
  });

  it("turns with text written upwards", () => {
    const up: TextRun = {
      text: "ABCDEFGHIJ",
      transform: [0, 10, -10, 0, 300, 100],
      widthPt: 50,
      rtl: false,
    };
    const box = runBox(up, 0, 10);
    expect(box.from.y).toBeCloseTo(100);
    expect(box.to.y).toBeCloseTo(150);
    // The glyphs stand to the left of an upward baseline.
    expect(box.from.x).toBeCloseTo(291.5);
    expect(box.to.x).toBeCloseTo(302.5);
  });

  it("counts right-to-left characters from the right end", () => {
    const rtl: TextRun = { ...run("ABCDEFGHIJ", 100, 200), rtl: true };
    const box = runBox(rtl, 0, 2);
    expect(box.from.x).toBeCloseTo(140);
    expect(box.to.x).toBeCloseTo(150);
  });
});
