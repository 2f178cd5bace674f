import { useRef, useState, type KeyboardEvent } from "react";
import type { DossierDocument } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { useT } from "../i18n/useT";
import type { SearchHit } from "./searchHit";
import { SearchResults } from "./SearchResults";
import { SearchStatus } from "./SearchStatus";
import { useDossierSearch } from "./useDossierSearch";
import { useSearchKeys } from "./useSearchKeys";
import { awaitsSearch } from "./typedQuery";
import { useTypedQuery } from "./useTypedQuery";

/**
 * Text search across every sheet of the dossier's documents, run as the
 * reviewer types (once typing pauses) or on Enter; Enter on a query
 * already searched goes to its next hit. It reports all hits
 * (`onResults`, drawn on the sheets) and the one the reviewer picks
 * (`onPick`, which the viewer opens and brings into view); the owner
 * holds that `current` hit, for the sheets and this list alike.
 */
export function SearchPanel(props: {
  client: LajnaClient;
  documents: readonly DossierDocument[];
  current: SearchHit | null;
  onResults: (hits: readonly SearchHit[]) => void;
  onPick: (hit: SearchHit) => void;
}) {
  const t = useT();
  const rootRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const search = useDossierSearch(
    props.client,
    props.documents,
    props.onResults,
  );
  const typed = useTypedQuery(search);
  const results: readonly SearchHit[] = search.progress?.results ?? [];
  const found = props.current === null ? -1 : results.indexOf(props.current);
  const currentIndex = found === -1 ? null : found;

  const pick = (index: number) => {
    const hit = results[index];
    if (hit !== undefined) props.onPick(hit);
  };
  const step = (by: 1 | -1) => {
    if (results.length === 0) return;
    const from = currentIndex ?? (by === 1 ? -1 : 0);
    pick((from + by + results.length) % results.length);
  };

  useSearchKeys(
    {
      focusField: () => fieldRef.current?.select(),
      next: () => step(1),
      previous: () => step(-1),
    },
    () => rootRef.current?.offsetParent != null,
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (typed.entered(text)) step(1);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setText("");
      typed.cleared();
    }
  };

  return (
    <div ref={rootRef} className="search-panel" data-testid="search-panel">
      <div className="search-bar">
        <input
          ref={fieldRef}
          type="search"
          data-testid="search-input"
          aria-label={t("search.label")}
          // The column is narrow: the placeholder stays a word, the
          // tooltip says where and how to reach the field.
          placeholder={t("search.placeholder")}
          title={t("search.title")}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            typed.changed(event.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          data-testid="search-previous"
          title={t("search.previous")}
          aria-label={t("search.previous")}
          disabled={results.length === 0}
          onClick={() => step(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          data-testid="search-next"
          title={t("search.next")}
          aria-label={t("search.next")}
          disabled={results.length === 0}
          onClick={() => step(1)}
        >
          ↓
        </button>
      </div>
      <SearchStatus
        typed={text}
        query={search.query}
        progress={search.progress}
        currentIndex={currentIndex}
      />
      {search.progress !== null && (
        <SearchResults
          documents={props.documents}
          progress={search.progress}
          currentIndex={currentIndex}
          stale={awaitsSearch(text, search.query)}
          onPick={pick}
        />
      )}
    </div>
  );
}
