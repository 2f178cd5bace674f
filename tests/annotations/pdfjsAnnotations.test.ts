import { readFileSync } from "node:fs";
import path from "node:path";
import {
  AnnotationMode,
  getDocument,
  OPS,
} from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { annotatedPdf } from "../../shared/annotations/annotatedPdf";
import { sampleMarkups } from "./sampleMarkups";
import { corpusFile } from "./support";

/*
 * pdf.js, the viewer's engine, sees our exported annotations with their
 * appearance streams and draws each of them.
 */

// Appearances use the standard Helvetica, which pdf.js loads from here.
const standardFontDataUrl =
  path.resolve(
    import.meta.dirname,
    "../../node_modules/pdfjs-dist/standard_fonts",
  ) + "/";

const sheet = corpusFile("plans/pdfjs_issue21570_freecad_techdraw_A4.pdf");

describe.skipIf(sheet === null)("annotated PDF in pdf.js", () => {
  it("has every markup as an annotation with an appearance", async () => {
    const bytes = await annotatedPdf(
      readFileSync(sheet ?? ""),
      sampleMarkups,
      false,
    );
    const pdf = await getDocument({
      data: bytes,
      isEvalSupported: false,
      standardFontDataUrl,
    }).promise;
    const page = await pdf.getPage(1);

    const annotations = (await page.getAnnotations()) as {
      subtype: string;
      hasAppearance: boolean;
      contentsObj?: { str: string };
      titleObj?: { str: string };
    }[];
    expect(annotations).toHaveLength(sampleMarkups.length);
    expect(annotations.every((a) => a.hasAppearance)).toBe(true);
    expect(annotations.map((a) => a.subtype).sort()).toEqual(
      [
        "Polygon",
        "Square",
        "Circle",
        "Line",
        "Ink",
        "FreeText",
        "Stamp",
        "FreeText",
        "PolyLine",
        "Highlight",
        "Text",
      ].sort(),
    );
    expect(annotations.every((a) => a.titleObj?.str === "Nadia Alaoui")).toBe(
      true,
    );

    // Drawn: one annotation group per markup in the page's operator list.
    const ops = await page.getOperatorList({
      annotationMode: AnnotationMode.ENABLE,
    });
    const drawn = ops.fnArray.filter((fn) => fn === OPS.beginAnnotation);
    expect(drawn).toHaveLength(sampleMarkups.length);
    await pdf.destroy();
  });
});
