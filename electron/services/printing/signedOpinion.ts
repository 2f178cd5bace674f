import type { Logger } from "pino";
import type { Dossier, Markup, Opinion } from "../../../shared/domain/entities";
import { opinionHtml, verdictLabels } from "../../../shared/print";
import {
  loadPkcs12Signer,
  requireValidAt,
  signPdfWithKey,
} from "../../../shared/signature";
import { loadPrintFontCss, loadStampFont } from "./fonts";
import type { PdfRenderer } from "./pdfRenderer";

/** What producing a signed opinion needs. */
export interface SignedOpinionInput {
  readonly renderer: PdfRenderer;
  readonly opinion: Opinion;
  readonly dossier: Dossier;
  /** The dossier's markups; those the clauses point at are printed. */
  readonly markups: readonly Markup[];
  /** The member's PKCS#12 (.p12/.pfx) file and its password. */
  readonly pkcs12: Uint8Array;
  readonly password: string;
  /** The signing time: printed on the sheet and written to /M. */
  readonly now: Date;
  /** Where the print fonts are; see `loadPrintFontCss`. */
  readonly fontsDir?: string;
  /** The "printing" logger, told when the fonts are missing. */
  readonly logger?: Logger;
}

/**
 * Prints a member's opinion sheet and signs it (PAdES B-B, visible stamp on
 * the last page). The certificate is opened and its validity at `now`
 * checked first, so that a wrong password or an expired certificate fails
 * at once, before Chromium is started.
 *
 * @returns the signed PDF, to store as a `signed_opinion` Document.
 * @throws UserError `signature.error.*` (see shared/signature).
 */
export async function produceSignedOpinionPdf(
  input: SignedOpinionInput,
): Promise<Uint8Array> {
  const key = await loadPkcs12Signer(input.pkcs12, input.password);
  requireValidAt(key.certificate, input.now);

  const html = opinionHtml({
    dossier: input.dossier,
    opinion: input.opinion,
    markups: input.markups,
    generatedAt: input.now,
    fontCss: await loadPrintFontCss(input),
  });
  const pdf = await input.renderer.htmlToPdf(html, { pageSize: "A4" });

  const verdict = verdictLabels[input.opinion.verdict].fr;
  return signPdfWithKey(pdf, key, {
    name: input.opinion.memberName,
    reason: `${verdict} - ${input.opinion.serviceName} - ${input.dossier.number}`,
    location: input.dossier.commune,
    signingTime: input.now,
    stampFont: (await loadStampFont(input)) ?? undefined,
  });
}
