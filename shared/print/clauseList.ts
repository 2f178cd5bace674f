import type { Markup, OpinionClause } from "../domain/entities";
import { printLabels } from "./labels";
import { html, type SafeHtml } from "./safeHtml";

/**
 * A numbered list of conditions or reasons, each followed by the markups
 * it points at (sheet number and comment), so a reader of the paper copy
 * can find the spot on the plans. Deleted or unknown markups are skipped:
 * a clause stays meaningful without its pointer.
 */
export function clauseList(
  clauses: readonly OpinionClause[],
  markups: readonly Markup[],
): SafeHtml {
  if (clauses.length === 0) {
    return html`<p class="muted">
      ${printLabels.none.fr} /
      <span dir="rtl" lang="ar">${printLabels.none.ar}</span>
    </p>`;
  }
  const byId = new Map(
    markups.filter((m) => !m.deleted).map((m) => [m.id, m] as const),
  );
  const items = clauses.map((clause) => {
    const pointed = clause.markupIds
      .map((id) => byId.get(id))
      .filter((m): m is Markup => m !== undefined);
    return html`<li>
      <div dir="auto">${clause.text}</div>
      ${pointed.map(markupLine)}
    </li>`;
  });
  return html`<ol>
    ${items}
  </ol>`;
}

function markupLine(markup: Markup): SafeHtml {
  const sheet = markup.sheetIndex + 1;
  return html`<div class="markup">
    <span lang="fr">${printLabels.sheet.fr} ${sheet}</span> /
    <span dir="rtl" lang="ar">${printLabels.sheet.ar} ${sheet}</span> :
    <bdi>${markup.comment}</bdi>
  </div>`;
}
