import type { Language } from "./catalog";

const locales: Record<Language, string> = {
  ar: "ar-MA",
  fr: "fr-MA",
  en: "en-GB",
};

/**
 * A calendar date (YYYY-MM-DD) the way people in Morocco write it, day
 * first, in the UI language. Read as a local date, so it never shifts by
 * a day with the time zone. Unreadable input is shown as it came.
 */
export function formatDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (match === null) return isoDate;
  const [, y, m, d] = match.map(Number);
  const date = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
  return date.toLocaleDateString(locales[language], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
}

/** An instant (ISO date-time) as a short local date and time. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locales[language], {
    dateStyle: "short",
    timeStyle: "short",
  });
}
