/**
 * The translation layer. Every user-facing string is a key looked up here;
 * each UI area keeps its own message file (renderer/i18n/messages/*.ts) so
 * that areas can grow independently, and `registerMessages` merges them.
 */

import { selectPlurals } from "./plural";

/** The languages the UI speaks. Arabic is written right to left. */
export type Language = "ar" | "fr" | "en";

/** One area's messages: the same keys in every language. */
export type Messages = Readonly<
  Record<Language, Readonly<Record<string, string>>>
>;

const catalog: Record<Language, Record<string, string>> = {
  ar: {},
  fr: {},
  en: {},
};

/** Adds an area's messages to the catalog. */
export function registerMessages(messages: Messages): void {
  for (const language of Object.keys(catalog) as Language[]) {
    Object.assign(catalog[language], messages[language]);
  }
}

/**
 * Translates a key, choosing plural forms (see plural.ts) and filling
 * `{name}` placeholders. A missing key falls back to French, then to the
 * key itself, so a gap is visible but harmless.
 */
export function translate(
  language: Language,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = catalog[language][key] ?? catalog.fr[key] ?? key;
  const plain = selectPlurals(template, language, params);
  return plain.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Tells whether a key exists in every language (used by tests). */
export function missingKeys(): Record<Language, string[]> {
  const all = new Set(Object.values(catalog).flatMap((m) => Object.keys(m)));
  const result: Record<Language, string[]> = { ar: [], fr: [], en: [] };
  for (const language of Object.keys(catalog) as Language[]) {
    result[language] = [...all].filter((k) => !(k in catalog[language]));
  }
  return result;
}

/** The writing direction of a language. */
export function directionOf(language: Language): "rtl" | "ltr" {
  return language === "ar" ? "rtl" : "ltr";
}
