import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  layerChoiceKey,
  layerPatch,
  type LayerChoice,
} from "../../renderer/viewer/render/layerPatch";
import {
  inkOfFirstSheet,
  loadPdfium,
} from "../../scripts/bench/viewer/nodePdfium";

const plans = path.resolve(import.meta.dirname, "../../../shared/corpus/plans");
const LAYERED = path.join(
  plans,
  "autocad2024_site_plan_existing_proposed_archD_10layers.pdf",
);

/** pdf.js's view of a file: its layers, their names and page objects. */
async function layersOf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  const config = await pdf.getOptionalContentConfig();
  const names = new Map<string, string>();
  for (const [id, group] of config) names.set(String(id), group.name ?? "");
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { ref } = await pdf.getPage(n);
    pages.push(`${ref!.num}R${ref!.gen === 0 ? "" : ref!.gen}`);
  }
  await pdf.destroy();
  return { groups: [...names.keys()], names, pages };
}

function patched(bytes: Uint8Array, choice: LayerChoice): Uint8Array {
  const patch = layerPatch(bytes, choice);
  if (patch === null) throw new Error("no patch");
  const all = new Uint8Array(bytes.length + patch.length);
  all.set(bytes);
  all.set(patch, bytes.length);
  return all;
}

describe("layer choice appended for PDFium", () => {
  let pdfium: WrappedPdfiumModule;
  beforeAll(async () => {
    pdfium = await loadPdfium();
  });

  it("hides exactly the chosen layers of a real AutoCAD sheet", async (ctx) => {
    if (!existsSync(LAYERED)) {
      ctx.skip("../shared/corpus is absent: the layered sheet is skipped");
      return;
    }
    const bytes = new Uint8Array(readFileSync(LAYERED));
    const { groups, names, pages } = await layersOf(bytes);
    expect(groups.length).toBe(10);
    const hatch = groups.find((id) => names.get(id) === "15_hatch")!;

    const all = inkOfFirstSheet(pdfium, bytes)!;
    const none = { groups, hidden: [], pages };
    const noHatch = { groups, hidden: [hatch], pages };
    const nothing = { groups, hidden: groups, pages };

    // Every layer shown draws what the document draws by default.
    expect(inkOfFirstSheet(pdfium, patched(bytes, none))).toBe(all);
    const withoutHatch = inkOfFirstSheet(pdfium, patched(bytes, noHatch))!;
    expect(withoutHatch).toBeLessThan(all * 0.8);
    expect(inkOfFirstSheet(pdfium, patched(bytes, nothing))).toBe(0);
  });

  // pdf-lib writes an xref stream here: the classic table appended after
  // it must still be read by PDFium.
  it("shows a layer the document hides by default", async () => {
    const { PDFDocument, PDFName } = await import("pdf-lib");
    const doc = await PDFDocument.create();
    const page = doc.addPage([200, 200]);
    const ocg = doc.context.register(
      doc.context.obj({ Type: "OCG", Name: "hidden by default" }),
    );
    const resources = page.node.normalizedEntries().Resources;
    resources.set(PDFName.of("Properties"), doc.context.obj({ L1: ocg }));
    const content = doc.context.flateStream(
      "/OC /L1 BDC 0 0 0 rg 20 20 160 160 re f EMC",
    );
    page.node.set(PDFName.of("Contents"), doc.context.register(content));
    doc.catalog.set(
      PDFName.of("OCProperties"),
      doc.context.obj({ OCGs: [ocg], D: { OFF: [ocg] } }),
    );
    const bytes = await doc.save({ useObjectStreams: true });

    const { groups, pages } = await layersOf(bytes);
    expect(inkOfFirstSheet(pdfium, bytes)).toBe(0);
    const shown = patched(bytes, { groups, hidden: [], pages });
    // The square covers 320 x 320 of the 400 px wide drawing.
    expect(inkOfFirstSheet(pdfium, shown)).toBeGreaterThan(90_000);
  });

  it("refuses a file whose end it cannot read, so pdf.js draws it", () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\n");
    const choice = { groups: ["1R"], hidden: ["1R"], pages: ["2R"] };
    expect(layerPatch(bytes, choice)).toBeNull();
  });

  it("keys a choice by the hidden layers, whatever their order", () => {
    const a = { groups: ["1R", "2R"], hidden: ["2R", "1R"], pages: [] };
    const b = { groups: ["1R", "2R"], hidden: ["1R", "2R"], pages: [] };
    expect(layerChoiceKey(a)).toBe(layerChoiceKey(b));
    expect(layerChoiceKey(null)).toBe("");
    expect(layerChoiceKey({ ...a, hidden: [] })).not.toBe("");
  });
});
