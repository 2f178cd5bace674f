import { useCallback, useEffect, useRef, useState } from "react";
import type { DossierDocument } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { describeCause, rendererLogger } from "../log/rendererLog";
import { documentSheets, knownSheetCount } from "./documentSheets";
import {
  searchDossier,
  type SearchProgress,
  type SearchResult,
} from "./dossierSearch";
import { foldQuery } from "./foldText";

const log = rendererLogger("search");

/** The search the panel shows: what was asked and how far it got. */
export interface DossierSearch {
  readonly query: string;
  readonly progress: SearchProgress | null;
  /** Starts a search, cancelling the one running. */
  run(query: string): void;
  /** Cancels the running search and forgets its results. */
  clear(): void;
  /** Whether the last search did not fail and ran over these documents. */
  stands(): boolean;
}

/** What the last search ran over, and whether it failed. */
interface LastSearch {
  readonly documents: string;
  failed: boolean;
}

/**
 * Whether a sheet could not be read this time; a document refused at
 * registration never will be, and searching again would not change it.
 */
function retryable(
  progress: SearchProgress,
  documents: readonly DossierDocument[],
): boolean {
  const refused = new Set(
    documents.filter((doc) => doc.error).map((doc) => doc.id),
  );
  return progress.failed.some((failure) => !refused.has(failure.documentId));
}

/** The documents' identity: a new round or revision changes it. */
function documentsKey(documents: readonly DossierDocument[]): string {
  return documents.map((doc) => `${doc.id}:${doc.sha256}`).join(",");
}

/**
 * Runs searches over a dossier's documents and passes their hits to
 * `onResults` as they are found. A new query, a cleared one or leaving
 * the dossier cancels the search in progress between two sheets.
 */
export function useDossierSearch(
  client: LajnaClient,
  documents: readonly DossierDocument[],
  onResults: (results: readonly SearchResult[]) => void,
): DossierSearch {
  const [query, setQuery] = useState("");
  const [progress, setProgress] = useState<SearchProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  const last = useRef<LastSearch | null>(null);
  const latest = useRef({ client, documents, onResults });
  latest.current = { client, documents, onResults };

  const clear = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setQuery("");
    setProgress(null);
    latest.current.onResults([]);
  }, []);

  const run = useCallback(
    (asked: string) => {
      if (foldQuery(asked) === "") return clear();
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setQuery(asked);
      setProgress(null);
      latest.current.onResults([]);

      let reported = 0;
      const { client: c, documents: docs } = latest.current;
      const searched: LastSearch = {
        documents: documentsKey(docs),
        failed: false,
      };
      last.current = searched;
      const source = {
        sheets: (doc: DossierDocument) => documentSheets(c, doc),
        sheetCount: knownSheetCount,
      };
      const started = performance.now();
      void searchDossier(source, docs, asked, controller.signal, (next) => {
        setProgress(next);
        // Hits drawn on the sheets change only when there are new ones.
        if (next.results.length !== reported || next.finished) {
          reported = next.results.length;
          latest.current.onResults(next.results);
        }
        if (next.finished && retryable(next, docs)) searched.failed = true;
        if (next.finished) {
          log.info("dossier searched", {
            sheets: next.sheetsDone,
            hits: next.results.length,
            ms: Math.round(performance.now() - started),
          });
        }
      }).catch((error: unknown) => {
        searched.failed = true;
        log.error("search failed", describeCause(error));
      });
    },
    [clear],
  );

  useEffect(() => () => running.current?.abort(), []);

  const stands = useCallback(() => {
    const searched = last.current;
    if (searched === null || searched.failed) return false;
    return searched.documents === documentsKey(latest.current.documents);
  }, []);

  return { query, progress, run, clear, stands };
}
