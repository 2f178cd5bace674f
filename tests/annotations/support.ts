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

/** The largest distance between matching points of two markups, in pt. */
export function geometryGapPt(a: Markup, b: Markup): number {
  const pairs = [
    ...a.points.map((p, i) => [p, b.points[i]] as const),
    ...a.strokes.flatMap((s, j) =>
      s.map((p, i) => [p, b.strokes[j]?.[i]] as const),
    ),
  ];
  let gap = a.points.length === b.points.length ? 0 : Infinity;
  for (const [p, q] of pairs) {
    gap = Math.max(gap, q ? Math.hypot(p.x - q.x, p.y - q.y) : Infinity);
  }
  return gap;
}

/**
 * What a round trip must keep, per markup: kind, sheet, text, author,
 * dates, reply link and status. Answers the worst geometry gap in pt.
 */
export function compareRoundTrip(
  before: readonly Markup[],
  after: readonly Markup[],
): { worstGapPt: number; problems: string[] } {
  const problems: string[] = [];
  let worstGapPt = 0;
  for (const a of before) {
    const b = after.find((m) => m.id === a.id);
    if (!b) {
      problems.push(`${a.id}: missing`);
      continue;
    }
    worstGapPt = Math.max(worstGapPt, geometryGapPt(a, b));
    const fields = [
      "kind",
      "sheetIndex",
      "comment",
      "authorName",
      "createdAt",
      "updatedAt",
      "inReplyTo",
      "status",
    ] as const;
    for (const field of fields) {
      if (a[field] !== b[field]) {
        problems.push(`${a.id}.${field}: ${a[field]} became ${b[field]}`);
      }
    }
  }
  if (after.length !== before.length) {
    problems.push(`${before.length} markups became ${after.length}`);
  }
  return { worstGapPt, problems };
}
