import { UserError } from "../../shared/contract/errors";
import { translate, type Language } from "../i18n/catalog";

/**
 * Turns anything thrown into a `UserError`: user errors pass through, the
 * rest become `error.generic` with the original kept as the cause.
 */
export function userErrorOf(cause: unknown): UserError {
  if (cause instanceof UserError) return cause;
  return new UserError("error.generic", {}, { cause });
}

/**
 * The sentence for a user error. A key the catalog does not know (a newer
 * service, a typo) gives the generic sentence rather than a raw key.
 */
export function errorSentence(language: Language, error: UserError): string {
  const sentence = translate(language, error.key, error.params);
  if (sentence === error.key) return translate(language, "error.generic");
  return sentence;
}
