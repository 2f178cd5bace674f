import { warmPdfjs } from "./pdfjs";
import { sharedHelperEngine, sharedPdfiumEngine } from "./render/PdfiumEngine";

/**
 * Loads the sheet engines (pdf.js's worker, PDFium compiled in its own
 * and, on two cores or more, in a helper's) while the reviewer is still
 * on the sign-in or inbox screen, so that opening the first sheet waits
 * only for the sheet. Resolves when all are ready.
 */
export async function warmSheetEngines(): Promise<void> {
  await Promise.all([
    warmPdfjs(),
    sharedPdfiumEngine().warm(),
    sharedHelperEngine()?.warm(),
  ]);
}
