import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../workstation/support/processes";
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
