import type { DossierDocument } from "../../shared/domain/entities";
import { useT } from "../i18n/useT";
import type { SearchProgress, SearchResult, SheetRef } from "./dossierSearch";

/** Hits listed at most; all of them are still drawn and reachable by F3. */
const MAX_LISTED = 300;

interface SheetGroup {
  readonly sheetIndex: number;
  readonly hits: { result: SearchResult; index: number }[];
}

interface DocumentGroup {
  readonly document: DossierDocument;
  readonly sheets: SheetGroup[];
  readonly noText: number[];
}

/** The listed hits by document then sheet, in the dossier's order. */
function groupResults(
  documents: readonly DossierDocument[],
  results: readonly SearchResult[],
  noText: readonly SheetRef[],
): DocumentGroup[] {
  const groups = documents.map((document) => ({
    document,
    sheets: [] as SheetGroup[],
    noText: noText
      .filter((s) => s.documentId === document.id)
      .map((s) => s.sheetIndex),
  }));
  const byId = new Map(groups.map((g) => [g.document.id, g]));

  results.slice(0, MAX_LISTED).forEach((result, index) => {
    const group = byId.get(result.documentId);
    if (group === undefined) return;
    let sheet = group.sheets.at(-1);
    if (sheet?.sheetIndex !== result.sheetIndex) {
      sheet = { sheetIndex: result.sheetIndex, hits: [] };
      group.sheets.push(sheet);
    }
    sheet.hits.push({ result, index });
  });
  return groups.filter((g) => g.sheets.length > 0 || g.noText.length > 0);
}

/**
 * The hits of a search, grouped by document and sheet with their counts
 * and a snippet each; sheets without text are named where they belong.
 * `stale` while the field's text waits for its own search: the list stays,
 * greyed, until the new one replaces it, rather than blinking empty at
 * every key.
 */
export function SearchResults(props: {
  documents: readonly DossierDocument[];
  progress: SearchProgress;
  currentIndex: number | null;
  stale: boolean;
  onPick: (index: number) => void;
}) {
  const t = useT();
  const { results, noText } = props.progress;
  const groups = groupResults(props.documents, results, noText);
  const counts = new Map<string, number>();
  for (const r of results) {
    const key = `${r.documentId}/${r.sheetIndex}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const countOn = (documentId: string, sheetIndex: number) =>
    counts.get(`${documentId}/${sheetIndex}`) ?? 0;

  return (
    <>
      <ol
        className={props.stale ? "search-results stale" : "search-results"}
        aria-busy={props.stale}
        data-testid="search-results"
      >
        {groups.map((group) => (
          <li key={group.document.id} data-testid="search-document">
            <div className="search-document-title">{group.document.title}</div>
            <ol>
              {group.sheets.map((sheet) => (
                <li key={sheet.sheetIndex} data-testid="search-sheet">
                  <div className="search-sheet-title">
                    {t("search.sheet", { number: sheet.sheetIndex + 1 })}
                    <span className="muted">
                      {" · "}
                      {t("search.sheetHits", {
                        count: countOn(group.document.id, sheet.sheetIndex),
                      })}
                    </span>
                  </div>
                  <ol>
                    {sheet.hits.map(({ result, index }) => (
                      <li key={index}>
                        <button
                          type="button"
                          className={
                            index === props.currentIndex
                              ? "search-result current"
                              : "search-result"
                          }
                          data-testid="search-result"
                          aria-current={index === props.currentIndex}
                          onClick={() => props.onPick(index)}
                        >
                          <bdi>
                            {result.snippet.before}
                            <mark>{result.snippet.match}</mark>
                            {result.snippet.after}
                          </bdi>
                        </button>
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
              {group.noText.map((sheetIndex) => (
                <li
                  key={`no-text-${sheetIndex}`}
                  className="muted"
                  data-testid="search-no-text"
                >
                  {t("search.noTextSheet", { number: sheetIndex + 1 })}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {results.length > MAX_LISTED && (
        <p className="muted hint">{t("search.more", { shown: MAX_LISTED })}</p>
      )}
    </>
  );
}
