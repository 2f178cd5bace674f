import { warmPdfjs } from "./pdfjs";
import { sharedPdfiumEngine } from "./render/PdfiumEngine";

/**
 * Loads both sheet engines (pdf.js's worker, PDFium compiled in its own)
 * while the reviewer is still on the sign-in or inbox screen, so that
 * opening the first sheet waits only for the sheet. Resolves when both
 * are ready.
 */
export async function warmSheetEngines(): Promise<void> {
  await Promise.all([warmPdfjs(), sharedPdfiumEngine().warm()]);
}
