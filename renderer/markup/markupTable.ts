import { isOpenRemark } from "../../shared/domain/rounds";
import type {
  DossierDocument,
  Markup,
  MarkupKind,
  MarkupStatus,
} from "../../shared/domain/entities";

/**
 * The dossier's markups list as pure data: one row per remark (replies
 * are counted under the markup they answer), sorting, filtering and
 * grouping. Kept free of React and the DOM so that 20,000 markups filter
 * well within a frame budget and the logic is tested in Node.
 */

/** One line of the markups list. */
export interface MarkupRow {
  readonly markup: Markup;
  readonly documentTitle: string;
  readonly replies: number;
  /**
   * For a remark carried to a revised sheet, the round of the remark it
   * continues; null for every other markup.
   */
  readonly carriedFromRound: number | null;
  /**
   * An open remark no later round carried on (its document was not
   * revised): the current round still has to check it.
   */
  readonly stillOpen: boolean;
  /** Lower-cased comment, subject, author, service and document. */
  readonly searchText: string;
}

/** The columns the list sorts by. */
export type MarkupColumn =
  | "kind"
  | "sheet"
  | "author"
  | "service"
  | "status"
  | "comment"
  | "replies"
  | "round"
  | "createdAt"
  | "updatedAt";

/** What the reviewer narrows the list to; empty fields match all. */
export interface MarkupFilter {
  readonly statuses?: readonly MarkupStatus[];
  readonly authorId?: string;
  readonly service?: string;
  readonly kind?: MarkupKind;
  /**
   * One review round, with the open remarks earlier rounds left to it;
   * absent for every round.
   */
  readonly round?: number;
  readonly text?: string;
}

/** How the list is grouped. */
export type MarkupGrouping = "none" | "sheet" | "author" | "status";

/** A group of rows under one heading. */
export interface MarkupGroup {
  readonly key: string;
  readonly rows: readonly MarkupRow[];
}

/**
 * The rows of a dossier's markups: living markups other than replies,
 * each with its document's title and how many replies it has.
 */
export function buildRows(
  markups: readonly Markup[],
  documents: readonly DossierDocument[],
): MarkupRow[] {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const rounds = new Map(markups.map((m) => [m.id, m.round]));
  const carriedOn = new Set(
    markups.flatMap((m) =>
      m.carriedFrom === undefined ? [] : [m.carriedFrom],
    ),
  );
  const replies = new Map<string, number>();
  for (const m of markups) {
    if (m.deleted || m.kind !== "reply" || m.inReplyTo === null) continue;
    replies.set(m.inReplyTo, (replies.get(m.inReplyTo) ?? 0) + 1);
  }

  return markups
    .filter((m) => !m.deleted && m.kind !== "reply")
    .map((markup) => {
      const documentTitle = titles.get(markup.documentId) ?? "";
      const searchText = [
        markup.comment,
        markup.subject,
        markup.authorName,
        markup.service,
        documentTitle,
      ]
        .join("\n")
        .toLocaleLowerCase();
      return {
        markup,
        documentTitle,
        replies: replies.get(markup.id) ?? 0,
        carriedFromRound: carriedFromRound(markup, rounds),
        stillOpen: isOpenRemark(markup) && !carriedOn.has(markup.id),
        searchText,
      };
    });
}

/**
 * The round a carried remark came from: its original's, or one before its
 * own when the original is not in the list (deleted since).
 */
function carriedFromRound(
  markup: Markup,
  rounds: ReadonlyMap<string, number>,
): number | null {
  if (markup.carriedFrom === undefined) return null;
  return rounds.get(markup.carriedFrom) ?? markup.round - 1;
}

/**
 * Whether a markup belongs to a round's review: made in it, or left open
 * by an earlier round that did not carry it to a revised sheet.
 */
function inRound(markup: Markup, stillOpen: boolean, round: number): boolean {
  return markup.round === round || (stillOpen && markup.round < round);
}

/** The rows that match every set field of the filter, in order. */
export function filterRows(
  rows: readonly MarkupRow[],
  filter: MarkupFilter,
): MarkupRow[] {
  const statuses =
    filter.statuses && filter.statuses.length > 0
      ? new Set(filter.statuses)
      : null;
  const text = (filter.text ?? "").trim().toLocaleLowerCase();

  return rows.filter(({ markup, searchText, stillOpen }) => {
    if (statuses !== null && !statuses.has(markup.status)) return false;
    if (filter.authorId && markup.authorId !== filter.authorId) return false;
    if (filter.service && markup.service !== filter.service) return false;
    if (filter.kind && markup.kind !== filter.kind) return false;
    if (
      filter.round !== undefined &&
      !inRound(markup, stillOpen, filter.round)
    ) {
      return false;
    }
    return text === "" || searchText.includes(text);
  });
}

const collator = new Intl.Collator(undefined, {
  numeric: true,
  sensitivity: "base",
});

/** Compares two rows by one column, ascending. */
function compareBy(column: MarkupColumn, a: MarkupRow, b: MarkupRow): number {
  const x = a.markup;
  const y = b.markup;
  switch (column) {
    case "sheet":
      return (
        collator.compare(a.documentTitle, b.documentTitle) ||
        x.sheetIndex - y.sheetIndex
      );
    case "author":
      return collator.compare(x.authorName, y.authorName);
    case "replies":
      return a.replies - b.replies;
    case "round":
      return x.round - y.round;
    case "createdAt":
    case "updatedAt":
      return x[column] < y[column] ? -1 : x[column] > y[column] ? 1 : 0;
    default:
      return collator.compare(x[column], y[column]);
  }
}

/**
 * The rows sorted by a column; ties keep creation order, so the list
 * does not shuffle when a column has many equal values.
 */
export function sortRows(
  rows: readonly MarkupRow[],
  column: MarkupColumn,
  direction: "asc" | "desc",
): MarkupRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compareBy(column, a, b) || compareBy("createdAt", a, b),
  );
}

/** The key of a row's group. */
function groupKey(row: MarkupRow, by: MarkupGrouping): string {
  const m = row.markup;
  if (by === "sheet") return `${m.documentId}#${m.sheetIndex}`;
  if (by === "author") return m.authorId;
  if (by === "status") return m.status;
  return "";
}

/**
 * The rows grouped, groups in the order their first row appears (so a
 * sorted list stays sorted inside and across groups).
 */
export function groupRows(
  rows: readonly MarkupRow[],
  by: MarkupGrouping,
): MarkupGroup[] {
  const groups = new Map<string, MarkupRow[]>();
  for (const row of rows) {
    const key = groupKey(row, by);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups].map(([key, list]) => ({ key, rows: list }));
}

/**
 * The distinct authors, services and rounds of the rows, for the filter
 * menus. `currentRound` is always offered, even before it has markups.
 */
export function filterChoices(
  rows: readonly MarkupRow[],
  currentRound = 1,
): {
  authors: { id: string; name: string }[];
  services: string[];
  rounds: number[];
} {
  const authors = new Map<string, string>();
  const services = new Set<string>();
  const rounds = new Set<number>([currentRound]);
  for (const { markup } of rows) {
    authors.set(markup.authorId, markup.authorName);
    services.add(markup.service);
    rounds.add(markup.round);
  }
  return {
    authors: [...authors].map(([id, name]) => ({ id, name })),
    services: [...services].sort(collator.compare),
    rounds: [...rounds].sort((a, b) => b - a),
  };
}
