import { UserError } from "../../shared/contract/errors";
import type { DossierDocument } from "../../shared/domain/entities";
import type { ExtractedSheet } from "./documentSheets";
import { foldQuery } from "./foldText";
import { findInSheet, type Snippet } from "./matchSheet";
import type { SearchHit } from "./searchHit";
import { hasText } from "./sheetText";

/** A hit with the words around it, for the results list. */
export interface SearchResult extends SearchHit {
  readonly snippet: Snippet;
}

/** A sheet of a document, by index from 0. */
export interface SheetRef {
  readonly documentId: string;
  readonly sheetIndex: number;
}

/** Where a search stands; reported after every sheet. */
export interface SearchProgress {
  readonly sheetsDone: number;
  /** Sheets known so far; grows when a document opens and tells. */
  readonly sheetsTotal: number;
  readonly results: readonly SearchResult[];
  /** Sheets without a text layer (scans): not searchable. */
  readonly noText: readonly SheetRef[];
  /** Documents that could not be read, with why. */
  readonly failed: readonly { documentId: string; error: unknown }[];
  readonly finished: boolean;
}

/**
 * Where the sheets' text comes from: `documentSheets` and
 * `knownSheetCount` in the app, sheets read beforehand in tests.
 */
export interface SheetSource {
  sheets(doc: DossierDocument): AsyncIterable<ExtractedSheet>;
  /** How many sheets a document has, if known yet. */
  sheetCount(doc: DossierDocument): number | null;
}

/** Lets the browser paint and take input between two sheets. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Searches every sheet of the documents, in their order, for `query`
 * (folded as the sheets are, see foldText). Reports progress after each
 * sheet; stops between sheets once `signal` is aborted, and then reports
 * nothing more.
 */
export async function searchDossier(
  source: SheetSource,
  documents: readonly DossierDocument[],
  query: string,
  signal: AbortSignal,
  report: (progress: SearchProgress) => void,
): Promise<void> {
  const folded = foldQuery(query);
  const results: SearchResult[] = [];
  const noText: SheetRef[] = [];
  const failed: { documentId: string; error: unknown }[] = [];
  const counts = new Map(documents.map((d) => [d.id, source.sheetCount(d)]));
  let sheetsDone = 0;

  const publish = (finished: boolean) => {
    const sheetsTotal = [...counts.values()].reduce<number>(
      (sum, n) => sum + (n ?? 1),
      0,
    );
    report({
      sheetsDone,
      sheetsTotal: Math.max(sheetsTotal, sheetsDone),
      results: [...results],
      noText: [...noText],
      failed: [...failed],
      finished,
    });
  };

  for (const doc of documents) {
    if (signal.aborted) return;
    if (doc.error !== null) {
      failed.push({ documentId: doc.id, error: new UserError(doc.error) });
      continue;
    }
    try {
      for await (const sheet of source.sheets(doc)) {
        if (signal.aborted) return;
        counts.set(doc.id, source.sheetCount(doc));
        const ref = { documentId: doc.id, sheetIndex: sheet.text.sheetIndex };
        if (!hasText(sheet.text)) noText.push(ref);
        for (const match of findInSheet(sheet.text, sheet.joined, folded)) {
          results.push({ ...ref, ...match });
        }
        sheetsDone++;
        publish(false);
        await breathe();
        if (signal.aborted) return;
      }
    } catch (error) {
      if (signal.aborted) return;
      failed.push({ documentId: doc.id, error });
    }
  }
  if (!signal.aborted) publish(true);
}
