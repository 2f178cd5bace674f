import type {
  Commission,
  CommitteeSession,
  Dossier,
  Opinion,
} from "../domain/entities";
import type { OutcomeExplanation } from "../domain/outcome";
import { clauseList } from "./clauseList";
import {
  bindingLabels,
  outcomeSentence,
  printLabels,
  procedureLabels,
  verdictLabels,
} from "./labels";
import { printDateTime, printStoredDate } from "./printDates";
import {
  bilingual,
  factRow,
  headingPair,
  printDocument,
  sentencePair,
} from "./printPage";
import { html, type SafeHtml } from "./safeHtml";

/** What a decision shows. */
export interface DecisionInput {
  readonly dossier: Dossier;
  readonly commission: Commission | null;
  readonly session: CommitteeSession | null;
  /** The round's opinions, signed or not; unsigned ones are marked. */
  readonly opinions: readonly Opinion[];
  /** The outcome derived by `committeeOutcome` from the same opinions. */
  readonly outcome: OutcomeExplanation;
  readonly generatedAt: Date;
  /** @font-face rules with the embedded print font; see `opinionHtml`. */
  readonly fontCss?: string;
}

/**
 * The committee's decision on a dossier as a bilingual A4 document: title
 * "قرار اللجنة" / "Décision de la commission", the dossier's facts and the
 * session date, a table with each member's service, name, binding or
 * advisory nature, opinion and conditions or reasons, then the outcome
 * sentence in French and Arabic. Every value is HTML-escaped.
 */
export function decisionHtml(input: DecisionInput): string {
  const { dossier, commission, session } = input;
  const labels = printLabels;
  const sessionDate = session
    ? printStoredDate(session.date)
    : bilingual(labels.noSession);

  const facts = html`<table class="facts">
    ${factRow(labels.dossierNumber, dossier.number)}
    ${factRow(labels.procedure, bilingual(procedureLabels[dossier.procedure]))}
    ${factRow(labels.commune, dossier.commune)}
    ${commission ? factRow(labels.commission, commission.name) : null}
    ${factRow(labels.sessionDate, sessionDate)}
  </table>`;

  const body = html`${headingPair("h1", labels.decisionTitle)}${facts}
    ${headingPair("h2", labels.verdict)}${opinionTable(input.opinions)}
    <div class="outcome">${sentencePair(outcomeSentence(input.outcome))}</div>
    <footer>
      ${bilingual(labels.issuedOn)} : ${printDateTime(input.generatedAt)}
    </footer>`;

  return printDocument({
    title: `${labels.decisionTitle.fr} ${dossier.number}`,
    fontCss: input.fontCss ?? "",
    body,
  });
}

function opinionTable(opinions: readonly Opinion[]): SafeHtml {
  const labels = printLabels;
  const head = [
    labels.service,
    labels.member,
    labels.nature,
    labels.verdict,
    labels.clauses,
  ].map((label) => html`<th>${bilingual(label)}</th>`);
  return html`<table>
    <thead>
      <tr>
        ${head}
      </tr>
    </thead>
    <tbody>
      ${opinions.map(opinionRow)}
    </tbody>
  </table>`;
}

function opinionRow(opinion: Opinion): SafeHtml {
  const nature = bindingLabels[opinion.binding ? "binding" : "advisory"];
  const unsigned =
    opinion.signedAt === null
      ? html`<div class="muted">(${bilingual(printLabels.notSigned)})</div>`
      : null;
  const clauses = [...opinion.conditions, ...opinion.reasons];
  return html`<tr>
    <td dir="auto">${opinion.serviceName}</td>
    <td dir="auto">${opinion.memberName}</td>
    <td>${bilingual(nature)}</td>
    <td>${bilingual(verdictLabels[opinion.verdict])}${unsigned}</td>
    <td>${clauses.length > 0 ? clauseList(clauses, []) : null}</td>
  </tr>`;
}
