import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { corpusDir, repoRoot } from "../../workstation/support/processes";
import type { PDFPageProxy } from "../../../renderer/viewer/pdfjs";
import {
  readTitleBlockTitle,
  titleBlockTitle,
  type PlacedText,
} from "../../../renderer/viewer/titleBlockText";
import { LAYERED_SHEETS, layeredSheetsPdf } from "./support/layeredSheets";

/** pdf.js's metrics for the standard 14 fonts, shipped in its package. */
const STANDARD_FONTS = `${repoRoot}/node_modules/pdfjs-dist/standard_fonts/`;

const sheet = { width: 1000, height: 700 };
const run = (text: string, x: number, y: number, sizePt: number) =>
  ({ text, x, y, sizePt }) satisfies PlacedText;

describe("a sheet's title from its title block", () => {
  it("takes the largest writing of the lower right corner", () => {
    const runs = [
      run("SALLE DE SEJOUR", 300, 300, 30),
      run("Projet", 650, 420, 6),
      run("Immeuble R+3", 650, 440, 9),
      run("Maître d'ouvrage", 650, 470, 6),
      run("  PLAN DE MASSE ", 650, 600, 16),
      run("1/500", 650, 650, 20),
    ];
    expect(titleBlockTitle(runs, sheet)).toBe("PLAN DE MASSE");
  });

  it("joins a title set on several lines, whatever their alignment", () => {
    const line = (text: string, right: number, y: number, width: number) =>
      ({ text, x: right - width, y, sizePt: 25, width }) satisfies PlacedText;
    const fields = [
      "Projet",
      "Dessiné",
      "Vérifié",
      "Date",
      "Échelle",
      "Indice",
    ];
    const runs = [
      ...fields.map((field, i) => run(field, 650, 420 + 20 * i, 8)),
      // Right-aligned at 950, as on the corpus's 42 x 30 plan.
      line("FLOOR PLAN -", 950, 500, 146),
      line("LEVEL 01 - AREA", 950, 529, 171),
      line("A - POWER &", 950, 558, 131),
      line("SIGNAL", 950, 586, 77),
      // The same size further down is another field, not the title.
      line("SHEET", 950, 680, 70),
    ];
    expect(titleBlockTitle(runs, sheet)).toBe(
      "FLOOR PLAN - LEVEL 01 - AREA A - POWER & SIGNAL",
    );
  });

  it("names nothing when no writing stands out, or only a caption", () => {
    const plain = [
      run("Client:", 700, 500, 12),
      run("Dessiné", 700, 550, 8),
      run("Vérifié", 700, 560, 8),
      run("Administrator", 700, 600, 9),
    ];
    expect(titleBlockTitle(plain, sheet)).toBeNull();
    expect(titleBlockTitle([], sheet)).toBeNull();
  });

  it("reads the corpus electrical plan's title, set on four lines", async (ctx) => {
    const file = `${corpusDir}/plans/bluebeam_E201A_electrical_floor_plan_42x30.pdf`;
    if (!existsSync(file)) ctx.skip("../shared/corpus is absent");
    const pdf = await getDocument({
      data: new Uint8Array(readFileSync(file)),
      isEvalSupported: false,
      standardFontDataUrl: STANDARD_FONTS,
    }).promise;
    const page = (await pdf.getPage(1)) as unknown as PDFPageProxy;
    expect(await readTitleBlockTitle(page)).toBe(
      "FLOOR PLAN - LEVEL 01 - AREA A - POWER & SIGNAL",
    );
    await pdf.destroy();
  });

  it("reads it from a PDF's text", async () => {
    const bytes = await layeredSheetsPdf();
    const pdf = await getDocument({
      data: bytes,
      isEvalSupported: false,
      standardFontDataUrl: STANDARD_FONTS,
    }).promise;
    const page = (await pdf.getPage(1)) as unknown as PDFPageProxy;
    expect(await readTitleBlockTitle(page)).toBe(LAYERED_SHEETS.blockTitle);
    await pdf.destroy();
  });
});
