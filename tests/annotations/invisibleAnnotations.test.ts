import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { readPdfAnnotations } from "../../shared/annotations/pdfAnnotationReader";
import { corpusFile } from "./support";

/*
 * AutoCAD lays an invisible square (no border, no fill, no appearance)
 * over each SHX text so viewers can search it. Those are not remarks: a
 * submitted sheet's own annotations must list only what a reader sees.
 */

const plans = corpusFile("plans");

async function squarePdf(border: number, flags: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([400, 300]);
  const square = doc.context.obj({
    Type: "Annot",
    Subtype: "Square",
    Rect: [10, 10, 60, 60],
    Border: [0, 0, border],
    F: flags,
    Contents: "SHX",
  });
  page.node.set(PDFName.of("Annots"), doc.context.obj([square]));
  return doc.save();
}

describe("annotations nobody can see", () => {
  it("keeps a bordered square and drops a borderless or hidden one", async () => {
    expect(await readPdfAnnotations(await squarePdf(1, 4))).toHaveLength(1);
    expect(await readPdfAnnotations(await squarePdf(0, 64))).toHaveLength(0);
    expect(await readPdfAnnotations(await squarePdf(2, 2))).toHaveLength(0);
  });

  it.skipIf(plans === null)(
    "reads none of the AutoCAD SHX text squares of a site plan",
    async () => {
      const file = path.join(
        plans ?? "",
        "autocad2024_site_plan_existing_proposed_archD_10layers.pdf",
      );
      const bytes = readFileSync(file);
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      const squares = doc.getPages()[0]?.node.Annots()?.size() ?? 0;
      expect(squares).toBeGreaterThan(0);

      const found = await readPdfAnnotations(bytes);
      const shx = found.filter((a) => a.attrs.title === "AutoCAD SHX Text");
      expect(shx).toEqual([]);
    },
  );
});
