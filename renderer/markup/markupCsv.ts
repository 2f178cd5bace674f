/**
 * CSV for the markups list, as spreadsheets read it: CRLF line ends,
 * RFC 4180 quoting, and a UTF-8 byte order mark so that Excel reads
 * Arabic and accented French instead of mojibake. The separator follows
 * the reader's locale: where the decimal mark is a comma (French,
 * Moroccan Arabic) Excel splits columns on semicolons.
 */

/** A CSV field separator. */
export type CsvSeparator = "," | ";";

/** The byte order mark Excel needs to take a CSV file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/**
 * One cell. Quoted when it holds the separator, a quote, a line break or
 * edge spaces, quotes doubled. A cell starting with = + - @ is prefixed with
 * an apostrophe, so a comment cannot run as a spreadsheet formula on the
 * reader's machine.
 */
export function csvCell(
  value: string | number,
  separator: CsvSeparator = ",",
): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  const needsQuotes =
    /["\r\n]/.test(text) || text.includes(separator) || text.trim() !== text;
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header line, one line per row. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  separator: CsvSeparator = ",",
): string {
  const lines = [header, ...rows].map((r) =>
    r.map((cell) => csvCell(cell, separator)).join(separator),
  );
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
