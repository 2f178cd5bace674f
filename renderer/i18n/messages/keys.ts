import type { Messages } from "../catalog";

/**
 * Modifier key names in shortcuts (see shortcuts.ts). French keyboards
 * print "Maj"; Arabic ones keep the Latin names on their keys.
 */
export const keyMessages: Messages = {
  ar: {
    "shortcut.Shift": "Shift",
    "shortcut.Ctrl": "Ctrl",
    "shortcut.Alt": "Alt",
  },
  fr: {
    "shortcut.Shift": "Maj",
    "shortcut.Ctrl": "Ctrl",
    "shortcut.Alt": "Alt",
  },
  en: {
    "shortcut.Shift": "Shift",
    "shortcut.Ctrl": "Ctrl",
    "shortcut.Alt": "Alt",
  },
};
