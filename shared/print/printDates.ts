/**
 * Dates on printed documents, written the Moroccan way (day/month/year,
 * Western digits) and in Morocco's time zone whatever the machine's.
 */
const zone = "Africa/Casablanca";

const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: zone,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

const timeFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: zone,
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** `dd/mm/yyyy` of an instant. */
export function printDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** `dd/mm/yyyy hh:mm` of an instant. */
export function printDateTime(instant: Date): string {
  return `${dateFormat.format(instant)} ${timeFormat.format(instant)}`;
}

/**
 * A stored date (`YYYY-MM-DD` or an ISO timestamp) for print; a string that
 * is not a date is printed as it is rather than hidden.
 */
export function printStoredDate(stored: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stored);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const instant = new Date(stored);
  return Number.isNaN(instant.getTime()) ? stored : printDate(instant);
}
