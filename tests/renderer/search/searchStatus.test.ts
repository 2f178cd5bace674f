import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Language } from "../../../renderer/i18n/catalog";
import { translate } from "../../../renderer/i18n/catalog";
import { LanguageProvider } from "../../../renderer/i18n/LanguageContext";
import { registerAllMessages } from "../../../renderer/i18n/registerAll";
import type {
  SearchProgress,
  SearchResult,
} from "../../../renderer/search/dossierSearch";
import { SearchStatus } from "../../../renderer/search/SearchStatus";

/*
 * The status line under the search field counts the hits of the query
 * searched. Text typed since, waiting for typing to pause, is not that
 * query: the line says its search is to come instead of showing counts
 * that are not its own.
 */

registerAllMessages();

afterEach(() => {
  vi.unstubAllGlobals();
});

function hit(sheetIndex: number): SearchResult {
  return {
    documentId: "d1",
    sheetIndex,
    boxes: [],
    snippet: { before: "aire de ", match: "parking", after: "" },
  };
}

/** "parking" searched to the end: three hits on two sheets. */
const parkingFound: SearchProgress = {
  sheetsDone: 4,
  sheetsTotal: 4,
  results: [hit(0), hit(0), hit(2)],
  noText: [],
  failed: [],
  finished: true,
};

/** The status in `language` (the provider reads it from storage). */
function status(
  typed: string,
  progress: SearchProgress | null,
  language: Language = "fr",
): string {
  vi.stubGlobal("localStorage", { getItem: () => language });
  return renderToStaticMarkup(
    createElement(
      LanguageProvider,
      null,
      createElement(SearchStatus, {
        typed,
        query: "parking",
        progress,
        currentIndex: null,
      }),
    ),
  );
}

describe("the search status while the reviewer types", () => {
  it("counts the hits of the text the field shows", () => {
    const html = status("parking", parkingFound);
    expect(html).toContain('data-testid="search-summary"');
    expect(html).toContain(
      translate("fr", "search.summary", { hits: 3, sheets: 2 }),
    );
    expect(html).not.toContain("search-pending");
  });

  it.each(["ar", "fr", "en"] as const)(
    "says in %s that new text waits for its search, without the old count",
    (language) => {
      const html = status("parkings", parkingFound, language);
      expect(html).not.toContain("search-summary");
      expect(html).toContain('data-testid="search-pending"');
      const pending = translate(language, "search.pending");
      expect(pending).not.toBe("search.pending");
      expect(html).toContain(pending);
    },
  );

  it("keeps the count for an edit that folds to the query searched", () => {
    // Case, accents and outer spaces make no new query, so no search.
    const html = status("Parking ", parkingFound);
    expect(html).toContain('data-testid="search-summary"');
    expect(html).not.toContain("search-pending");
  });

  it("says nothing before the first search, its live region ready", () => {
    const html = status("", null);
    expect(html).toContain('aria-live="polite"');
    expect(html).not.toContain("<p");
  });

  it("shows the new search's progress once it has started", () => {
    const started: SearchProgress = {
      ...parkingFound,
      sheetsDone: 1,
      results: [],
      finished: false,
    };
    const html = status("parking", started);
    expect(html).toContain('data-testid="search-progress"');
    expect(html).not.toContain("search-pending");
  });
});

/*
 * A sheet without text objects may be a scan, or a vector drawing whose
 * CAD export drew the lettering as outlines: the status must not call it
 * a scan, only say that it holds no text the search can read.
 */
describe("sheets without searchable text", () => {
  const scanWords = /scan|مسح|ممسوح/i;

  it.each(["ar", "fr", "en"] as const)(
    "are counted in %s without being called scans",
    (language) => {
      const html = status(
        "parking",
        { ...parkingFound, noText: [{ documentId: "d1", sheetIndex: 1 }] },
        language,
      );
      const line = translate(language, "search.noText", { count: 1 });
      // The first sentence: the markup escapes the apostrophe of l'œil.
      expect(html).toContain(line.split(".")[0]);
      expect(line).not.toMatch(scanWords);
      const sheet = translate(language, "search.noTextSheet", { number: 2 });
      expect(sheet).not.toMatch(scanWords);
    },
  );

  it("says in English that the text is not searchable", () => {
    expect(translate("en", "search.noText", { count: 2 })).toContain(
      "without searchable text",
    );
  });
});
