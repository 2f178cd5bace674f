import type { Logger } from "pino";
import { markupSummaryHtml } from "../../../shared/print/markupSummaryHtml";
import type { MarkupSummaryInput } from "../../../shared/print/markupSummaryHtml";
import { loadPrintFontCss } from "./fonts";
import type { PdfRenderer } from "./pdfRenderer";

/** What printing the markups summary needs. */
export interface MarkupSummaryPrintInput extends Omit<
  MarkupSummaryInput,
  "fontCss"
> {
  readonly renderer: PdfRenderer;
  /** Where the print fonts are; see `loadPrintFontCss`. */
  readonly fontsDir?: string;
  /** The "printing" logger, told when the fonts are missing. */
  readonly logger?: Logger;
}

/**
 * Prints the markups list as a PDF through the same renderer as the
 * decision (headless Chromium, or Electron's printToPDF), with the print
 * font embedded so that Arabic comments shape and extract as typed.
 */
export async function printMarkupSummaryPdf(
  input: MarkupSummaryPrintInput,
): Promise<Uint8Array> {
  const { renderer, fontsDir, logger, ...summary } = input;
  const html = markupSummaryHtml({
    ...summary,
    fontCss: await loadPrintFontCss({ fontsDir, logger }),
  });
  return renderer.htmlToPdf(html, { pageSize: "A4" });
}
