import type { Dossier, Markup, Opinion } from "../domain/entities";
import { clauseList } from "./clauseList";
import { printLabels, procedureLabels, verdictLabels } from "./labels";
import { printDateTime } from "./printDates";
import { bilingual, factRow, headingPair, printDocument } from "./printPage";
import { html } from "./safeHtml";

/** What an opinion sheet shows. */
export interface OpinionSheetInput {
  readonly dossier: Dossier;
  readonly opinion: Opinion;
  /** The dossier's markups; those the clauses point at are printed. */
  readonly markups: readonly Markup[];
  /** When the sheet is produced (printed as its date). */
  readonly generatedAt: Date;
  /**
   * @font-face rules embedding the print font as data: URLs (from
   * electron/services/printing/fonts.ts). Without them the renderer falls
   * back to system fonts and the PDF may differ between machines.
   */
  readonly fontCss?: string;
}

/**
 * A member's opinion as a bilingual (French and Arabic) A4 sheet: the
 * dossier's number, procedure and commune, the member and service, the
 * verdict, the conditions or reasons with the markups they point at, and
 * the date. Every value is HTML-escaped. The lower margin is left free for
 * the signature stamp.
 */
export function opinionHtml(input: OpinionSheetInput): string {
  const { dossier, opinion, markups } = input;
  const labels = printLabels;

  const facts = html`<table class="facts">
    ${factRow(labels.dossierNumber, dossier.number)}
    ${factRow(labels.procedure, bilingual(procedureLabels[dossier.procedure]))}
    ${factRow(labels.commune, dossier.commune)}
    ${factRow(labels.round, String(opinion.round))}
    ${factRow(labels.member, opinion.memberName)}
    ${factRow(labels.service, opinion.serviceName)}
    ${factRow(labels.verdict, bilingual(verdictLabels[opinion.verdict]))}
    ${factRow(labels.date, printDateTime(input.generatedAt))}
  </table>`;

  const body = html`${headingPair("h1", labels.opinionTitle)}${facts}
  ${headingPair("h2", labels.conditions)}
  ${clauseList(opinion.conditions, markups)}
  ${headingPair("h2", labels.reasons)} ${clauseList(opinion.reasons, markups)}`;

  return printDocument({
    title: `${labels.opinionTitle.fr} ${dossier.number}`,
    fontCss: input.fontCss ?? "",
    body,
  });
}
