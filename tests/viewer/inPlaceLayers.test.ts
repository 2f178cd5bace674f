import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { InPlaceLayers } from "../../renderer/viewer/render/inPlaceLayers";
import {
  objectsToHide,
  streamsCarryLayers,
} from "../../renderer/viewer/render/layerMembership";
import {
  layerPatch,
  type LayerChoice,
} from "../../renderer/viewer/render/layerPatch";
import {
  loadPdfium,
  sheetOnWhite,
} from "../../scripts/bench/viewer/nodePdfium";

/**
 * A layer switched in place (objects of hidden layers switched off on
 * the sheet PDFium already read) must draw exactly the pixels of the
 * patched copy, the reference path; what it cannot decide it refuses.
 */

const plans = path.resolve(import.meta.dirname, "../../../shared/corpus/plans");
const SITE_PLAN = path.join(
  plans,
  "autocad2024_site_plan_existing_proposed_archD_10layers.pdf",
);
const HEAVY = path.join(
  plans,
  "bluebeam_E201A_electrical_floor_plan_42x30.pdf",
);
const ready = existsSync(SITE_PLAN) && existsSync(HEAVY);

/** pdf.js's view of a file's layers, as the viewer builds a choice. */
async function choiceBase(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  const config = await pdf.getOptionalContentConfig();
  const names: Record<string, string> = {};
  const defaultHidden: string[] = [];
  for (const [id, group] of config) {
    names[String(id)] = String(group.name ?? "");
    if (!group.visible) defaultHidden.push(String(id));
  }
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { ref } = await pdf.getPage(n);
    pages.push(`${ref!.num}R${ref!.gen === 0 ? "" : ref!.gen}`);
  }
  await pdf.destroy();
  return { groups: Object.keys(names), names, defaultHidden, pages };
}

/** A document opened in PDFium with its first sheet read. */
function open(pdfium: WrappedPdfiumModule, bytes: Uint8Array) {
  const pointer = pdfium.pdfium.wasmExports.malloc(bytes.length);
  heap(pdfium).set(bytes, pointer);
  const doc = pdfium.FPDF_LoadMemDocument(pointer, bytes.length, "");
  expect(doc).not.toBe(0);
  const page = pdfium.FPDF_LoadPage(doc, 0);
  const bytesOf = () => heap(pdfium).subarray(pointer, pointer + bytes.length);
  return {
    page,
    layers: new InPlaceLayers(pdfium, bytesOf),
    close() {
      pdfium.FPDF_ClosePage(page);
      pdfium.FPDF_CloseDocument(doc);
      pdfium.pdfium.wasmExports.free(pointer);
    },
  };
}

function heap(pdfium: WrappedPdfiumModule): Uint8Array {
  return (pdfium.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8;
}

/** The sheet drawn 1200 px wide on white, as the worker draws it. */
function pixels(pdfium: WrappedPdfiumModule, page: number): Uint8Array {
  const width = 1200;
  const { bitmap, height } = sheetOnWhite(pdfium, page, width, 0x10);
  const buffer = pdfium.FPDFBitmap_GetBuffer(bitmap);
  const copy = heap(pdfium).slice(buffer, buffer + width * height * 4);
  pdfium.FPDFBitmap_Destroy(bitmap);
  return copy;
}

/** The first sheet of the patched copy, the reference path. */
function patchedPixels(
  pdfium: WrappedPdfiumModule,
  bytes: Uint8Array,
  choice: LayerChoice,
): Uint8Array {
  const patch = layerPatch(bytes, choice)!;
  const all = new Uint8Array(bytes.length + patch.length);
  all.set(bytes);
  all.set(patch, bytes.length);
  const copy = open(pdfium, all);
  try {
    return pixels(pdfium, copy.page);
  } finally {
    copy.close();
  }
}

function differing(a: Uint8Array, b: Uint8Array): number {
  expect(a.length).toBe(b.length);
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

describe.skipIf(!ready)("layers switched on the read sheet", () => {
  let pdfium: WrappedPdfiumModule;
  beforeAll(async () => {
    pdfium = await loadPdfium();
  });

  it("draws the site plan's patched pixels for each layer hidden", async () => {
    const bytes = new Uint8Array(readFileSync(SITE_PLAN));
    const base = await choiceBase(bytes);
    const sheet = open(pdfium, bytes);
    try {
      const all = pixels(pdfium, sheet.page);
      const choices = [
        ...base.groups.map((id) => [id]),
        base.groups,
        base.groups.slice(0, 4),
      ];
      for (const hidden of choices) {
        const choice = { ...base, hidden };
        expect(sheet.layers.apply(0, sheet.page, choice)).toBe(true);
        const inPlace = pixels(pdfium, sheet.page);
        expect(differing(inPlace, patchedPixels(pdfium, bytes, choice))).toBe(
          0,
        );
      }
      // Hiding every layer really changed the drawing, and back at the
      // defaults the sheet is whole again.
      sheet.layers.apply(0, sheet.page, { ...base, hidden: base.groups });
      expect(differing(pixels(pdfium, sheet.page), all)).toBeGreaterThan(1000);
      expect(sheet.layers.apply(0, sheet.page, null)).toBe(true);
      expect(differing(pixels(pdfium, sheet.page), all)).toBe(0);
    } finally {
      sheet.close();
    }
  });

  it("hides the heavy sheet's layer, held by a membership dictionary", async () => {
    const bytes = new Uint8Array(readFileSync(HEAVY));
    const base = await choiceBase(bytes);
    expect(base.groups.length).toBe(1);
    const sheet = open(pdfium, bytes);
    try {
      const all = pixels(pdfium, sheet.page);
      const choice = { ...base, hidden: base.groups };
      expect(sheet.layers.apply(0, sheet.page, choice)).toBe(true);
      const inPlace = pixels(pdfium, sheet.page);
      expect(differing(inPlace, patchedPixels(pdfium, bytes, choice))).toBe(0);
      expect(differing(inPlace, all)).toBeGreaterThan(0);
    } finally {
      sheet.close();
    }
  });
});

describe("a sheet the in-place switch leaves to the patched copy", () => {
  it("refuses to show a layer the document hides, and restores the sheet", async () => {
    const { PDFDocument, PDFName, PDFString } = await import("pdf-lib");
    const doc = await PDFDocument.create();
    const page = doc.addPage([200, 200]);
    // A layer's /Name is a text string, as CAD exports write it.
    const shown = doc.context.register(
      doc.context.obj({ Type: "OCG", Name: PDFString.of("shown") }),
    );
    const off = doc.context.register(
      doc.context.obj({ Type: "OCG", Name: PDFString.of("off") }),
    );
    const resources = page.node.normalizedEntries().Resources;
    resources.set(
      PDFName.of("Properties"),
      doc.context.obj({ L1: shown, L2: off }),
    );
    const content = doc.context.flateStream(
      "/OC /L1 BDC 0 0 0 rg 0 0 100 200 re f EMC " +
        "/OC /L2 BDC 0 0 0 rg 100 0 100 200 re f EMC",
    );
    page.node.set(PDFName.of("Contents"), doc.context.register(content));
    doc.catalog.set(
      PDFName.of("OCProperties"),
      doc.context.obj({ OCGs: [shown, off], D: { OFF: [off] } }),
    );
    const bytes = await doc.save({ useObjectStreams: true });

    const pdfium = await loadPdfium();
    const base = await choiceBase(bytes);
    const sheet = open(pdfium, bytes);
    try {
      const before = pixels(pdfium, sheet.page);
      const [l1, l2] = base.groups as [string, string];
      expect(
        sheet.layers.apply(0, sheet.page, { ...base, hidden: [l1, l2] }),
      ).toBe(true);
      expect(differing(pixels(pdfium, sheet.page), before)).toBeGreaterThan(0);
      // Showing "off" needs the patched copy; the read sheet is whole again.
      expect(sheet.layers.apply(0, sheet.page, { ...base, hidden: [l1] })).toBe(
        false,
      );
      expect(differing(pixels(pdfium, sheet.page), before)).toBe(0);
    } finally {
      sheet.close();
    }
  });
});

describe("what the in-place switch refuses", () => {
  const choice: LayerChoice = {
    groups: ["1R", "2R"],
    hidden: ["2R"],
    pages: ["3R"],
    names: { "1R": "walls", "2R": "doors" },
    defaultHidden: [],
  };
  const door = { handle: 7, marks: [{ kind: "group", name: "doors" }] };

  it("hides objects of a hidden layer, even nested in a shown one", () => {
    const walls = { kind: "group", name: "walls" } as const;
    const form = {
      handle: 8,
      marks: [walls],
      inside: [{ ...door, inside: [] }],
    };
    expect(objectsToHide([form as never], choice)).toEqual([7]);
  });

  it("refuses a layer the document hides by default and the reviewer shows", () => {
    const shown = { ...choice, hidden: [], defaultHidden: ["2R"] };
    expect(objectsToHide([{ ...door, inside: [] } as never], shown)).toBeNull();
  });

  it("refuses unknown names, shared names that disagree and opaque OCMDs", () => {
    const cases = [
      [{ kind: "group", name: "roof" }],
      [{ kind: "unknown" }],
      [{ kind: "anyOn" }],
    ];
    for (const marks of cases) {
      expect(
        objectsToHide([{ handle: 1, marks, inside: [] } as never], choice),
      ).toBeNull();
    }
    const twins = { ...choice, names: { "1R": "doors", "2R": "doors" } };
    expect(objectsToHide([{ ...door, inside: [] } as never], twins)).toBeNull();
    // Without names (an older viewer) nothing is decided in place.
    const bare = { groups: choice.groups, hidden: choice.hidden, pages: [] };
    expect(objectsToHide([], bare)).toBeNull();
  });

  it("sees a form or image XObject carrying its own layer", () => {
    const own =
      "1 0 obj\n<< /Subtype /Form /OC 5 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n";
    const content =
      "1 0 obj\n<< /Length 20 >>\nstream\n/OC /L1 BDC EMC\nendstream\nendobj\n";
    const annotation = "1 0 obj\n<< /Subtype /Link /OC 5 0 R >>\nendobj\n";
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(streamsCarryLayers(encode(own))).toBe(true);
    expect(streamsCarryLayers(encode(content))).toBe(false);
    expect(streamsCarryLayers(encode(annotation))).toBe(false);
  });
});
