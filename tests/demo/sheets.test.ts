import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoData } from "../../server/demo/demoData";
import { generateDemoData } from "../../server/demo/generate";
import { DOSSIER_SHEETS } from "../../server/demo/plans/sheetSpecs";
import { sheetSizePt } from "../../server/demo/plans/units";
import { FIXED_NOW, hasTool, run, writeSheets } from "./demoTestKit";
import type { WrittenSheet } from "./demoTestKit";

const poppler = hasTool("pdfinfo") && hasTool("pdftotext");
if (!poppler) {
  // Skipped, not failed: the check needs poppler-utils on the PATH.
  process.stderr.write("demo sheets: pdfinfo/pdftotext missing, skipped\n");
}

describe.skipIf(!poppler)("demo sheets read by poppler", () => {
  let data: DemoData;
  let sheets: WrittenSheet[];
  let cleanup = () => {};

  beforeAll(async () => {
    data = await generateDemoData({ now: FIXED_NOW });
    ({ sheets, cleanup } = writeSheets(data));
  });
  afterAll(() => cleanup());

  it("writes every sheet listed for each procedure", () => {
    for (const dossier of data.dossiers) {
      const specs =
        DOSSIER_SHEETS[dossier.procedure as keyof typeof DOSSIER_SHEETS];
      expect(dossier.documents.map((d) => d.fileName)).toEqual(
        specs.map((s) => s.fileName),
      );
    }
  });

  it("gives valid one-page PDFs of the intended sheet size", () => {
    for (const sheet of sheets) {
      const spec = specOf(sheet);
      const info = run("pdfinfo", [sheet.path]);
      const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
      const { widthPt, heightPt } = sheetSizePt(spec.format);

      expect(info).toMatch(/Pages:\s+1\n/);
      expect(Number(match?.[1])).toBeCloseTo(widthPt, 1);
      expect(Number(match?.[2])).toBeCloseTo(heightPt, 1);
      expect(sheet.sizeBytes).toBeLessThan(300 * 1024);
    }
  });

  it("states the dossier number and the scale in the text", () => {
    for (const sheet of sheets) {
      const spec = specOf(sheet);
      const text = run("pdftotext", ["-layout", sheet.path, "-"]);

      expect(text).toContain(sheet.dossierNumber);
      expect(text).toContain(`1/${spec.scaleDenominator}`);
      expect(text).toContain("Échelle");
    }
  });

  function specOf(sheet: WrittenSheet) {
    const specs =
      DOSSIER_SHEETS[sheet.procedure as keyof typeof DOSSIER_SHEETS];
    const spec = specs.find((s) => s.fileName === sheet.fileName);
    if (!spec) throw new Error(`no sheet spec for ${sheet.fileName}`);
    return spec;
  }
});
