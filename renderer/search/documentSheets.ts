import type { DossierDocument } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { describeCause, rendererLogger } from "../log/rendererLog";
import type { PDFDocumentProxy } from "../viewer/pdfjs";
import { openSheetDocument, openSheetPage } from "../viewer/usePdfDocument";
import { glyphReader } from "./glyphs/glyphReader";
import { NO_GLYPHS, type PageGlyphs } from "./glyphs/pageGlyphs";
import { placeGlyphs } from "./glyphs/placeGlyphs";
import { joinRuns, type JoinedText } from "./joinedText";
import { sheetTextFromItems, type SheetText } from "./sheetText";

const log = rendererLogger("search");

/** A sheet's text, read once and joined for matching. */
export interface ExtractedSheet {
  readonly text: SheetText;
  readonly joined: JoinedText;
}

/** A document open for reading, shared by the searches reading it. */
interface OpenDocument {
  readonly pdf: Promise<PDFDocumentProxy>;
  /** Its copy in the glyph worker. */
  readonly glyphKey: string;
  users: number;
}

interface CachedDocument {
  sheetCount: number | null;
  readonly sheets: Map<number, ExtractedSheet>;
  /**
   * Sheets being read. A search typed over a stale one starts while the
   * stale one still reads its last sheet: the new one waits for that
   * read, and reads on with the same open document, instead of reading
   * the file again.
   */
  readonly reading: Map<number, Promise<ExtractedSheet>>;
  open: OpenDocument | null;
}

/**
 * Sheets already read, by document and content hash: a new revision of a
 * document has another hash and is read again. Text is small next to the
 * sheets' drawings; the oldest documents leave past this many.
 */
const MAX_CACHED_DOCUMENTS = 200;
const cache = new Map<string, CachedDocument>();
/** Tells the glyph worker's copies apart, even of one document. */
let glyphKeys = 0;

function cachedDocument(doc: DossierDocument): CachedDocument {
  const key = `${doc.id}:${doc.sha256}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = {
      sheetCount: null,
      sheets: new Map(),
      reading: new Map(),
      open: null,
    };
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
 * and time limit). pdf.js extracts the text in its worker while PDFium,
 * in the glyph worker, places each character (see glyphs/). The document
 * stays open only while sheets are missing from the cache and some
 * caller still iterates; a cancelled search keeps what it read, and one
 * started meanwhile shares the open document and the sheet being read.
 */
export async function* documentSheets(
  client: LajnaClient,
  doc: DossierDocument,
): AsyncGenerator<ExtractedSheet, void, undefined> {
  const entry = cachedDocument(doc);
  let open: OpenDocument | null = null;
  try {
    for (let index = 0; ; index++) {
      if (entry.sheetCount !== null && index >= entry.sheetCount) return;
      let sheet = entry.sheets.get(index);
      if (sheet === undefined) {
        open ??= joinOpenDocument(client, doc, entry);
        const pdf = await open.pdf;
        if (index >= pdf.numPages) return;
        sheet = await readSheet(doc, entry, index, pdf, open.glyphKey);
      }
      yield sheet;
    }
  } finally {
    if (open !== null) leaveOpenDocument(entry, open);
  }
}

/** The entry's open document, opened for the first of its users. */
function joinOpenDocument(
  client: LajnaClient,
  doc: DossierDocument,
  entry: CachedDocument,
): OpenDocument {
  if (entry.open === null) {
    const glyphKey = `${doc.id}#${++glyphKeys}`;
    const pdf = openDocument(client, doc, entry, glyphKey);
    entry.open = { pdf, glyphKey, users: 0 };
  }
  entry.open.users++;
  return entry.open;
}

/** Closes the document, in pdf.js and PDFium, once its last user left. */
function leaveOpenDocument(entry: CachedDocument, open: OpenDocument): void {
  open.users--;
  if (open.users > 0) return;
  if (entry.open === open) entry.open = null;
  // A document that failed to open was reported to its users already.
  open.pdf.then((pdf) => void pdf.destroy()).catch(() => undefined);
  glyphReader.closeDocument(open.glyphKey);
}

/** A sheet read into the cache, or the read of it already under way. */
function readSheet(
  doc: DossierDocument,
  entry: CachedDocument,
  index: number,
  pdf: PDFDocumentProxy,
  glyphKey: string,
): Promise<ExtractedSheet> {
  const underWay = entry.reading.get(index);
  if (underWay !== undefined) return underWay;
  const reading = extractSheet(pdf, index, sheetGlyphs(doc, glyphKey)).then(
    (sheet) => {
      entry.sheets.set(index, sheet);
      return sheet;
    },
  );
  entry.reading.set(index, reading);
  const done = () => entry.reading.delete(index);
  // Its readers see a failure; this only forgets the read.
  reading.then(done, done);
  return reading;
}

async function openDocument(
  client: LajnaClient,
  doc: DossierDocument,
  entry: CachedDocument,
  glyphKey: string,
): Promise<PDFDocumentProxy> {
  const { bytes } = await client.request("documents.read", {
    documentId: doc.id,
  });
  // Before pdf.js, which takes the bytes over.
  glyphReader.openDocument(glyphKey, bytes);
  const pdf = await openSheetDocument(bytes);
  entry.sheetCount = pdf.numPages;
  return pdf;
}

/**
 * The glyphs of a sheet, or none when PDFium cannot read them: the
 * search then still finds the words, with boxes by equal shares.
 */
function sheetGlyphs(doc: DossierDocument, glyphKey: string) {
  return (index: number): Promise<PageGlyphs> =>
    glyphReader.sheet(glyphKey, index).catch((cause: unknown) => {
      log.warn("sheet glyphs unread; boxes by equal shares", {
        documentId: doc.id,
        sheetIndex: index,
        ...describeCause(cause),
      });
      return NO_GLYPHS;
    });
}

async function extractSheet(
  pdf: PDFDocumentProxy,
  index: number,
  glyphsOf: (index: number) => Promise<PageGlyphs>,
): Promise<ExtractedSheet> {
  // PDFium reads the glyphs in its worker while pdf.js reads the text.
  const glyphs = glyphsOf(index);
  const page = await openSheetPage(pdf, index);
  const content = await page.getTextContent();
  // The page's parsed resources are not needed once its text is read.
  page.cleanup();
  const text = placeGlyphs(
    sheetTextFromItems(index, content.items),
    await glyphs,
  );
  return { text, joined: joinRuns(text) };
}
