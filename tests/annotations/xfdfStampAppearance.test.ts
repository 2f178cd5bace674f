import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, PDFNumber } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAnnotationFont } from "../../electron/services/printing/fonts";
import { annotatedPdf } from "../../shared/annotations/annotatedPdf";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { exportXfdf } from "../../shared/annotations/xfdfExport";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import type { Markup } from "../../shared/domain/entities";
import { pdfObjectOfXml } from "./appearanceXml";
import { pngOf, stampImageOf } from "./pngPictures";
import { renderWithMutool, renderWithPdftoppm, type Raster } from "./raster";
import { box, markup } from "./sampleMarkups";
import { asMarkups, corpusFile, geometryGapPt } from "./support";

/*
 * Every kind of stamp reaches other readers as Lajna shows it: the XFDF
 * appearance we write is turned back into PDF objects as an importer
 * does (appearanceXml.ts), set as a Stamp annotation's /AP /N on a corpus
 * sheet, and drawn by poppler and MuPDF. Its words, byline or picture
 * must be drawn inside the box (not just a border), match what the
 * annotated PDF export draws, and leave the sheet visible through a
 * picture's transparent parts.
 */

const sheet = corpusFile("plans/pdfjs_issue21570_freecad_techdraw_A4.pdf");
const workDir = mkdtempSync(path.join(tmpdir(), "lajna-stamp-xfdf-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const DPI = 72;
/** The stamp's box on the A4 landscape sheet, in points. */
const BOX = { left: 300, bottom: 200, width: 200, height: 100 };
const GREEN = [0, 170, 40];

/** A picture whose left half is green and right half clear (but red). */
const halfClear = pngOf(60, 30, 4, (x) =>
  x < 30 ? [...GREEN, 255] : [255, 0, 0, 0],
);
const pictures = {
  opaque: stampImageOf(
    pngOf(60, 30, 3, () => GREEN),
    60,
    30,
  ),
  transparent: stampImageOf(halfClear, 60, 30),
  interlaced: stampImageOf(
    pngOf(60, 30, 3, () => GREEN, true),
    60,
    30,
  ),
};

function stamp(id: string, fields: Partial<Markup>): Markup {
  return markup(id, {
    kind: "stamp",
    points: box(BOX.left, BOX.bottom, BOX.width, BOX.height),
    color: "#1040c0",
    style: {},
    ...fields,
  });
}

/** One stamp of each kind a member can place. */
const STAMPS: Readonly<Record<string, Markup>> = {
  standard: stamp("approved", {
    color: "#2b8a3e",
    style: { stampLabel: "approved" },
  }),
  text: stamp("text", { style: { stampLabel: "Vu - Agence urbaine" } }),
  arabic: stamp("arabic", {
    color: "#c92a2a",
    authorName: "أمينة العلوي",
    style: { stampLabel: "مرفوض" },
  }),
  turned: stamp("turned", {
    color: "#c92a2a",
    style: { stampLabel: "rejected", rotationDeg: 30, opacity: 0.8 },
  }),
  picture: stamp("picture", {
    style: { stampLabel: "Avis", stampImage: pictures.opaque },
  }),
  transparent: stamp("transparent", {
    style: { stampLabel: "Avis", stampImage: pictures.transparent },
  }),
  interlaced: stamp("interlaced", {
    style: { stampLabel: "Avis", stampImage: pictures.interlaced },
  }),
};

let font: Uint8Array | null = null;
let original: Uint8Array;
let plain: Record<Renderer, Raster>;
let pageHeight = 0;

type Renderer = "poppler" | "mupdf";
const RENDERERS: readonly Renderer[] = ["poppler", "mupdf"];

beforeAll(async () => {
  font = await loadAnnotationFont();
  original = readFileSync(sheet ?? "");
  pageHeight = (await PDFDocument.load(original)).getPage(0).getHeight();
  plain = await renderBoth(original, "plain");
});

async function renderBoth(bytes: Uint8Array, name: string) {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return {
    poppler: renderWithPdftoppm(file, workDir, DPI),
    mupdf: renderWithMutool(file, workDir, DPI),
  };
}

function reimport(xfdf: string): Markup[] {
  const read = markupsFromXfdf(readXfdf(xfdf), {
    pageCount: 1,
    nowIso: "2026-03-02T00:00:00.000Z",
  });
  return asMarkups(read.markups);
}

/**
 * The sheet with the XFDF's first annotation put in as another reader
 * imports it: its rect, and its appearance turned back into objects.
 */
async function asOtherReader(xfdf: string): Promise<Uint8Array> {
  const encoded = /<appearance>([^<]*)<\/appearance>/.exec(xfdf)?.[1] ?? "";
  const rect = /<stamp [^>]*\brect="([^"]*)"/.exec(xfdf)?.[1] ?? "";
  const xml = Buffer.from(encoded, "base64").toString("utf8");
  const doc = await PDFDocument.load(original);
  const annotation = doc.context.obj({
    Type: "Annot",
    Subtype: "Stamp",
    Name: "Draft",
    F: 4,
    Rect: rect.split(",").map((n) => PDFNumber.of(Number(n))),
    AP: pdfObjectOfXml(xml, doc.context),
  });
  doc.getPage(0).node.addAnnot(doc.context.register(annotation));
  return doc.save();
}

/** A region of the page in points: left, bottom, right, top. */
type Region = readonly [number, number, number, number];

/** Pixel indices inside a region of points, `inset` points in. */
function pixelsIn(raster: Raster, region: Region, inset = 0): number[] {
  const [l, b, r, t] = region;
  const scale = DPI / 72;
  const pixels: number[] = [];
  const rows = [
    (pageHeight - t + inset) * scale,
    (pageHeight - b - inset) * scale,
  ];
  const cols = [(l + inset) * scale, (r - inset) * scale];
  for (let row = Math.ceil(rows[0] ?? 0); row < (rows[1] ?? 0); row += 1) {
    for (let col = Math.ceil(cols[0] ?? 0); col < (cols[1] ?? 0); col += 1) {
      pixels.push(row * raster.width + col);
    }
  }
  return pixels;
}

/** Pixels that differ from the bare sheet's (any channel by over 60). */
function changed(raster: Raster, bare: Raster, pixels: number[]): number[] {
  return pixels.filter((p) =>
    [0, 1, 2].some(
      (c) =>
        Math.abs((raster.rgb[p * 3 + c] ?? 0) - (bare.rgb[p * 3 + c] ?? 0)) >
        60,
    ),
  );
}

/** The share of drawn pixels the two drawings do not have in common. */
function mismatch(a: readonly number[], b: readonly number[]): number {
  const inB = new Set(b);
  const union = new Set([...a, ...b]).size;
  const both = a.filter((p) => inB.has(p)).length;
  return union === 0 ? 0 : (union - both) / union;
}

const upright: Region = [
  BOX.left,
  BOX.bottom,
  BOX.left + BOX.width,
  BOX.bottom + BOX.height,
];
/** The byline's band: 0.68 to 0.88 of the height from the top. */
const byline: Region = [
  BOX.left,
  BOX.bottom + 0.12 * BOX.height,
  BOX.left + BOX.width,
  BOX.bottom + 0.32 * BOX.height,
];
/** The label's band: 0.24 to 0.6 of the height from the top. */
const label: Region = [
  BOX.left,
  BOX.bottom + 0.4 * BOX.height,
  BOX.left + BOX.width,
  BOX.bottom + 0.76 * BOX.height,
];
/** Where the 60 x 30 picture lands, scaled 2x (see withStampPicture). */
const pictureLeft: Region = [340, 234, 400, 294];
const pictureRight: Region = [400, 234, 460, 294];

describe.skipIf(sheet === null)(
  "stamps in XFDF, drawn by other readers",
  () => {
    for (const [kind, placed] of Object.entries(STAMPS)) {
      it(`draws the ${kind} stamp as the annotated PDF does`, async () => {
        const xfdf = await exportXfdf([placed], "plan.pdf", { textFont: font });
        expect(xfdf).toContain("<appearance>");
        const foreign = await renderBoth(await asOtherReader(xfdf), kind);
        const ours = await renderBoth(
          await annotatedPdf(original, [placed], false, { textFont: font }),
          `${kind}-annotated`,
        );
        // A turned stamp reaches past its upright box.
        const region: Region =
          kind === "turned" ? [250, 130, 550, 370] : upright;

        for (const r of RENDERERS) {
          const area = pixelsIn(foreign[r], region);
          const drawn = changed(foreign[r], plain[r], area);
          const expected = changed(ours[r], plain[r], area);
          expect(expected.length).toBeGreaterThan(300);
          expect(mismatch(drawn, expected)).toBeLessThan(0.1);

          // Words or picture and the byline inside the border, not just it.
          const inner = changed(
            foreign[r],
            plain[r],
            pixelsIn(foreign[r], upright, 4),
          );
          expect(inner.length).toBeGreaterThan(150);
          if (kind === "turned") continue;
          const names = pixelsIn(foreign[r], byline, 4);
          expect(changed(foreign[r], plain[r], names).length).toBeGreaterThan(
            40,
          );
          const words = pixelsIn(foreign[r], label, 4);
          expect(changed(foreign[r], plain[r], words).length).toBeGreaterThan(
            80,
          );
        }
      });
    }

    it("shows the sheet through a picture's transparent parts", async () => {
      const xfdf = await exportXfdf([STAMPS["transparent"] as Markup], "p.pdf");
      const foreign = await renderBoth(await asOtherReader(xfdf), "clear");
      for (const r of RENDERERS) {
        const opaque = pixelsIn(foreign[r], pictureLeft, 3);
        const clear = pixelsIn(foreign[r], pictureRight, 3);
        const green = opaque.filter((p) => {
          const [red, g, b] = [0, 1, 2].map((c) => foreign[r].rgb[p * 3 + c]);
          return (red ?? 255) < 40 && (g ?? 0) > 140 && (b ?? 255) < 80;
        });
        expect(green.length).toBeGreaterThan(0.9 * opaque.length);
        expect(clear.length).toBeGreaterThan(1000);
        expect(changed(foreign[r], plain[r], clear)).toEqual([]);
      }
    });

    it("embeds a subset Arabic font for Arabic words and names", async () => {
      const xfdf = await exportXfdf([STAMPS["arabic"] as Markup], "p.pdf", {
        textFont: font,
      });
      const encoded = /<appearance>([^<]*)<\/appearance>/.exec(xfdf)?.[1] ?? "";
      const xml = Buffer.from(encoded, "base64").toString("utf8");
      expect(xml).toMatch(
        /<NAME KEY="BaseFont" VAL="[A-Z]{6}\+NotoNaskhArabic/,
      );
      expect(xml).toContain('KEY="FontFile2"');
    });
  },
);

describe.skipIf(sheet === null)("stamps back from our own XFDF", () => {
  it("keeps each stamp's picture bytes, box, turn and words", async () => {
    const all = Object.values(STAMPS);
    const xfdf = await exportXfdf(all, "plan.pdf", { textFont: font });
    const back = reimport(xfdf);
    const again = reimport(await exportXfdf(back, "plan.pdf"));
    for (const markups of [back, again]) {
      for (const before of all) {
        const after = markups.find((m) => m.id === before.id);
        expect(after?.style.stampImage).toEqual(before.style.stampImage);
        expect(after?.style.stampLabel).toBe(before.style.stampLabel);
        expect(after?.style.rotationDeg).toBe(before.style.rotationDeg);
        expect(geometryGapPt(before, after as Markup)).toBeLessThan(0.01);
        // Our own appearance is drawn again on export, not carried along.
        expect(after?.foreign?.["appearance"]).toBeUndefined();
      }
    }
  });
});
