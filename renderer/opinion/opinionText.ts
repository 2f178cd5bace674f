import type {
  DossierDocument,
  Markup,
  Opinion,
} from "../../shared/domain/entities";
import type { Language } from "../i18n/catalog";

/**
 * Small pieces of text the opinion and decision panels share: dates as
 * the minutes write them, and how a markup is named in a clause.
 */

const LOCALES: Readonly<Record<Language, string>> = {
  ar: "ar-MA-u-nu-latn",
  fr: "fr-MA",
  en: "en-GB",
};

/** A date and time, in the language's usual long form. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "long",
    timeStyle: "short",
  }).format(date);
}

/** The longest comment shown when a markup is named in a list. */
const COMMENT_CHARS = 60;

/**
 * The parts that name a markup for a member: which sheet (document title
 * and page) and the start of its comment.
 */
export function markupParts(
  markup: Markup,
  documents: readonly DossierDocument[],
): { sheet: string; page: number; comment: string } {
  const document = documents.find((d) => d.id === markup.documentId);
  const comment = markup.comment.trim().replace(/\s+/g, " ");
  return {
    sheet: document?.title ?? markup.documentId,
    page: markup.sheetIndex + 1,
    comment:
      comment.length > COMMENT_CHARS
        ? `${comment.slice(0, COMMENT_CHARS - 1)}…`
        : comment,
  };
}

/** The markups a member may point at: live ones, oldest first. */
export function linkableMarkups(markups: readonly Markup[]): Markup[] {
  return markups
    .filter((m) => !m.deleted)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The opinion's sentences: its conditions, else its reasons. */
export function clausesOf(opinion: Opinion) {
  return opinion.conditions.length > 0 ? opinion.conditions : opinion.reasons;
}

/** The file name a signed opinion downloads under. */
export function signedOpinionFileName(
  dossierNumber: string,
  opinion: Opinion,
): string {
  const safe = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[^\w-]+/g, "-")
      .replace(/^-+|-+$/g, "");
  return `avis-${safe(dossierNumber)}-${safe(opinion.serviceName) || "service"}.pdf`;
}
