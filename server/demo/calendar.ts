/**
 * Date helpers for the demo: deadlines count working days from `now`
 * (Monday to Friday; public holidays are ignored in the demo), so that the
 * inbox always shows live clocks.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date of an instant as YYYY-MM-DD (UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The instant `days` calendar days after `date` (negative goes back). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * The date `days` working days after `date` (negative goes back). Saturday
 * and Sunday are skipped, as in the regulation's deadlines.
 */
export function addWorkingDays(date: Date, days: number): Date {
  const step = days < 0 ? -1 : 1;
  let current = date;
  let remaining = Math.abs(days);
  while (remaining > 0) {
    current = addDays(current, step);
    if (!isWeekend(current)) remaining -= 1;
  }
  return current;
}

/** The first weekday `weekday` (0 = Sunday) strictly after `date`. */
export function nextWeekday(date: Date, weekday: number): Date {
  const ahead = (weekday - date.getUTCDay() + 7) % 7 || 7;
  return addDays(date, ahead);
}

/** A French long date, e.g. "8 décembre 2026", for title blocks. */
export function frenchDate(date: Date): string {
  const months = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ];
  const month = months[date.getUTCMonth()] ?? "";
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}
