import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  TYPING_PAUSE_MS,
  TypedQuery,
} from "../../../renderer/search/typedQuery";

/** The searches a TypedQuery started and cleared, in order. */
function recordingSearch() {
  const calls: string[] = [];
  const state = { stands: true };
  return {
    calls,
    state,
    run: (query: string) => calls.push(`run ${query}`),
    clear: () => calls.push("clear"),
    stands: () => state.stands,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("searching as the reviewer types", () => {
  it("searches the text once typing pauses, not at each key", () => {
    const search = recordingSearch();
    const typed = new TypedQuery(search);
    for (const text of ["s", "se", "sej", "sejour"]) {
      typed.changed(text);
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 50);
    }
    expect(search.calls).toEqual([]);

    vi.advanceTimersByTime(50);
    expect(search.calls).toEqual(["run sejour"]);
  });

  it("starts a new search for new text, which cancels the stale one", () => {
    const search = recordingSearch();
    const typed = new TypedQuery(search);
    typed.changed("parking");
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    typed.changed("parkings");
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    // useDossierSearch's run aborts the search it replaces.
    expect(search.calls).toEqual(["run parking", "run parkings"]);
  });

  it("keeps the hits of an edit that folds to the same query", () => {
    const search = recordingSearch();
    const typed = new TypedQuery(search);
    typed.changed("séjour");
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    typed.changed("Sejour ");
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(search.calls).toEqual(["run séjour"]);
  });

  it("searches at once on Enter, then goes to the next hit", () => {
    const search = recordingSearch();
    const typed = new TypedQuery(search);
    typed.changed("sejour");
    expect(typed.entered("sejour")).toBe(false);
    expect(search.calls).toEqual(["run sejour"]);

    // The pending search was the one Enter ran: it does not run again.
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(typed.entered("sejour")).toBe(true);
    expect(search.calls).toEqual(["run sejour"]);
  });

  it("clears at once when the field is emptied, and forgets the query", () => {
    const search = recordingSearch();
    const typed = new TypedQuery(search);
    typed.changed("sejour");
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    typed.changed("sej");
    typed.changed("");
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(search.calls).toEqual(["run sejour", "clear"]);

    expect(typed.entered("sejour")).toBe(false);
    expect(search.calls).toEqual(["run sejour", "clear", "run sejour"]);
  });

  it("drops a search still waiting when the panel goes", () => {
    const search = recordingSearch();
    const typed = new TypedQuery(search);
    typed.changed("sejour");
    typed.dispose();
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(search.calls).toEqual([]);
  });

  it("runs the same query again on Enter when its search no longer stands", () => {
    const search = recordingSearch();
    const typed = new TypedQuery(search);
    expect(typed.entered("sejour")).toBe(false);
    expect(typed.entered("sejour")).toBe(true);
    // It failed, or a new round brought documents it did not read.
    search.state.stands = false;
    expect(typed.entered("Séjour ")).toBe(false);
    expect(search.calls).toEqual(["run sejour", "run Séjour "]);
  });
});
