import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFNumber,
  type PDFRef,
} from "pdf-lib";

/**
 * Files the server's registration accepts (it measures only the first
 * 50 sheets) but whose later sheet is hostile, so the viewer alone has
 * to cope with it: a sheet 2147483647 points tall, and a page-tree entry
 * that is no page at all. Each has 50 sound sheets first.
 */
export const SOUND_SHEETS = 50;

async function soundSheets(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < SOUND_SHEETS; index++) {
    const page = doc.addPage([842, 595]);
    page.drawRectangle({ x: 40, y: 40, width: 762, height: 515 });
  }
  return doc;
}

/**
 * Sheet 51 has a MediaBox far beyond the PDF format's 200 in, held in an
 * object of its own, where the server's scan of the raw bytes does not
 * look.
 */
export async function hugeLastSheet(): Promise<Uint8Array> {
  const doc = await soundSheets();
  const page = doc.addPage([595, 842]);
  const box = doc.context.register(doc.context.obj([0, 0, 595, 2_147_483_647]));
  page.node.set(PDFName.of("MediaBox"), box);
  return doc.save({ useObjectStreams: false });
}

/** Sheet 51 of the page tree is a number where a page should be. */
export async function brokenLastSheet(): Promise<Uint8Array> {
  const doc = await soundSheets();
  const tree = doc.catalog.Pages();
  const kids = tree.lookup(PDFName.of("Kids"), PDFArray);
  const notAPage: PDFRef = doc.context.register(PDFNumber.of(7));
  kids.push(notAPage);
  tree.set(PDFName.of("Count"), PDFNumber.of(SOUND_SHEETS + 1));
  return doc.save({ useObjectStreams: false });
}

/**
 * A compute bomb of a few kilobytes: form XObjects nested `levels` deep,
 * each drawing the one below twice, so the sheet holds 2^levels tiny
 * squares. Registration accepts it in a few seconds (it never draws a
 * sheet); PDFium's heap reaches its 2 GB limit and aborts, and pdf.js,
 * poppler and MuPDF were each still drawing after 20 s.
 */
export async function nestedFormBomb(levels = 26): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([842, 595]);
  const { context } = doc;
  const form = (content: string, below: PDFRef | null) =>
    context.register(
      context.stream(content, {
        Type: "XObject",
        Subtype: "Form",
        BBox: [0, 0, 842, 595],
        Resources: below === null ? {} : { XObject: { X: below } },
      }),
    );
  let top = form("0 0 1 1 re f", null);
  for (let level = 0; level < levels; level++) {
    top = form("q /X Do Q q 1 0 0 1 0.5 0.5 cm /X Do Q", top);
  }
  page.node.set(PDFName.of("Resources"), context.obj({ XObject: { X: top } }));
  const content = context.stream("q 10 0 0 10 100 100 cm /X Do Q");
  page.node.set(PDFName.of("Contents"), context.register(content));
  return doc.save({ useObjectStreams: false });
}
