import type { PDFDocumentProxy } from "./pdfjs";

/** An outline (bookmark) entry as pdf.js gives it, the parts read here. */
interface OutlineEntry {
  readonly title: string;
  readonly dest: string | readonly unknown[] | null;
  readonly items: readonly OutlineEntry[];
}

/** How deep the outline is searched: sets name sheets near the top. */
const OUTLINE_DEPTH = 2;

/**
 * Each sheet's title, by index, or null where the document names none:
 * its page label when the label says more than the page's number (a
 * CAD plot's "A-101", a layout's name), else the first bookmark that
 * points to it. The title block's text is not read: on a heavy sheet
 * that costs a full text extraction per page.
 */
export function pickSheetTitles(
  count: number,
  labels: readonly string[] | null,
  bookmarks: ReadonlyMap<number, string>,
): (string | null)[] {
  return Array.from({ length: count }, (_, index) => {
    const label = labels?.[index]?.trim() ?? "";
    if (label !== "" && label !== String(index + 1)) return label;
    return bookmarks.get(index)?.trim() || null;
  });
}

/** Reads the titles of an open document's sheets; see pickSheetTitles. */
export async function readSheetTitles(
  pdf: PDFDocumentProxy,
): Promise<(string | null)[]> {
  const [labels, bookmarks] = await Promise.all([
    pdf.getPageLabels().catch(() => null),
    bookmarkedSheets(pdf).catch(() => new Map<number, string>()),
  ]);
  return pickSheetTitles(pdf.numPages, labels, bookmarks);
}

/** The first bookmark title pointing to each sheet, by sheet index. */
async function bookmarkedSheets(
  pdf: PDFDocumentProxy,
): Promise<Map<number, string>> {
  const outline = ((await pdf.getOutline()) ?? []) as OutlineEntry[];
  const titles = new Map<number, string>();
  const visit = async (entries: readonly OutlineEntry[], depth: number) => {
    for (const entry of entries) {
      const index = await destinationSheet(pdf, entry.dest);
      if (index !== null && !titles.has(index)) titles.set(index, entry.title);
      if (depth < OUTLINE_DEPTH) await visit(entry.items, depth + 1);
    }
  };
  await visit(outline, 1);
  return titles;
}

/** The sheet index a bookmark's destination points to, if any. */
async function destinationSheet(
  pdf: PDFDocumentProxy,
  dest: OutlineEntry["dest"],
): Promise<number | null> {
  const explicit =
    typeof dest === "string" ? await pdf.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (typeof target === "number") return target;
  if (typeof target !== "object" || target === null) return null;
  try {
    return await pdf.getPageIndex(target as { num: number; gen: number });
  } catch {
    return null;
  }
}
