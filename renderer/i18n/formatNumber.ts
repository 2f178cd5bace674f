import type { Language } from "./catalog";

/**
 * A number as the committee reads it in each language: a decimal comma in
 * French, a point in English, Latin digits in Arabic too (Moroccan plans
 * print them so), with exactly `digits` decimals.
 */
export function formatDecimal(
  value: number,
  language: Language,
  digits: number,
): string {
  const locale = language === "ar" ? "ar-MA-u-nu-latn" : language;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
