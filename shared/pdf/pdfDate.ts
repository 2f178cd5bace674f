/**
 * PDF date strings (ISO 32000 7.9.4, "D:YYYYMMDDHHmmSSOHH'mm'"), as XFDF,
 * PDF annotations and signature dictionaries carry them, to and from
 * ISO 8601 instants.
 */

const PDF_DATE =
  /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?$/;

/**
 * The instant of a PDF date string, or null when it is not one. Fields
 * after the year are optional; no offset means UTC, as most writers
 * intend.
 */
export function parsePdfDate(text: string): Date | null {
  const m = PDF_DATE.exec(text.trim());
  if (!m) return null;

  const part = (i: number, fallback: number) =>
    m[i] === undefined ? fallback : Number(m[i]);
  const utcMs = Date.UTC(
    part(1, 0),
    part(2, 1) - 1,
    part(3, 1),
    part(4, 0),
    part(5, 0),
    part(6, 0),
  );

  // The offset says how far local time is ahead of UTC.
  const sign = m[7] === "-" ? -1 : m[7] === "+" ? 1 : 0;
  const offsetMin = sign * (part(8, 0) * 60 + part(9, 0));
  const date = new Date(utcMs - offsetMin * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The ISO instant of a PDF date string, or null when it is not one. */
export function isoFromPdfDate(text: string): string | null {
  return parsePdfDate(text)?.toISOString() ?? null;
}

/** The PDF date string of an ISO instant, in UTC. */
export function pdfDateFromIso(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";

  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `D:${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}` +
    `${two(date.getUTCDate())}${two(date.getUTCHours())}` +
    `${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}+00'00'`
  );
}
