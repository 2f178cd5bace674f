import { foldQuery } from "./foldText";

/**
 * How long typing must pause before the field's text is searched: long
 * enough that a word typed at a steady pace starts one search, short
 * enough that hits seem to follow the typing.
 */
export const TYPING_PAUSE_MS = 250;

/**
 * Whether the field's text waits for its search: it folds to a query
 * other than `searched`, the one whose results the panel holds (or ""
 * when none). Texts that fold to nothing are no query and wait for none.
 */
export function awaitsSearch(text: string, searched: string): boolean {
  const folded = foldQuery(text);
  return folded !== "" && folded !== foldQuery(searched);
}

/** The search a typed query drives (`useDossierSearch`'s). */
export interface QueryRunner {
  /** Starts a search, cancelling the one running. */
  run(query: string): void;
  /** Cancels the running search and forgets its results. */
  clear(): void;
  /**
   * Whether the last search still stands: it did not fail and ran over
   * the dossier's documents as they are now (a new round adds some).
   */
  stands(): boolean;
}

/**
 * Turns the search field's edits into searches: the text is searched
 * once typing pauses, each new search cancelling the stale one, and at
 * once on Enter. Texts that fold alike (case, accents, outer spaces) are
 * one query, so such an edit keeps the hits already found.
 */
export class TypedQuery {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The folded query last handed to the search; "" when none. */
  private asked = "";

  constructor(
    private readonly search: QueryRunner,
    private readonly pauseMs = TYPING_PAUSE_MS,
  ) {}

  /** The field's text changed: searched after the pause, or cleared. */
  changed(text: string): void {
    this.cancelPending();
    const folded = foldQuery(text);
    if (folded === this.asked) return;
    if (folded === "") {
      this.cleared();
      return;
    }
    this.timer = setTimeout(() => this.runNow(text), this.pauseMs);
  }

  /**
   * Enter: searches the text now unless it is the query already searched
   * and that search stands. Returns whether it was, so the caller moves
   * to the next hit; a failed search, or one over documents since
   * changed, runs again.
   */
  entered(text: string): boolean {
    this.cancelPending();
    const same = this.asked !== "" && foldQuery(text) === this.asked;
    if (same && this.search.stands()) return true;
    this.runNow(text);
    return false;
  }

  /** The field was emptied (Escape): no search, no hits. */
  cleared(): void {
    this.cancelPending();
    this.asked = "";
    this.search.clear();
  }

  /** Drops a search still waiting for the pause (the panel is gone). */
  dispose(): void {
    this.cancelPending();
  }

  private runNow(text: string): void {
    this.timer = null;
    this.asked = foldQuery(text);
    this.search.run(text);
  }

  private cancelPending(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
