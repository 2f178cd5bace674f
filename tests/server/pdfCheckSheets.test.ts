import { createHash } from "node:crypto";
import { PDFDocument, PDFHexString, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { checkPdf } from "../../server/documents/pdfCheck";
import { quietLogger } from "./serverTestKit";
import { rawPdf } from "../support/rawPdf";

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

  it("refuses a sheet cropped wholly outside its paper, keeps a partial crop", async () => {
    const outside = await sheetPdf((doc) => {
      doc.getPage(0).setCropBox(2000, 2000, 500, 500);
    });
    expect(await checkPdf(outside, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.implausible",
    });
    const partial = await sheetPdf((doc) => {
      doc.getPage(0).setCropBox(100, 100, 300, 300);
    });
    expect(await checkPdf(partial, quietLogger())).toEqual({
      pageCount: 1,
      error: null,
    });
  });

  it("refuses a crop outside the paper a sheet inherits from its tree", async () => {
    const catalog = "<< /Type /Catalog /Pages 2 0 R >>";
    const paper = "/MediaBox [0 0 595 842]";
    const crop = "/CropBox [2000 2000 2500 2500]";
    const sheet = (own: string) => `<< /Type /Page /Parent 2 0 R ${own} >>`;
    const tree = (own: string) =>
      `<< /Type /Pages /Count 1 /Kids [3 0 R] ${own} >>`;
    const placements: [string, string][] = [
      [paper, crop],
      [crop, paper],
    ];
    for (const [treeBoxes, sheetBoxes] of placements) {
      const bytes = rawPdf([catalog, tree(treeBoxes), sheet(sheetBoxes)]);
      expect(await checkPdf(bytes, quietLogger())).toEqual({
        pageCount: null,
        error: "document.error.implausible",
      });
    }
    // A sheet's own crop replaces the one its tree gives.
    const fixed = rawPdf([
      catalog,
      tree(`${paper} ${crop}`),
      sheet("/CropBox [100 100 300 300]"),
    ]);
    expect(await checkPdf(fixed, quietLogger())).toEqual({
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

  it("accepts a page tree whose /Kids is a reference to an array", async () => {
    // Object 3 is the /Kids array; 4 and 5 the sheets, as pdfinfo reads it.
    const sheet = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";
    const bytes = rawPdf([
      catalog,
      "<< /Type /Pages /Count 2 /Kids 3 0 R >>",
      "[4 0 R 5 0 R]",
      sheet,
      sheet,
    ]);
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: 2,
      error: null,
    });
  });

  it("judges the sheets an indirect /Kids array reaches", async () => {
    const bytes = rawPdf([
      catalog,
      "<< /Type /Pages /Count 1 /Kids 3 0 R >>",
      "[4 0 R]",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 99999] >>",
    ]);
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.implausible",
    });
  });

  it("refuses an indirect /Kids array that is empty", async () => {
    const bytes = rawPdf([
      catalog,
      "<< /Type /Pages /Count 0 /Kids 3 0 R >>",
      "[]",
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

/** The 32 bytes that pad a password (PDF 32000-1, 7.6.3.3). */
const PASSWORD_PAD = Buffer.from(
  "28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a",
  "hex",
);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = [...Array(256).keys()];
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n += 1) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/**
 * A sheet encrypted with RC4 40-bit (revision 2). With `userPassword`
 * false its /U is the empty password's, so it opens without one (an owner
 * password only); otherwise /U matches no empty password.
 */
async function encryptedPdf(userPassword: boolean): Promise<Uint8Array> {
  return sheetPdf((doc) => {
    const owner = Buffer.alloc(32, 7);
    const id = Buffer.alloc(16, 3);
    const permissions = -4;
    const p = Buffer.alloc(4);
    p.writeInt32LE(permissions);
    const md5 = createHash("md5").update(PASSWORD_PAD).update(owner);
    const key = md5.update(p).update(id).digest().subarray(0, 5);
    const user = userPassword ? Buffer.alloc(32, 9) : rc4(key, PASSWORD_PAD);

    const hex = (bytes: Buffer) => PDFHexString.of(bytes.toString("hex"));
    const encrypt = doc.context.obj({
      Filter: "Standard",
      V: 1,
      R: 2,
      O: hex(owner),
      U: hex(user),
      P: permissions,
    });
    doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
    doc.context.trailerInfo.ID = doc.context.obj([hex(id), hex(id)]);
  });
}

describe("the PDF check and passwords", () => {
  it("names a user password instead of calling the file unreadable", async () => {
    expect(await checkPdf(await encryptedPdf(true), quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.passwordProtected",
    });
  });

  it("accepts a file with an owner password only", async () => {
    expect(await checkPdf(await encryptedPdf(false), quietLogger())).toEqual({
      pageCount: 1,
      error: null,
    });
  });
});
