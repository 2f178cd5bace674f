import {
  PDFDocument,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  rgb,
  StandardFonts,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from "pdf-lib";

/**
 * A small three-sheet plan set made for the viewer's tests, with what CAD
 * exports carry and the viewer must honour: three layers, one hidden by
 * default (/D /OFF) and one locked (/D /Locked); page labels on the first
 * two sheets; a bookmark naming the third.
 */
export const LAYERED_SHEETS = {
  walls: "A-MURS",
  dimensions: "A-COTATION",
  titleBlock: "CARTOUCHE",
  labels: ["A-101", "A-102"],
  bookmark: "Coupe A-A",
  sizePt: { width: 842, height: 595 },
  /** The filled title block's middle, as fractions of the sheet (y down). */
  titleBlockCentre: { u: 700 / 842, v: (595 - 85) / 595 },
  /** The largest writing in each title block, and the smaller one. */
  blockTitle: "PLAN DU REZ-DE-CHAUSSEE",
  blockNote: "Echelle 1/100",
} as const;

/** The set's bytes. */
export async function layeredSheetsPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const context = pdf.context;
  const group = (name: string) =>
    context.register(
      context.obj({ Type: PDFName.of("OCG"), Name: PDFString.of(name) }),
    );
  const walls = group(LAYERED_SHEETS.walls);
  const dimensions = group(LAYERED_SHEETS.dimensions);
  const titleBlock = group(LAYERED_SHEETS.titleBlock);

  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages: PDFPage[] = [];
  for (let i = 0; i < 3; i++) {
    const page = pdf.addPage([
      LAYERED_SHEETS.sizePt.width,
      LAYERED_SHEETS.sizePt.height,
    ]);
    page.node
      .normalizedEntries()
      .Resources.set(
        PDFName.of("Properties"),
        context.obj({ W: walls, D: dimensions, T: titleBlock }),
      );
    drawSheet(page, font);
    pages.push(page);
  }

  pdf.catalog.set(
    PDFName.of("OCProperties"),
    context.obj({
      OCGs: [walls, dimensions, titleBlock],
      D: context.obj({
        Order: [walls, dimensions, titleBlock],
        OFF: [dimensions],
        Locked: [titleBlock],
      }),
    }),
  );
  pdf.catalog.set(
    PDFName.of("PageLabels"),
    context.obj({
      Nums: [
        0,
        context.obj({ P: PDFString.of(LAYERED_SHEETS.labels[0]) }),
        1,
        context.obj({ P: PDFString.of(LAYERED_SHEETS.labels[1]) }),
        2,
        context.obj({}),
      ],
    }),
  );
  addBookmark(pdf, pages[2]?.ref, LAYERED_SHEETS.bookmark);
  return pdf.save({ useObjectStreams: false });
}

/** Walls, dimension lines and a title block, each in its layer. */
function drawSheet(page: PDFPage, font: PDFFont): void {
  const inLayer = (key: string, draw: () => void) => {
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of("OC"),
        PDFName.of(key),
      ]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  };
  const black = rgb(0, 0, 0);
  inLayer("W", () => {
    page.drawRectangle({
      x: 120,
      y: 150,
      width: 420,
      height: 300,
      borderColor: black,
      borderWidth: 12,
    });
  });
  inLayer("D", () => {
    for (let x = 120; x <= 540; x += 60) {
      page.drawLine({
        start: { x, y: 480 },
        end: { x, y: 520 },
        thickness: 4,
        color: black,
      });
    }
  });
  inLayer("T", () => {
    page.drawRectangle({
      x: 600,
      y: 40,
      width: 200,
      height: 90,
      color: black,
    });
    const white = rgb(1, 1, 1);
    page.drawText(LAYERED_SHEETS.blockTitle, {
      x: 606,
      y: 95,
      size: 14,
      font,
      color: white,
    });
    page.drawText(LAYERED_SHEETS.blockNote, {
      x: 606,
      y: 60,
      size: 7,
      font,
      color: white,
    });
  });
}

function addBookmark(
  pdf: PDFDocument,
  page: PDFRef | undefined,
  title: string,
): void {
  if (page === undefined) return;
  const context = pdf.context;
  const outlines = context.nextRef();
  const item = context.register(
    context.obj({
      Title: PDFString.of(title),
      Parent: outlines,
      Dest: [page, PDFName.of("Fit")],
    }),
  );
  context.assign(
    outlines,
    context.obj({
      Type: PDFName.of("Outlines"),
      First: item,
      Last: item,
      Count: 1,
    }),
  );
  pdf.catalog.set(PDFName.of("Outlines"), outlines);
}
