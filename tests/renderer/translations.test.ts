import { describe, expect, it } from "vitest";
import { missingKeys, translate } from "../../renderer/i18n/catalog";
import { shellMessages } from "../../renderer/i18n/messages/shell";
import { registerAllMessages } from "../../renderer/i18n/registerAll";
import { dossierMessages } from "../../renderer/i18n/messages/dossier";
import { errorMessages } from "../../renderer/i18n/messages/errors";
import { serviceErrorMessages } from "../../renderer/i18n/messages/serviceErrors";
import { inboxMessages } from "../../renderer/i18n/messages/inbox";
import { markupMessages } from "../../renderer/i18n/messages/markup";
import { viewerMessages } from "../../renderer/i18n/messages/viewer";
import { mapMessages } from "../../renderer/i18n/messages/map";
import { opinionMessages } from "../../renderer/i18n/messages/opinion";
import { decisionMessages } from "../../renderer/i18n/messages/decision";

registerAllMessages();

const areas = {
  shell: shellMessages,
  inbox: inboxMessages,
  dossier: dossierMessages,
  viewer: viewerMessages,
  markup: markupMessages,
  errors: errorMessages,
  serviceErrors: serviceErrorMessages,
  map: mapMessages,
  opinion: opinionMessages,
  decision: decisionMessages,
};

/** The error keys the services raise, which the UI must translate. */
const serviceErrorKeys = [
  "error.badRequest",
  "error.internal",
  "error.network",
  "document.error.offline",
  "document.error.unreadable",
  "document.error.timeout",
  "document.error.implausible",
  // The registration check's refusals, shown on the workstation.
  "document.error.passwordProtected",
  "document.error.noPages",
  "markup.error.notAuthor",
  "opinion.error.signed",
  "signature.error.badPassword",
  "signature.error.notPkcs12",
  "signature.error.noKey",
  "signature.error.unsupportedKey",
  "auth.error.badCredentials",
  "session.error.badCredentials",
  "session.error.expired",
  "document.error.missing",
  "sync.error.failed",
  "sync.error.offline",
];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

describe("translations", () => {
  it("has every registered key in Arabic, French and English", () => {
    expect(missingKeys()).toEqual({ ar: [], fr: [], en: [] });
  });

  it.each(Object.entries(areas))(
    "gives the %s area the same keys and placeholders in each language",
    (_area, messages) => {
      const frKeys = Object.keys(messages.fr).sort();
      expect(Object.keys(messages.ar).sort()).toEqual(frKeys);
      expect(Object.keys(messages.en).sort()).toEqual(frKeys);
      for (const key of frKeys) {
        const expected = placeholders(messages.fr[key] ?? "");
        for (const language of ["ar", "fr", "en"] as const) {
          const text = messages[language][key] ?? "";
          expect(text.trim(), `${language} ${key}`).not.toBe("");
          expect(placeholders(text), `${language} ${key}`).toEqual(expected);
        }
      }
    },
  );

  it("writes Arabic messages in Arabic script", () => {
    const latinOnly = Object.entries(areas).flatMap(([, m]) =>
      Object.entries(m.ar).filter(
        ([key, text]) =>
          !key.startsWith("language.") &&
          !key.startsWith("app.title") &&
          !/[\u0600-\u06FF]/.test(text) &&
          /[A-Za-z]{3}/.test(text.replace(/\{\w+\}/g, "")),
      ),
    );
    expect(latinOnly).toEqual([]);
  });

  it("isolates Latin shortcuts with brackets inside Arabic sentences", () => {
    // "Ctrl+]" between Arabic words is reordered and its bracket mirrored
    // unless it is isolated left to right (LRI ... PDI).
    const loose = Object.values(areas).flatMap((m) =>
      Object.entries(m.ar).filter(([, text]) =>
        /(?<!\u2066)Ctrl\+[^\u2069\s]*[[\]]/.test(text),
      ),
    );
    expect(loose).toEqual([]);
  });

  it.each(serviceErrorKeys)("translates the service error %s", (key) => {
    for (const language of ["ar", "fr", "en"] as const) {
      const sentence = translate(language, key);
      expect(sentence).not.toBe(key);
      // A sentence that says what happened and what to do: two clauses.
      expect(sentence.length).toBeGreaterThan(30);
    }
  });
});
