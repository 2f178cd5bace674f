import { describe, expect, it } from "vitest";
import { warmupSheetBytes } from "../../renderer/viewer/render/warmupSheet";
import {
  inkOfFirstSheet,
  loadPdfium,
} from "../../scripts/bench/viewer/nodePdfium";

/*
 * The raster worker draws this sheet at start-up so PDFium's inflating,
 * parsing and drawing code is compiled before the first real sheet; a
 * sheet PDFium cannot read, or one that draws nothing, would warm only
 * the error path and the first view would pay for the compilation.
 */
describe("the start-up warm-up sheet", () => {
  it("is a deflated sheet PDFium reads and draws with ink", async () => {
    const bytes = await warmupSheetBytes();
    const text = new TextDecoder("latin1").decode(bytes);
    expect(text).toContain("/Filter /FlateDecode");
    expect(text).toContain("/Subtype /Form");

    const pdfium = await loadPdfium();
    const ink = inkOfFirstSheet(pdfium, bytes);
    expect(ink).not.toBeNull();
    expect(ink!).toBeGreaterThan(10_000);
  });

  it("draws less with fewer segments", async () => {
    const pdfium = await loadPdfium();
    const small = inkOfFirstSheet(pdfium, await warmupSheetBytes(1_000));
    const large = inkOfFirstSheet(pdfium, await warmupSheetBytes(20_000));
    expect(small!).toBeLessThan(large! / 4);
  });
});
