import type { OpinionClause, Verdict } from "../../shared/domain/entities";

/**
 * Editing the sentences of an opinion: conditions for a favourable opinion
 * with conditions, reasons for an unfavourable one or a file incomplete.
 * Every function returns a new list, so React state stays immutable.
 */

/** Which list of clauses a verdict carries, or null when it carries none. */
export type ClauseKind = "conditions" | "reasons";

/** The clause list a verdict asks for. */
export function clauseKindOf(verdict: Verdict): ClauseKind | null {
  switch (verdict) {
    case "favourable":
      return null;
    case "favourable_with_conditions":
      return "conditions";
    case "unfavourable":
    case "incomplete":
      return "reasons";
  }
}

/** Appends an empty clause for the member to fill in. */
export function addClause(clauses: readonly OpinionClause[]): OpinionClause[] {
  return [...clauses, { text: "", markupIds: [] }];
}

/** Replaces the text of the clause at `index`. */
export function setClauseText(
  clauses: readonly OpinionClause[],
  index: number,
  text: string,
): OpinionClause[] {
  return clauses.map((c, i) => (i === index ? { ...c, text } : c));
}

/** Sets the markups the clause at `index` points at. */
export function setClauseMarkups(
  clauses: readonly OpinionClause[],
  index: number,
  markupIds: readonly string[],
): OpinionClause[] {
  const unique = [...new Set(markupIds)];
  return clauses.map((c, i) => (i === index ? { ...c, markupIds: unique } : c));
}

/** Removes the clause at `index`. */
export function removeClause(
  clauses: readonly OpinionClause[],
  index: number,
): OpinionClause[] {
  return clauses.filter((_, i) => i !== index);
}

/** Moves the clause at `index` one place up (-1) or down (+1). */
export function moveClause(
  clauses: readonly OpinionClause[],
  index: number,
  step: -1 | 1,
): OpinionClause[] {
  const target = index + step;
  const moving = clauses[index];
  const other = clauses[target];
  if (moving === undefined || other === undefined) return [...clauses];

  const result = [...clauses];
  result[index] = other;
  result[target] = moving;
  return result;
}

/**
 * The clauses as they are saved: text trimmed, blank sentences dropped,
 * and markup links kept only to markups that still exist in the dossier
 * (a markup deleted since the clause was written must not dangle).
 */
export function cleanClauses(
  clauses: readonly OpinionClause[],
  existingMarkupIds: ReadonlySet<string>,
): OpinionClause[] {
  return clauses
    .map((c) => ({
      text: c.text.trim(),
      markupIds: c.markupIds.filter((id) => existingMarkupIds.has(id)),
    }))
    .filter((c) => c.text !== "");
}

/** The payload fields for a verdict: only the list the verdict carries. */
export function clausesForDraft(
  verdict: Verdict,
  clauses: readonly OpinionClause[],
  existingMarkupIds: ReadonlySet<string>,
): { conditions: OpinionClause[]; reasons: OpinionClause[] } {
  const kind = clauseKindOf(verdict);
  const cleaned = cleanClauses(clauses, existingMarkupIds);
  return {
    conditions: kind === "conditions" ? cleaned : [],
    reasons: kind === "reasons" ? cleaned : [],
  };
}

/**
 * The translation key of what keeps a draft from being signed, or null.
 * A condition or a reason is what the applicant acts on, so a verdict that
 * needs them cannot be signed without at least one.
 */
export function draftProblem(
  verdict: Verdict,
  clauses: readonly OpinionClause[],
): string | null {
  const kind = clauseKindOf(verdict);
  if (kind === null) return null;
  if (clauses.some((c) => c.text.trim() !== "")) return null;
  return kind === "conditions"
    ? "opinion.error.needCondition"
    : "opinion.error.needReason";
}
