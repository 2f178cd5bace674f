import { deflateSync } from "node:zlib";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { checkPdf } from "../../server/documents/pdfCheck";
import { objectStreamPdf } from "./objectStreamPdf";
import { quietLogger } from "./serverTestKit";

/*
 * Since PDF 1.5 most producers pack page dictionaries into compressed
 * object streams. The PDF check must judge those sheets as it judges
 * plain ones: a trap moved into an object stream is still a trap.
 */

const CATALOG = "<< /Type /Catalog /Pages 3 0 R >>";
const ONE_KID = "<< /Type /Pages /Count 1 /Kids [4 0 R] >>";

/** A sheet (object 4, in the object stream) with these extra entries. */
function packedSheet(entries: string): Uint8Array {
  const page = `<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] ${entries} >>`;
  return objectStreamPdf([CATALOG], [ONE_KID, page]);
}

describe("the PDF check reads sheets packed in object streams", () => {
  it("accepts a plain packed sheet and a partial crop", async () => {
    for (const entries of ["", "/CropBox [100 100 300 300]"]) {
      expect(await checkPdf(packedSheet(entries), quietLogger())).toEqual({
        pageCount: 1,
        error: null,
      });
    }
  });

  it("refuses a packed sheet cropped wholly outside its paper", async () => {
    const bytes = packedSheet("/CropBox [2000 2000 2500 2500]");
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.implausible",
    });
  });

  it("refuses a packed page tree whose count is far above its objects", async () => {
    const tree = "<< /Type /Pages /Count 900000 /Kids [4 0 R] >>";
    const page = "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>";
    const bytes = objectStreamPdf([CATALOG], [tree, page]);
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.implausible",
    });
  });

  it("refuses a packed empty page tree beside a stray page", async () => {
    const empty = "<< /Type /Pages /Count 0 /Kids [] >>";
    const stray = "<< /Type /Page /MediaBox [0 0 595 842] >>";
    const bytes = objectStreamPdf([CATALOG], [empty, stray]);
    expect(await checkPdf(bytes, quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.noPages",
    });
  });

  it("follows a packed /Kids reference to a packed array", async () => {
    // Objects 3 (the tree), 4 (its /Kids array) and 5 (the sheet).
    const tree = "<< /Type /Pages /Count 1 /Kids 4 0 R >>";
    const page = (box: string) =>
      `<< /Type /Page /Parent 3 0 R /MediaBox ${box} >>`;
    const packed = (box: string) =>
      objectStreamPdf([CATALOG], [tree, "[5 0 R]", page(box)]);
    expect(await checkPdf(packed("[0 0 595 842]"), quietLogger())).toEqual({
      pageCount: 1,
      error: null,
    });
    expect(await checkPdf(packed("[0 0 595 99999]"), quietLogger())).toEqual({
      pageCount: null,
      error: "document.error.implausible",
    });
  });

  it("judges a crop as pdf-lib packs it", async () => {
    const save = async (crop: [number, number, number, number]) => {
      const doc = await PDFDocument.create({ updateMetadata: false });
      doc.addPage([595, 842]).setCropBox(...crop);
      return doc.save({ useObjectStreams: true });
    };
    expect(
      await checkPdf(await save([2000, 2000, 500, 500]), quietLogger()),
    ).toEqual({ pageCount: null, error: "document.error.implausible" });
    expect(
      await checkPdf(await save([100, 100, 300, 300]), quietLogger()),
    ).toEqual({ pageCount: 1, error: null });
  });

  it("does not inflate an object stream bomb, and still reads the file", async () => {
    // 64 MB of zeros in 64 KB: far more than any page dictionaries need.
    const zeros = deflateSync(Buffer.alloc(64 * 1024 * 1024));
    const data = zeros.toString("latin1");
    const bomb =
      `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode ` +
      `/Length ${data.length} >>\nstream\n${data}\nendstream`;
    // The bomb is object 2, the object stream 3, the page tree 4 and 5.
    const bytes = objectStreamPdf(
      ["<< /Type /Catalog /Pages 4 0 R >>", bomb],
      [
        "<< /Type /Pages /Count 1 /Kids [5 0 R] >>",
        "<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] >>",
      ],
    );
    const started = Date.now();
    const result = await checkPdf(bytes, quietLogger());
    expect(result).toEqual({ pageCount: 1, error: null });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
