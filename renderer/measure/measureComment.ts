import type { Markup } from "../../shared/domain/entities";
import type { Language } from "../i18n/catalog";
import { neutralComment } from "./measureDrafts";
import { markupMeasureText } from "./measureText";

/*
 * A measurement's comment is saved language-neutral ("18.00 m", "1/100"):
 * XFDF and annotated-PDF exports carry it as the annotation's contents
 * for other tools, and sync takes it to workstations in other languages.
 * So the language applies where it is shown, not where it is saved.
 */

/**
 * A markup's comment as the viewer shows it: a measurement's or
 * calibration's comment still as it was saved reads in the viewer's
 * language ("18,00 m" in French); any other comment, a measurement's
 * rewritten by the reviewer included, reads as written.
 */
export function shownComment(markup: Markup, language: Language): string {
  if (markup.comment === "" || markup.comment !== neutralComment(markup)) {
    return markup.comment;
  }
  return markupMeasureText(markup, language) ?? markup.comment;
}

/**
 * The comment to save from what the reviewer left in the comment field,
 * which showed `shownComment`: left as shown, the saved language-neutral
 * text stays; changed, it is saved as typed.
 */
export function commentToSave(
  markup: Markup,
  typed: string,
  language: Language,
): string {
  return typed === shownComment(markup, language) ? markup.comment : typed;
}
