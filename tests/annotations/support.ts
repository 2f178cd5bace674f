import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { ExchangedMarkup } from "../../shared/annotations/exchangeTypes";
import { markupSchema, type Markup } from "../../shared/domain/entities";

/** The shared corpus, beside the repository. */
export const corpusDir = path.resolve(
  import.meta.dirname,
  "../../../shared/corpus",
);

/** A corpus file's path, or null (with a note) when the corpus is absent. */
export function corpusFile(relative: string): string | null {
  const file = path.join(corpusDir, relative);
  if (existsSync(file)) return file;
  process.stderr.write(`skipping: corpus file missing: ${file}\n`);
  return null;
}

/** The number of pages of a PDF file. */
export async function pageCountOf(file: string): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(file), {
    ignoreEncryption: true,
  });
  return doc.getPageCount();
}

/**
 * Stored markups from exchanged ones, as the workstation makes them: the
 * annotation's name as id, its parent's name as `inReplyTo`.
 */
export function asMarkups(exchanged: readonly ExchangedMarkup[]): Markup[] {
  return exchanged.map((m) =>
    markupSchema.parse({
      ...m,
      id: m.name,
      dossierId: "dossier-1",
      documentId: "document-1",
      inReplyTo: m.inReplyToName,
      authorId: "user-1",
      service: "Agence urbaine",
      deleted: false,
      origin: "imported",
    }),
  );
}
