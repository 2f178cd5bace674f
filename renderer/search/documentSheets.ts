import type { DossierDocument } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import type { PDFDocumentProxy } from "../viewer/pdfjs";
import { openSheetDocument, openSheetPage } from "../viewer/usePdfDocument";
import { joinRuns, type JoinedText } from "./joinedText";
import { sheetTextFromItems, type SheetText } from "./sheetText";

/** A sheet's text, read once and joined for matching. */
export interface ExtractedSheet {
  readonly text: SheetText;
  readonly joined: JoinedText;
}

interface CachedDocument {
  sheetCount: number | null;
  readonly sheets: Map<number, ExtractedSheet>;
}

/**
 * Sheets already read, by document and content hash: a new revision of a
 * document has another hash and is read again. Text is small next to the
 * sheets' drawings; the oldest documents leave past this many.
 */
const MAX_CACHED_DOCUMENTS = 200;
const cache = new Map<string, CachedDocument>();

function cachedDocument(doc: DossierDocument): CachedDocument {
  const key = `${doc.id}:${doc.sha256}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = { sheetCount: null, sheets: new Map() };
    cache.set(key, entry);
    const oldest = cache.keys().next().value;
    if (cache.size > MAX_CACHED_DOCUMENTS && oldest !== undefined) {
      cache.delete(oldest);
    }
  }
  return entry;
}

/** How many sheets a document has, if known without opening it. */
export function knownSheetCount(doc: DossierDocument): number | null {
  return cachedDocument(doc).sheetCount ?? doc.pageCount;
}

/**
 * The text of every sheet of a document, in order: from the cache, or
 * read through the services and pdf.js as the viewer does (its errors
 * and time limit). pdf.js extracts in its worker; the document stays
 * open only while sheets are missing from the cache and is closed when
 * the caller stops iterating, so a cancelled search keeps what it read.
 */
export async function* documentSheets(
  client: LajnaClient,
  doc: DossierDocument,
): AsyncGenerator<ExtractedSheet, void, undefined> {
  const entry = cachedDocument(doc);
  let pdf: PDFDocumentProxy | null = null;
  try {
    for (let index = 0; ; index++) {
      if (entry.sheetCount !== null && index >= entry.sheetCount) return;
      let sheet = entry.sheets.get(index);
      if (sheet === undefined) {
        pdf ??= await openDocument(client, doc, entry);
        if (index >= pdf.numPages) return;
        sheet = await extractSheet(pdf, index);
        entry.sheets.set(index, sheet);
      }
      yield sheet;
    }
  } finally {
    if (pdf !== null) void pdf.destroy();
  }
}

async function openDocument(
  client: LajnaClient,
  doc: DossierDocument,
  entry: CachedDocument,
): Promise<PDFDocumentProxy> {
  const { bytes } = await client.request("documents.read", {
    documentId: doc.id,
  });
  const pdf = await openSheetDocument(bytes);
  entry.sheetCount = pdf.numPages;
  return pdf;
}

async function extractSheet(
  pdf: PDFDocumentProxy,
  index: number,
): Promise<ExtractedSheet> {
  const page = await openSheetPage(pdf, index);
  const content = await page.getTextContent();
  // The page's parsed resources are not needed once its text is read.
  page.cleanup();
  const text = sheetTextFromItems(index, content.items);
  return { text, joined: joinRuns(text) };
}
