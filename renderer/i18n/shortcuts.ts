import { translate, type Language } from "./catalog";

/** The modifier keys whose printed names differ between languages. */
const MODIFIERS = ["Shift", "Ctrl", "Alt"] as const;

/**
 * A keyboard shortcut written in code with English key names ("Shift+P",
 * "Ctrl+Alt+R") as a reviewer reads it on their keyboard in the UI
 * language: "Maj+P" in French, as the search's "Maj+F3" says.
 */
export function shortcutLabel(keys: string, language: Language): string {
  return keys
    .split("+")
    .map((key) =>
      MODIFIERS.some((m) => m === key)
        ? translate(language, `shortcut.${key}`)
        : key,
    )
    .join("+");
}
