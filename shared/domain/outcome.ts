import type { Opinion, Verdict } from "./entities";

/** The committee's outcome for one dossier and review round. */
export type Outcome =
  | "favourable"
  | "favourable_with_conditions"
  | "unfavourable"
  | "incomplete"
  | "pending";

/** Why the outcome is what it is, for the decision and the secretary. */
export interface OutcomeExplanation {
  readonly outcome: Outcome;
  /** Present when the outcome could not be reached yet. */
  readonly missing: "quorum" | "binding_opinion" | null;
  /** Signed opinions that were counted. */
  readonly counted: number;
}

/** What the rule needs to know about the commission. */
export interface OutcomeRule {
  /** Signed opinions needed before an outcome is reached. */
  readonly quorum: number;
  /** Whether a binding member must have signed before an outcome. */
  readonly requireBinding: boolean;
}

/**
 * The opinions of one review round. Only the current round's opinions
 * decide: once a dossier is resubmitted, earlier rounds are history and
 * their signed opinions must not count towards the new outcome.
 */
export function opinionsOfRound(
  opinions: readonly Opinion[],
  round: number,
): Opinion[] {
  return opinions.filter((o) => o.round === round);
}

/**
 * Derives the outcome from the signed opinions of one round (see
 * `opinionsOfRound`).
 *
 * The binding member (the urban agency, avis conforme) decides: while it
 * objects or finds the file incomplete, no favourable outcome is possible,
 * whatever the advisory members say. Advisory opinions add their conditions
 * to a favourable binding opinion, and an incomplete file from any member
 * sends the dossier back for completion.
 */
export function committeeOutcome(
  opinions: readonly Opinion[],
  rule: OutcomeRule,
): OutcomeExplanation {
  const signed = latestSignedPerMember(opinions);
  const binding = signed.filter((o) => o.binding);

  if (signed.length < rule.quorum) {
    return { outcome: "pending", missing: "quorum", counted: signed.length };
  }
  if (rule.requireBinding && binding.length === 0) {
    return {
      outcome: "pending",
      missing: "binding_opinion",
      counted: signed.length,
    };
  }

  const outcome = combine(
    binding.map((o) => o.verdict),
    signed.map((o) => o.verdict),
  );
  return { outcome, missing: null, counted: signed.length };
}

/**
 * One signed opinion per member: a member counts once towards the quorum,
 * however many opinion records reach the workstation. The latest signed
 * one stands.
 */
function latestSignedPerMember(opinions: readonly Opinion[]): Opinion[] {
  const byMember = new Map<string, Opinion>();
  for (const opinion of opinions) {
    if (opinion.signedAt === null) continue;
    const seen = byMember.get(opinion.memberId);
    if (!seen || (seen.signedAt ?? "") < opinion.signedAt) {
      byMember.set(opinion.memberId, opinion);
    }
  }
  return [...byMember.values()];
}

function combine(
  bindingVerdicts: readonly Verdict[],
  allVerdicts: readonly Verdict[],
): Outcome {
  if (bindingVerdicts.includes("unfavourable")) return "unfavourable";
  if (bindingVerdicts.includes("incomplete")) return "incomplete";

  // Advisory members cannot veto, but a missing document is missing for
  // everyone: the file goes back to the applicant.
  if (allVerdicts.includes("incomplete")) return "incomplete";

  const withConditions = allVerdicts.some(
    (v) => v === "favourable_with_conditions",
  );
  if (bindingVerdicts.length === 0 && allVerdicts.includes("unfavourable")) {
    return "unfavourable";
  }
  return withConditions ? "favourable_with_conditions" : "favourable";
}
