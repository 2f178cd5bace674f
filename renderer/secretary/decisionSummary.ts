import type { DossierDetail } from "../../shared/contract/requests";
import type { Opinion } from "../../shared/domain/entities";
import { committeeOutcome, opinionsOfRound } from "../../shared/domain/outcome";
import { dossierRound } from "../../shared/domain/rounds";
import type { OutcomeExplanation } from "../../shared/domain/outcome";

/**
 * What the decision panel shows, derived from the dossier detail alone:
 * the opinions of the current review round and the outcome they give.
 */

/** A sentence to show, as a translation key with its parameters. */
export interface KeyedText {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The decision summary of one dossier. */
export interface DecisionSummary {
  readonly round: number;
  /** The round's opinions, binding first, then by service and member. */
  readonly opinions: readonly Opinion[];
  readonly explanation: OutcomeExplanation;
  /** Why the outcome is pending, or null once it is reached. */
  readonly pendingReason: KeyedText | null;
}

/**
 * The dossier's current review round. A resubmitted dossier starts a new
 * round, and only that round's opinions decide; earlier ones are history.
 * An opinion of a later round than the dossier record (synced before it)
 * still counts as the current one.
 */
export function currentRound(
  detail: Pick<DossierDetail, "dossier" | "opinions">,
): number {
  return detail.opinions.reduce(
    (max, o) => Math.max(max, o.round),
    dossierRound(detail.dossier),
  );
}

/** The rounds before the current one that have opinions, latest first. */
export function earlierRounds(
  detail: Pick<DossierDetail, "dossier" | "opinions">,
): number[] {
  const current = currentRound(detail);
  const rounds = new Set(
    detail.opinions.map((o) => o.round).filter((r) => r < current),
  );
  return [...rounds].sort((a, b) => b - a);
}

/** Orders opinions as the minutes list them: the binding service first. */
export function orderOpinions(opinions: readonly Opinion[]): Opinion[] {
  return [...opinions].sort(
    (x, y) =>
      Number(y.binding) - Number(x.binding) ||
      x.serviceName.localeCompare(y.serviceName) ||
      x.memberName.localeCompare(y.memberName),
  );
}

/**
 * Summarises the decision. The quorum comes from the commission (0 when
 * the dossier has none yet) and the binding opinion is always required:
 * without the urban agency's avis conforme there is no outcome.
 */
export function summariseDecision(
  detail: DossierDetail,
  round: number = currentRound(detail),
): DecisionSummary {
  const opinions = orderOpinions(opinionsOfRound(detail.opinions, round));
  const quorum = detail.commission?.quorum ?? 0;
  const explanation = committeeOutcome(opinions, {
    quorum,
    requireBinding: true,
  });

  return {
    round,
    opinions,
    explanation,
    pendingReason: pendingReasonOf(explanation, quorum),
  };
}

function pendingReasonOf(
  explanation: OutcomeExplanation,
  quorum: number,
): KeyedText | null {
  switch (explanation.missing) {
    case null:
      return null;
    case "quorum":
      return {
        key: "decision.pending.quorum",
        params: { counted: explanation.counted, quorum },
      };
    case "binding_opinion":
      return { key: "decision.pending.binding", params: {} };
  }
}
