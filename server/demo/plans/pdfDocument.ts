import { PDFDocument, StandardFonts } from "pdf-lib";
import { OptionalContent } from "./optionalContent";
import { Sheet } from "./sheet";
import { sheetLayout } from "./layout";
import type { SheetLayout } from "./layout";
import type { SheetFormat } from "./units";

/** A one-sheet plan document being drawn. */
export interface PlanDocument {
  readonly pdf: PDFDocument;
  readonly sheet: Sheet;
  readonly layout: SheetLayout;
  readonly layers: OptionalContent;
}

/**
 * Starts a one-page plan PDF. Metadata are set from `date` and nothing
 * else, so the same inputs give the same bytes (pdf-lib would otherwise
 * stamp the current time).
 */
export async function newPlanDocument(options: {
  format: SheetFormat;
  title: string;
  author: string;
  date: Date;
}): Promise<PlanDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(options.title);
  pdf.setAuthor(options.author);
  pdf.setCreator("Lajna demo generator");
  pdf.setProducer("pdf-lib");
  pdf.setCreationDate(options.date);
  pdf.setModificationDate(options.date);

  const layout = sheetLayout(options.format);
  const page = pdf.addPage([layout.widthPt, layout.heightPt]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const layers = new OptionalContent(pdf, page);
  return { pdf, sheet: new Sheet(page, regular, bold, layers), layout, layers };
}

/** The finished PDF's bytes. */
export async function savePlanDocument(doc: PlanDocument): Promise<Uint8Array> {
  doc.layers.finish();
  return doc.pdf.save({ useObjectStreams: true });
}
