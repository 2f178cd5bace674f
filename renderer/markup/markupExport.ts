import type { MarkupRow } from "./markupTable";
import type { Language } from "../i18n/catalog";
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
 * kinds and statuses, the separator Excel expects in that language, dates
 * in local time as spreadsheets read them; comments and authors as stored.
 */
export function markupsCsv(
  rows: readonly MarkupRow[],
  t: (key: string) => string,
  language: Language,
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
    spreadsheetTime(m.createdAt),
    spreadsheetTime(m.updatedAt),
  ]);
  return toCsv(
    csvColumns.map((key) => t(key)),
    body,
    language === "en" ? "," : ";",
  );
}

/**
 * An instant as local "YYYY-MM-DD HH:MM", which Excel and LibreOffice
 * take as a date and time in any locale (an ISO "…T…Z" stays text).
 */
export function spreadsheetTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-` +
    `${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`
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
