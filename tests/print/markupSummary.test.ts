import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createChromiumPdfRenderer,
  printMarkupSummaryPdf,
  type PdfRenderer,
} from "../../electron/services/printing";
import { markupSchema, type Markup } from "../../shared/domain/entities";
import {
  markupSummaryHtml,
  type MarkupSummaryEntry,
} from "../../shared/print/markupSummaryHtml";
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
