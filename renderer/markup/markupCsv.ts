/**
 * CSV for the markups list, as spreadsheets read it: comma separated,
 * CRLF line ends, RFC 4180 quoting, and a UTF-8 byte order mark so that
 * Excel reads Arabic and accented French instead of mojibake.
 */

/** The byte order mark Excel needs to take a CSV file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/**
 * One cell. Quoted when it holds a comma, quote, line break or edge
 * spaces, quotes doubled. A cell starting with = + - @ is prefixed with
 * an apostrophe, so a comment cannot run as a spreadsheet formula on the
 * reader's machine.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  const needsQuotes = /[",\r\n]/.test(text) || text.trim() !== text;
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header line, one line per row. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
