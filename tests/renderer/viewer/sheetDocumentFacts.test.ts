import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { readLockedLayers } from "../../../renderer/viewer/layerLocks";
import {
  pickSheetTitles,
  readSheetTitles,
} from "../../../renderer/viewer/sheetTitles";
import type { PDFDocumentProxy } from "../../../renderer/viewer/pdfjs";
import { corpusDir, repoRoot } from "../../workstation/support/processes";
import { LAYERED_SHEETS, layeredSheetsPdf } from "./support/layeredSheets";

/** pdf.js's metrics for the standard 14 fonts, shipped in its package. */
const STANDARD_FONTS = `${repoRoot}/node_modules/pdfjs-dist/standard_fonts/`;

const AUTOCAD = path.join(corpusDir, "plans/autocad2020_layout_5layers.pdf");
const hasCorpus = existsSync(AUTOCAD);
if (!hasCorpus) {
  process.stderr.write("sheetDocumentFacts: no ../shared/corpus; skipping\n");
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdf = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  return pdf as unknown as PDFDocumentProxy;
}

describe("sheet titles", () => {
  it("prefers a page label that says more than the number", () => {
    const titles = pickSheetTitles(
      4,
      ["A-101", "2", "", "iv"],
      new Map([
        [1, "Plan du R+1"],
        [0, "ignored"],
      ]),
    );
    expect(titles).toEqual(["A-101", "Plan du R+1", null, "iv"]);
  });

  it("reads labels and bookmarks from the PDF", async () => {
    const pdf = await open(await layeredSheetsPdf());
    expect(await readSheetTitles(pdf)).toEqual([
      ...LAYERED_SHEETS.labels,
      LAYERED_SHEETS.bookmark,
    ]);
    await pdf.destroy();
  });

  it.skipIf(!hasCorpus)("names a native AutoCAD plot's layout", async () => {
    const pdf = await open(new Uint8Array(readFileSync(AUTOCAD)));
    expect(await readSheetTitles(pdf)).toEqual(["[1] Layout1"]);
    await pdf.destroy();
  });
});

describe("locked layers", () => {
  it("finds the layer the default configuration locks, by pdf.js id", async () => {
    const bytes = await layeredSheetsPdf();
    const pdf = await open(bytes);
    const config = await pdf.getOptionalContentConfig();
    const names = new Map<string, string>();
    for (const [id, group] of config) {
      names.set(String(id), String((group as { name?: unknown }).name));
    }

    const locked = [...(await readLockedLayers(bytes))];
    expect(locked.map((id) => names.get(id))).toEqual([
      LAYERED_SHEETS.titleBlock,
    ]);
    // pdf.js already applies /OFF: the dimensions start hidden.
    const dims = [...names].find(([, n]) => n === LAYERED_SHEETS.dimensions);
    expect(config.isVisible({ type: "OCG", id: dims?.[0] ?? "" })).toBe(false);
    await pdf.destroy();
  });

  it.skipIf(!hasCorpus)("finds none in a plot that locks none", async () => {
    const bytes = new Uint8Array(readFileSync(AUTOCAD));
    expect((await readLockedLayers(bytes)).size).toBe(0);
  });
});
