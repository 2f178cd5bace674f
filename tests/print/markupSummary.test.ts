import { existsSync, readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { PDFDocument, rgb } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createChromiumPdfRenderer,
  printMarkupSummaryPdf,
  type PdfRenderer,
} from "../../electron/services/printing";
import { markedSheet } from "../../electron/services/printing/markedSheet";
import { sheetCrops } from "../../electron/services/printing/sheetCrops";
import { markupSchema, type Markup } from "../../shared/domain/entities";
import {
  markupSummaryHtml,
  type MarkupSummaryEntry,
} from "../../shared/print/markupSummaryHtml";
import { corpusFile } from "../server/serverTestKit";
import { dossier } from "./printFixtures";
import {
  asTypedPattern,
  fontEmbedding,
  hasChromium,
  poppler,
  withoutBidiControls,
} from "./printTools";

/*
 * The markups summary printed through the workstation's Chromium: the
 * comments come out of the PDF as typed (Arabic included), the fonts are
 * embedded, the page is right to left in Arabic, and 500 remarks make a
 * document of a sane length.
 */

const now = new Date("2026-12-10T09:30:00Z");
const sheet = { x: 0, y: 0, widthPt: 1224, heightPt: 792 };

function remark(n: number, over: Partial<Markup> = {}): Markup {
  return markupSchema.parse({
    id: `m-${n}`,
    dossierId: dossier.id,
    documentId: "doc-1",
    sheetIndex: n % 3,
    kind: "cloud",
    points: [
      { x: 100 + n, y: 100 },
      { x: 300 + n, y: 260 },
    ],
    comment: `Remarque ${n} : recul sur voie à vérifier`,
    color: "#d03030",
    authorId: "u-1",
    authorName: "Amina Alaoui",
    service: "Agence urbaine",
    createdAt: "2026-11-02T09:00:00.000Z",
    updatedAt: "2026-11-02T09:00:00.000Z",
    deleted: false,
    round: 2,
    ...over,
  });
}

function entry(markup: Markup, replies: Markup[] = []): MarkupSummaryEntry {
  return {
    markup,
    documentTitle: "Plan de masse",
    replies,
    carriedFromRound: markup.carriedFrom === undefined ? null : 1,
    sheet,
  };
}

const arabicComment = "الارتداد عن الطريق غير كاف في الواجهة الشمالية";
const arabicReply = "ما زالت الملاحظة قائمة في الجولة الثانية";

describe("markups summary HTML", () => {
  it("is right to left in Arabic and escapes what users wrote", () => {
    const page = markupSummaryHtml({
      language: "ar",
      dossier,
      round: 2,
      entries: [entry(remark(1, { comment: "<img src=x onerror=alert(1)>" }))],
      generatedAt: now,
    });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain("ملخص الملاحظات");
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).not.toMatch(/https?:\/\//);
  });

  it("draws an inline crop picture, and refuses any other source", () => {
    const crop = {
      png: "data:image/png;base64,iVBORw0KGgo=",
      widthPx: 200,
      heightPx: 150,
      left: 0,
      bottom: 0,
      right: 400,
      top: 300,
    };
    const summary = (png: string) =>
      markupSummaryHtml({
        language: "fr",
        dossier,
        round: null,
        entries: [{ ...entry(remark(1)), crop: { ...crop, png } }],
        generatedAt: now,
      });
    expect(summary(crop.png)).toContain(`<image href="${crop.png}"`);
    const remote = summary("https://example.org/x.png");
    expect(remote).not.toContain("<image");
    expect(remote).toContain('class="locator"');
  });
});

describe.skipIf(!hasChromium)("markups summary PDF", () => {
  let renderer: PdfRenderer;
  beforeAll(() => {
    renderer = createChromiumPdfRenderer();
  });
  afterAll(async () => renderer.close());

  it("prints Arabic comments and replies as typed, fonts embedded", async () => {
    const reply = remark(99, {
      kind: "reply",
      inReplyTo: "m-1",
      comment: arabicReply,
      authorName: "يوسف الإدريسي",
    });
    const pdf = await printMarkupSummaryPdf({
      renderer,
      language: "ar",
      dossier,
      round: 2,
      entries: [
        entry(remark(1, { comment: arabicComment, carriedFrom: "m-0" }), [
          reply,
        ]),
        entry(remark(2, { status: "resolved" })),
      ],
      generatedAt: now,
    });

    const text = withoutBidiControls(poppler("pdftotext", pdf));
    expect(text).toMatch(asTypedPattern(arabicComment));
    expect(text).toMatch(asTypedPattern(arabicReply));
    expect(text).toMatch(asTypedPattern("ملخص الملاحظات"));
    expect(text).toMatch(asTypedPattern("منقولة من الجولة"));
    expect(text).toMatch(asTypedPattern("محلولة"));
    expect(text).toContain(dossier.number);
    const embedded = fontEmbedding(poppler("pdffonts", pdf));
    expect(embedded.length).toBeGreaterThan(0);
    expect(embedded.every(Boolean)).toBe(true);
  });

  it("keeps 500 remarks on a sane number of A4 pages", async () => {
    const entries = Array.from({ length: 500 }, (_, i) => entry(remark(i)));
    const started = performance.now();
    const pdf = await printMarkupSummaryPdf({
      renderer,
      language: "fr",
      dossier,
      round: null,
      entries,
      generatedAt: now,
    });
    const elapsedMs = Math.round(performance.now() - started);

    const pages = (await PDFDocument.load(pdf)).getPageCount();
    process.stdout.write(
      `markups summary: 500 remarks -> ${pages} pages, ` +
        `${Math.round(pdf.length / 1024)} KiB, ${elapsedMs} ms\n`,
    );
    // About 15 to 25 rows a page with their locator drawings.
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(60);
    const text = poppler("pdftotext", pdf);
    expect(text).toContain("Remarque 0 : recul sur voie à vérifier");
    expect(text).toContain("Remarque 499 : recul sur voie à vérifier");
    expect(text).toContain("Tous les tours");
  });
});

/** Width, height and RGB pixels of a PNG written by sheetCrops. */
function decodePng(crop: { png: string }) {
  const png = Buffer.from(crop.png.split(",")[1] ?? "", "base64");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat = png.indexOf("IDAT");
  const length = png.readUInt32BE(idat - 4);
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + length));
  const darkShare = (() => {
    let dark = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = y * (width * 3 + 1) + 1 + x * 3;
        if ((rows[at] ?? 255) < 80) dark++;
      }
    }
    return dark / (width * height);
  })();
  return { width, height, darkShare, rows };
}

/** The share of a crop's pixels that are clearly red. */
function redShare(crop: { png: string }): number {
  const { width, height, rows } = decodePng(crop);
  let red = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      const [r = 0, g = 0, b = 0] = rows.subarray(at, at + 3);
      if (r > 180 && g < 120 && b < 120) red++;
    }
  }
  return red / (width * height);
}

describe("sheet crops for the summary", () => {
  it("cuts the sheet where the markup lies, y up as in PDF", async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([1200, 800]);
    // A black square near the top right corner of the sheet.
    page.drawRectangle({
      x: 1000,
      y: 600,
      width: 100,
      height: 100,
      color: rgb(0, 0, 0),
    });
    const crops = await sheetCrops(await pdf.save(), [
      {
        key: "on",
        sheetIndex: 0,
        left: 1000,
        right: 1100,
        bottom: 600,
        top: 700,
      },
      {
        key: "off",
        sheetIndex: 0,
        left: 100,
        right: 200,
        bottom: 100,
        top: 200,
      },
      { key: "none", sheetIndex: 3, left: 0, right: 1, bottom: 0, top: 1 },
    ]);
    expect([...crops.keys()].sort()).toEqual(["off", "on"]);
    const on = decodePng(crops.get("on")!);
    expect(on.width).toBeLessThanOrEqual(220);
    expect(on.height).toBeLessThanOrEqual(150);
    // The square fills the middle of its crop, margins around it.
    expect(on.darkShare).toBeGreaterThan(0.2);
    expect(on.darkShare).toBeLessThan(0.8);
    expect(decodePng(crops.get("off")!).darkShare).toBe(0);
    // The picture says which part of the sheet it shows, around the square.
    const shown = crops.get("on")!;
    expect(shown.left).toBeLessThan(1000);
    expect(shown.right).toBeGreaterThan(1100);
    expect(shown.bottom).toBeLessThan(600);
    expect(shown.top).toBeGreaterThan(700);
  });

  it("shows the markup itself, drawn into the sheet", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([1200, 800]);
    const sheet = await pdf.save();
    const cloud = remark(3, {
      color: "#ff0000",
      points: [
        { x: 500, y: 500 },
        { x: 700, y: 500 },
        { x: 700, y: 350 },
        { x: 500, y: 350 },
      ],
    });
    const request = {
      key: "cloud",
      sheetIndex: 0,
      left: 500,
      right: 700,
      bottom: 350,
      top: 500,
    };

    const plain = await sheetCrops(sheet, [request]);
    const marked = await sheetCrops(
      await markedSheet(sheet, [cloud], { language: "fr", textFont: null }),
      [request],
    );

    expect(redShare(plain.get("cloud")!)).toBe(0);
    expect(redShare(marked.get("cloud")!)).toBeGreaterThan(0.01);
  });

  const heavy = corpusFile(
    "plans/bluebeam_E201A_electrical_floor_plan_42x30.pdf",
  );
  if (!existsSync(heavy)) {
    process.stderr.write(`sheet crops bench: ${heavy} missing; skipped\n`);
  }
  it.skipIf(!existsSync(heavy))(
    "draws a heavy CAD sheet once for 500 crops",
    async () => {
      const requests = Array.from({ length: 500 }, (_, i) => ({
        key: `k${i}`,
        sheetIndex: 0,
        left: 400 + (i % 20) * 100,
        right: 600 + (i % 20) * 100,
        bottom: 800 + (i % 10) * 100,
        top: 950 + (i % 10) * 100,
      }));
      const started = performance.now();
      const crops = await sheetCrops(readFileSync(heavy), requests);
      const elapsedMs = Math.round(performance.now() - started);
      process.stdout.write(
        `sheet crops: 500 on the 42x30 in sheet in ${elapsedMs} ms\n`,
      );
      expect(crops.size).toBe(500);
      const inked = [...crops.values()].filter(
        (png) => decodePng(png).darkShare > 0,
      );
      expect(inked.length).toBeGreaterThan(400);
    },
    120_000,
  );
});
