import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFNumber } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { annotatedPdf } from "../../shared/annotations/annotatedPdf";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import { writeXfdf } from "../../shared/annotations/xfdfWriter";
import { markupSchema, type Markup } from "../../shared/domain/entities";
import type { StampImage } from "../../shared/domain/stamps";
import { pdfObjectOfXml } from "./appearanceXml";
import { renderWithPdftoppm, type Raster } from "./raster";
import { asMarkups, corpusFile } from "./support";

const sheet = corpusFile("plans/pdfjs_issue21570_freecad_techdraw_A4.pdf");
const workDir = mkdtempSync(path.join(tmpdir(), "lajna-stamp-xfdf-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const DPI = 72;
/** The stamp's box on the A4 landscape sheet, in points. */
const BOX = { left: 300, bottom: 200, width: 200, height: 100 };

/** A PNG of one colour, written by hand so the test needs no encoder. */
function solidPng(width: number, height: number, rgb: number[]): Buffer {
  const row = Buffer.from([
    0,
    ...Array.from({ length: width }, () => rgb).flat(),
  ]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const png = solidPng(60, 30, [0, 170, 40]);
const picture: StampImage = {
  sha256: createHash("sha256").update(png).digest("hex"),
  mediaType: "image/png",
  widthPx: 60,
  heightPx: 30,
  dataBase64: png.toString("base64"),
};

const stamp: Markup = markupSchema.parse({
  id: "stamp-1",
  dossierId: "d1",
  documentId: "doc1",
  sheetIndex: 0,
  kind: "stamp",
  points: [
    { x: BOX.left, y: BOX.bottom + BOX.height },
    { x: BOX.left + BOX.width, y: BOX.bottom + BOX.height },
    { x: BOX.left + BOX.width, y: BOX.bottom },
    { x: BOX.left, y: BOX.bottom },
  ],
  comment: "",
  color: "#1040c0",
  authorId: "u1",
  authorName: "Nadia Alaoui",
  service: "Agence urbaine",
  createdAt: "2026-03-01T09:00:00.000Z",
  updatedAt: "2026-03-01T09:30:00.000Z",
  deleted: false,
  style: { stampLabel: "Avis favorable", stampId: "s1", stampImage: picture },
});

function reimport(xfdf: string): Markup[] {
  const read = markupsFromXfdf(readXfdf(xfdf), {
    pageCount: 1,
    nowIso: "2026-03-02T00:00:00.000Z",
  });
  return asMarkups(read.markups);
}

/** Pixels of the picture's green inside the stamp box. */
function greenPixelsInBox(raster: Raster, pageHeightPt: number): number {
  const scale = DPI / 72;
  let count = 0;
  for (let row = 0; row < raster.height; row += 1) {
    for (let col = 0; col < raster.width; col += 1) {
      const x = (col + 0.5) / scale;
      const y = pageHeightPt - (row + 0.5) / scale;
      const inBox =
        x >= BOX.left &&
        x <= BOX.left + BOX.width &&
        y >= BOX.bottom &&
        y <= BOX.bottom + BOX.height;
      const i = (row * raster.width + col) * 3;
      const [r, g, b] = [raster.rgb[i], raster.rgb[i + 1], raster.rgb[i + 2]];
      const green = (r ?? 255) < 40 && (g ?? 0) > 140 && (b ?? 255) < 80;
      if (inBox && green) count += 1;
    }
  }
  return count;
}

async function render(bytes: Uint8Array, name: string) {
  const file = path.join(workDir, name);
  writeFileSync(file, bytes);
  const doc = await PDFDocument.load(bytes);
  const height = doc.getPage(0).getHeight();
  return greenPixelsInBox(renderWithPdftoppm(file, workDir, DPI), height);
}

describe.skipIf(sheet === null)("a picture stamp in XFDF", () => {
  const xfdf = writeXfdf([stamp], "plan.pdf");

  it("writes an appearance and gets the picture bytes back", () => {
    expect(xfdf).toContain("<appearance>");
    const [back] = reimport(xfdf);
    expect(back?.style.stampImage).toEqual(picture);
    expect(back?.style.stampLabel).toBe("Avis favorable");
  });

  it("keeps the picture through a second export and import", () => {
    const again = reimport(writeXfdf(reimport(xfdf), "plan.pdf"));
    expect(again[0]?.style.stampImage?.dataBase64).toBe(picture.dataBase64);
  });

  it("draws the picture from imported markups in an annotated PDF", async () => {
    const original = readFileSync(sheet ?? "");
    const plain = await render(original, "plain.pdf");
    const bytes = await annotatedPdf(original, reimport(xfdf), false);
    const drawn = await render(bytes, "annotated.pdf");
    expect(plain).toBe(0);
    // The picture fills 0.6 of the box height: at least 60 x 30 pt of green.
    expect(drawn).toBeGreaterThan(1500);
  });

  it("is an appearance another reader draws without Lajna's help", async () => {
    const encoded = /<appearance>([^<]*)<\/appearance>/.exec(xfdf)?.[1] ?? "";
    const xml = Buffer.from(encoded, "base64").toString("utf8");
    const doc = await PDFDocument.load(readFileSync(sheet ?? ""));
    const ap = pdfObjectOfXml(xml, doc.context);
    const annotation = doc.context.obj({
      Type: "Annot",
      Subtype: "Stamp",
      Name: "Draft",
      F: 4,
      Rect: [
        BOX.left,
        BOX.bottom,
        BOX.left + BOX.width,
        BOX.bottom + BOX.height,
      ].map((n) => PDFNumber.of(n)),
      AP: ap,
    });
    doc.getPage(0).node.addAnnot(doc.context.register(annotation));
    expect(doc.getPage(0).node.get(PDFName.of("Annots"))).toBeDefined();
    const drawn = await render(await doc.save(), "foreign.pdf");
    expect(drawn).toBeGreaterThan(1500);
  });
});
