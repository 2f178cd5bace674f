import { ErrorMessage } from "../errors/ErrorMessage";
import { useT } from "../i18n/useT";
import type { SearchProgress } from "./dossierSearch";
import { awaitsSearch } from "./typedQuery";

interface StatusProps {
  readonly typed: string;
  readonly query: string;
  readonly progress: SearchProgress | null;
  readonly currentIndex: number | null;
}

/**
 * Progress, counts, and what could not be searched, for the search of
 * `query`; empty before the first search. While the field's text
 * (`typed`) waits for its own search, only that it waits: the counts of
 * the search before would not be those of the text the field shows.
 * The live region itself always stays, so screen readers announce each
 * change in it (a region inserted afresh is not announced).
 */
export function SearchStatus(props: StatusProps) {
  return (
    <div className="search-status" aria-live="polite">
      <StatusLines {...props} />
    </div>
  );
}

function StatusLines(props: StatusProps) {
  const t = useT();
  const { progress } = props;
  if (awaitsSearch(props.typed, props.query)) {
    return (
      <p className="muted" data-testid="search-pending">
        {t("search.pending")}
      </p>
    );
  }
  if (progress === null) return null;

  const hits = progress.results.length;
  const sheets = new Set(
    progress.results.map((r) => `${r.documentId}/${r.sheetIndex}`),
  ).size;
  const firstFailure = progress.failed[0];

  return (
    <>
      {!progress.finished && (
        <p data-testid="search-progress">
          <progress value={progress.sheetsDone} max={progress.sheetsTotal} />{" "}
          {t("search.progress", {
            done: progress.sheetsDone,
            total: progress.sheetsTotal,
          })}
        </p>
      )}
      {hits > 0 && (
        <p data-testid="search-summary">
          {t("search.summary", { hits, sheets })}
          {props.currentIndex !== null && (
            <span data-testid="search-position">
              {" · "}
              {t("search.position", {
                current: props.currentIndex + 1,
                total: hits,
              })}
            </span>
          )}
        </p>
      )}
      {progress.finished && hits === 0 && (
        <p data-testid="search-none">
          {t("search.none", { query: props.query })}
        </p>
      )}
      {progress.noText.length > 0 && (
        <p className="muted" data-testid="search-no-text-count">
          {t("search.noText", { count: progress.noText.length })}
        </p>
      )}
      {firstFailure !== undefined && (
        <div data-testid="search-failed">
          <p className="muted">
            {t("search.failed", { count: progress.failed.length })}
          </p>
          <ErrorMessage error={firstFailure.error} context="search" />
        </div>
      )}
    </>
  );
}
