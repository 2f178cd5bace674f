import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { DemoData } from "../../server/demo/demoData";
import { generateDemoData } from "../../server/demo/generate";
import { buildingPermitSheetReferences } from "../../server/demo/plans/references";
import { FIXED_NOW } from "./demoTestKit";

/*
 * The viewer reads sheets with pdf.js: each demo sheet must open there,
 * at its sheet size, with its title block as real text (so search works).
 */
// The sheets use the standard Helvetica, which pdf.js loads from here.
const standardFontDataUrl =
  path.resolve(
    import.meta.dirname,
    "../../node_modules/pdfjs-dist/standard_fonts",
  ) + "/";

describe("demo sheets in pdf.js", () => {
  let data: DemoData;
  beforeAll(async () => {
    data = await generateDemoData({ now: FIXED_NOW });
  });

  it("opens every sheet with its number and title as text", async () => {
    for (const dossier of data.dossiers) {
      for (const document of dossier.documents) {
        // pdf.js may detach the buffer it is given, so it gets a copy.
        const pdf = await getDocument({
          data: document.pdf.slice(),
          isEvalSupported: false,
          standardFontDataUrl,
        }).promise;
        const page = await pdf.getPage(1);
        const content = await page.getTextContent();
        const text = content.items
          .map((item) => ("str" in item ? item.str : ""))
          .join(" ");

        expect(pdf.numPages).toBe(1);
        expect(page.view[2]).toBeGreaterThan(1190);
        expect(text).toContain(dossier.number);
        expect(text).toContain(document.title.toUpperCase());
        await pdf.destroy();
      }
    }
  });

  it("puts the reference wall inside the ground-floor sheet", async () => {
    const { referenceWall } = buildingPermitSheetReferences();
    const document = data.dossiers[0]?.documents.find(
      (d) => d.fileName === referenceWall.fileName,
    );
    const pdf = await getDocument({
      data: document?.pdf.slice() ?? new Uint8Array(),
      isEvalSupported: false,
      standardFontDataUrl,
    }).promise;
    const [, , width, height] = (await pdf.getPage(1)).view;

    for (const p of [referenceWall.start, referenceWall.end]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(width ?? 0);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(height ?? 0);
    }
    await pdf.destroy();
  });

  it("carries CAD layers as optional content groups, all visible", async () => {
    const document = data.dossiers[0]?.documents.find(
      (d) => d.fileName === "03-plan-rdc.pdf",
    );
    const pdf = await getDocument({
      data: document?.pdf.slice() ?? new Uint8Array(),
      isEvalSupported: false,
      standardFontDataUrl,
    }).promise;
    const config = await pdf.getOptionalContentConfig();
    const groups = [...config].map(([, group]) => group);

    expect(groups.map((g) => g.name)).toEqual([
      "A-MURS",
      "A-MENUISERIES",
      "A-ESCALIERS",
      "A-TEXTES",
      "A-COTATION",
      "A-COUPES",
      "CARTOUCHE",
    ]);
    expect(groups.every((g) => g.visible)).toBe(true);
    await pdf.destroy();
  });
});
