import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { checkPdf } from "../../server/documents/pdfCheck";
import { quietLogger } from "./serverTestKit";

/*
 * The PDF check judges the sheets a file really has: files built here
 * byte by byte, each with one trap an attacker registered.
 */

/** A one-sheet PDF, every object plain (no object streams). */
async function sheetPdf(
  build: (doc: PDFDocument) => void = () => undefined,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([595, 842]);
  build(doc);
  return doc.save({ useObjectStreams: false });
}

describe("the PDF check judges only the page tree", () => {
  it("accepts a sheet whose drawn text spells a huge /MediaBox", async () => {
    const bytes = await sheetPdf((doc) => {
      const text = "BT /F1 9 Tf 72 72 Td (/MediaBox [0 0 99999 99999]) Tj ET";
      const contents = doc.context.register(doc.context.stream(text));
      doc.getPage(0).node.set(PDFName.of("Contents"), contents);
    });
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: 1,
      error: null,
    });
  });

  it("accepts a file holding an unused page with a huge size", async () => {
    const bytes = await sheetPdf((doc) => {
      const box = [0, 0, 99999, 99999];
      doc.context.register(doc.context.obj({ Type: "Page", MediaBox: box }));
      doc.context.register(doc.context.obj({ Type: "Pages", Count: 99999 }));
    });
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: 1,
      error: null,
    });
  });

  it("still refuses a sheet of the tree with a huge size", async () => {
    const bytes = await sheetPdf((doc) => {
      doc.getPage(0).setMediaBox(0, 0, 595, 99999);
    });
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.implausible",
    });
  });
});

/** A PDF written object by object (1 0 obj is the catalog), with its xref. */
function rawPdf(objects: readonly string[]): Uint8Array {
  let text = "%PDF-1.7\n";
  const offsets = objects.map((body, index) => {
    const offset = text.length;
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) {
    text += `${String(offset).padStart(10, "0")} 00000 n \n`;
  }
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n`;
  text += `startxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, "latin1"));
}

describe("the PDF check refuses a file without sheets", () => {
  const catalog = "<< /Type /Catalog /Pages 2 0 R >>";

  it("refuses an empty page tree", async () => {
    const bytes = rawPdf([catalog, "<< /Type /Pages /Count 0 /Kids [] >>"]);
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.noPages",
    });
  });

  it("refuses an empty page tree beside a stray page", async () => {
    const bytes = rawPdf([
      catalog,
      "<< /Type /Pages /Count 0 /Kids [] >>",
      "<< /Type /Page /MediaBox [0 0 595 842] >>",
    ]);
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.noPages",
    });
  });

  it("accepts a page that omits its /Type", async () => {
    const bytes = rawPdf([
      catalog,
      "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
      "<< /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]);
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: 1,
      error: null,
    });
  });
});

describe("the PDF check refuses degenerate sheet sizes", () => {
  it.each([
    ["a speck", 0.01, 0.01],
    ["a thread", 14_400, 1],
    ["a strip under half an inch", 595, 35],
  ])("refuses %s", async (_name, widthPt, heightPt) => {
    const bytes = await sheetPdf((doc) => {
      doc.getPage(0).setMediaBox(0, 0, widthPt, heightPt);
    });
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.implausible",
    });
  });

  it("accepts half an inch", async () => {
    const bytes = await sheetPdf((doc) => {
      doc.getPage(0).setMediaBox(0, 0, 36, 14_400);
    });
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: 1,
      error: null,
    });
  });
});
