import type { Logger } from "pino";
import type {
  Commission,
  CommitteeSession,
  Dossier,
  Opinion,
} from "../../../shared/domain/entities";
import { committeeOutcome } from "../../../shared/domain/outcome";
import { decisionHtml } from "../../../shared/print";
import { loadPrintFontCss } from "./fonts";
import type { PdfRenderer } from "./pdfRenderer";

/** What printing a decision needs. */
export interface DecisionPrintInput {
  readonly renderer: PdfRenderer;
  readonly dossier: Dossier;
  readonly commission: Commission | null;
  readonly session: CommitteeSession | null;
  /** The round's opinions; only signed ones count towards the outcome. */
  readonly opinions: readonly Opinion[];
  readonly now: Date;
  /** Where the print fonts are; see `loadPrintFontCss`. */
  readonly fontsDir?: string;
  /** The "printing" logger, told when the fonts are missing. */
  readonly logger?: Logger;
}

/**
 * Prints the committee's decision on a dossier. The outcome is derived
 * here from the opinions with the commission's quorum and the binding
 * opinion required, so the paper always agrees with the rule.
 */
export async function printDecisionPdf(
  input: DecisionPrintInput,
): Promise<Uint8Array> {
  const outcome = committeeOutcome(input.opinions, {
    quorum: input.commission?.quorum ?? 0,
    requireBinding: true,
  });
  const html = decisionHtml({
    dossier: input.dossier,
    commission: input.commission,
    session: input.session,
    opinions: input.opinions,
    outcome,
    generatedAt: input.now,
    fontCss: await loadPrintFontCss(input),
  });
  return input.renderer.htmlToPdf(html, { pageSize: "A4" });
}
