import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { annotatedPdf } from "../../shared/annotations/annotatedPdf";
import { markupsFromXfdf } from "../../shared/annotations/markupFromXfdf";
import { readPdfAnnotations } from "../../shared/annotations/pdfAnnotationReader";
import { readXfdf } from "../../shared/annotations/xfdfReader";
import { writeXfdf } from "../../shared/annotations/xfdfWriter";
import type { Markup } from "../../shared/domain/entities";
import { asMarkups, compareRoundTrip, corpusDir, corpusFile } from "./support";

/*
 * Markups read from Acrobat's and PDFBox's XFDF go out again as XFDF and as
 * real annotations of an annotated PDF, and come back the same.
 */

const NOW = "2026-01-01T00:00:00.000Z";
const dir = corpusFile("annotations");
const acrobatFiles = dir
  ? readdirSync(dir).filter((f) => /^acrobat_.*\.xfdf$/.test(f))
  : [];

function read(xfdf: string, pageCount: number): Markup[] {
  return asMarkups(
    markupsFromXfdf(readXfdf(xfdf), { pageCount, nowIso: NOW }).markups,
  );
}

/**
 * The XFDF's own PDF, with its first page repeated until the pages the
 * XFDF names exist (some Acrobat files name page index 1 of a one-page
 * PDF kept beside them).
 */
async function pdfFor(xfdfName: string, pages: number): Promise<Uint8Array> {
  const file = path.join(
    corpusDir,
    "annotations",
    xfdfName.replace(/\.xfdf$/, ".pdf"),
  );
  const doc = await PDFDocument.load(readFileSync(file));
  while (doc.getPageCount() < pages) {
    const [copy] = await doc.copyPages(doc, [0]);
    if (copy) doc.addPage(copy);
  }
  return doc.save();
}

describe.skipIf(acrobatFiles.length === 0)("annotated PDF round trip", () => {
  it.each(acrobatFiles)(
    "%s: XFDF to PDF annotations and back",
    async (name) => {
      const xfdf = readFileSync(
        path.join(corpusDir, "annotations", name),
        "utf8",
      );
      const pages = Math.max(
        1,
        ...readXfdf(xfdf).map((a) => Number(a.attrs["page"]) + 1),
      );
      const before = read(xfdf, pages);
      const original = await pdfFor(name, pages);
      const bytes = await annotatedPdf(original, before, false);

      // The corpus PDF already holds Acrobat's copies of the same names; ours
      // are appended after them, so the last of each name is ours.
      const annotations = (await readPdfAnnotations(bytes))
        .reverse()
        .filter(
          (a, i, all) =>
            all.findIndex((b) => b.attrs["name"] === a.attrs["name"]) === i,
        );
      const set = markupsFromXfdf(annotations, {
        pageCount: pages,
        nowIso: NOW,
      });
      const ours = asMarkups(set.markups);
      const { worstGapPt, problems } = compareRoundTrip(before, ours);
      expect(problems).toEqual([]);
      expect(worstGapPt).toBeLessThan(0.01);
      process.stdout.write(`${name} via PDF: worst gap ${worstGapPt} pt\n`);
    },
  );
});

describe("PDFBox XFDF round trip", () => {
  const file = corpusFile(
    "annotations/pdfbox_xfdf_test_document_annotations.xfdf",
  );
  it.skipIf(file === null)("export and re-import keep every markup", () => {
    const before = read(readFileSync(file ?? "", "utf8"), 4);
    const after = read(writeXfdf(before, "document.pdf"), 4);
    const { worstGapPt, problems } = compareRoundTrip(before, after);
    expect(problems).toEqual([]);
    expect(worstGapPt).toBeLessThan(0.01);
    for (const a of before) {
      const b = after.find((m) => m.id === a.id);
      expect(b?.style).toEqual(a.style);
      expect(b?.color.toLowerCase()).toBe(a.color.toLowerCase());
      expect(b?.foreign?.["element"]).toBe(a.foreign?.["element"]);
    }
  });
});
