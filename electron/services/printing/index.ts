/** Printing: opinion sheets and decisions as PDF, signed where needed. */
export type { PdfOptions, PdfRenderer } from "./pdfRenderer";
export {
  createChromiumPdfRenderer,
  type ChromiumRendererOptions,
} from "./chromiumPdfRenderer";
export {
  createElectronPdfRenderer,
  type PrintWindow,
  type PrintWindowClass,
  type PrintWindowOptions,
} from "./electronPdfRenderer";
export {
  loadPrintFontCss,
  loadStampFont,
  type PrintFontOptions,
} from "./fonts";
export {
  produceSignedOpinionPdf,
  type SignedOpinionInput,
} from "./signedOpinion";
export { printDecisionPdf, type DecisionPrintInput } from "./decision";
export {
  printMarkupSummaryPdf,
  type MarkupSummaryPrintInput,
} from "./markupSummary";
