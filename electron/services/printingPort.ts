import type { Logger } from "pino";
import {
  createChromiumPdfRenderer,
  printDecisionPdf,
  printMarkupSummaryPdf,
  produceSignedOpinionPdf,
  type PdfRenderer,
} from "./printing";
import type { PrintingPort } from "./handlers";

/** Makes the PdfRenderer a shell prints with. */
export type PdfRendererFactory = (log: Logger) => PdfRenderer;

/**
 * The PrintingPort over the printing modules (electron/services/printing).
 * The renderer is headless Chromium by default (browser mode, tests);
 * Electron passes its printToPDF renderer. It is made on first use, since
 * most launches never print.
 */
export function createPrintingPort(
  log: Logger,
  rendererFactory: PdfRendererFactory = (logger) =>
    createChromiumPdfRenderer({ logger }),
): PrintingPort {
  let renderer: PdfRenderer | null = null;
  const rendererOf = (): PdfRenderer => (renderer ??= rendererFactory(log));

  return {
    signedOpinionPdf: async (input) => {
      const pdf = await produceSignedOpinionPdf({
        renderer: rendererOf(),
        ...input,
      });
      log.info({ dossier: input.dossier.number }, "opinion signed");
      return new Uint8Array(pdf);
    },

    decisionPdf: async ({ detail, now }) => {
      const pdf = await printDecisionPdf({
        renderer: rendererOf(),
        dossier: detail.dossier,
        commission: detail.commission,
        session: detail.session,
        opinions: detail.opinions,
        now,
      });
      return new Uint8Array(pdf);
    },

    markupSummaryPdf: async (input) => {
      const pdf = await printMarkupSummaryPdf({
        renderer: rendererOf(),
        logger: log,
        ...input,
      });
      log.info(
        { dossier: input.dossier.number, markups: input.entries.length },
        "markups summary printed",
      );
      return new Uint8Array(pdf);
    },

    close: async () => {
      await renderer?.close();
      renderer = null;
    },
  };
}
