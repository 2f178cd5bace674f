import type { MarkupRow } from "./markupTable";
import { toCsv } from "./markupCsv";

/** The CSV columns of the markups list, in order, by translation key. */
export const csvColumns = [
  "markup.column.document",
  "markup.column.sheet",
  "markup.column.kind",
  "markup.column.author",
  "markup.column.service",
  "markup.column.status",
  "markup.column.comment",
  "markup.column.replies",
  "markup.column.round",
  "markup.column.createdAt",
  "markup.column.updatedAt",
] as const;

/**
 * The markups list as CSV in the reviewer's language: translated headers,
 * kinds and statuses; comments, authors and dates as stored.
 */
export function markupsCsv(
  rows: readonly MarkupRow[],
  t: (key: string) => string,
): string {
  const body = rows.map(({ markup: m, documentTitle, replies }) => [
    documentTitle,
    m.sheetIndex + 1,
    t(`markup.kind.${m.kind}`),
    m.authorName,
    m.service,
    t(`markup.status.${m.status}`),
    m.comment,
    replies,
    m.round,
    m.createdAt,
    m.updatedAt,
  ]);
  return toCsv(
    csvColumns.map((key) => t(key)),
    body,
  );
}

/** Offers a text file to the reviewer as a download. */
export function downloadText(
  text: string,
  fileName: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
