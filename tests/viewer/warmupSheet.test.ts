import { inflateSync } from "node:zlib";
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

  it("draws entities as CAD plots write them, in states it defines", async () => {
    const bytes = await warmupSheetBytes(2_000);
    const text = new TextDecoder("latin1").decode(bytes);
    const content = inflateSync(streamOf(bytes, text)).toString("latin1");
    // Each entity in its own q ... Q with a scale, pen, round ends and a
    // named state; clipped and kerned text too (the corpus plans' forms).
    expect(content).toMatch(/q 0\.01 0 0 0\.01 0 0 cm \d+ w 1 j 1 J \/G0 gs/);
    expect(content).toContain("W* n");
    expect(content).toMatch(/\] TJ/);
    const used = new Set([...content.matchAll(/\/(\w+) gs/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(["G0", "G1"]);
    for (const name of used) expect(text).toContain(`/${name} <<`);
  });
});

/** The first stream's data: the sheet's content stream. */
function streamOf(bytes: Uint8Array, text: string): Uint8Array {
  const start = text.indexOf("stream\n") + "stream\n".length;
  return bytes.subarray(start, text.indexOf("\nendstream", start));
}
