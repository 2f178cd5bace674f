import { PDFDocument } from "pdf-lib";
import type { RequestHandlers } from "../../../shared/contract/dispatch";
import type { DossierDocument, Markup } from "../../../shared/domain/entities";
import type {
  MarkupSummaryEntry,
  SheetBox,
} from "../../../shared/print/markupSummaryHtml";
import { requireDossier, requireUser, type HandlerDeps } from "./context";

type SummaryHandlers = Pick<RequestHandlers, "markups.printSummary">;

/**
 * Printing the markups list. The renderer names the rows it shows, in
 * order; the markups themselves, their replies and where they were
 * carried from are read here from the store, so the paper shows what
 * the workstation holds and nothing the page made up.
 */
export function markupSummaryHandlers(deps: HandlerDeps): SummaryHandlers {
  return {
    "markups.printSummary": async (request) => {
      requireUser(deps);
      const dossier = requireDossier(deps, request.dossierId);
      const markups = deps.store
        .listRecords("markup", dossier.id)
        .filter((m) => !m.deleted);
      const documents = deps.store.listRecords("document", dossier.id);

      const entries = await summaryEntries(
        deps,
        request.markupIds,
        markups,
        documents,
      );
      const bytes = await deps.printing.markupSummaryPdf({
        language: request.language,
        dossier,
        round: request.round,
        entries,
        generatedAt: deps.now?.() ?? new Date(),
      });
      return { bytes };
    },
  };
}

async function summaryEntries(
  deps: HandlerDeps,
  markupIds: readonly string[],
  markups: readonly Markup[],
  documents: readonly DossierDocument[],
): Promise<MarkupSummaryEntry[]> {
  const byId = new Map(markups.map((m) => [m.id, m]));
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const replies = repliesByMarkup(markups);
  const shown = markupIds
    .map((markupId) => byId.get(markupId))
    .filter((m): m is Markup => m !== undefined && m.kind !== "reply");
  const boxes = await sheetBoxes(deps, documents, shown);

  return shown.map((markup) => ({
    markup,
    documentTitle: titles.get(markup.documentId) ?? "",
    replies: replies.get(markup.id) ?? [],
    carriedFromRound: carriedFromRound(markup, deps),
    sheet: boxes.get(`${markup.documentId}#${markup.sheetIndex}`) ?? null,
  }));
}

function repliesByMarkup(
  markups: readonly Markup[],
): Map<string, readonly Markup[]> {
  const replies = new Map<string, Markup[]>();
  const ordered = [...markups].sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  for (const m of ordered) {
    if (m.kind !== "reply" || m.inReplyTo === null) continue;
    const list = replies.get(m.inReplyTo) ?? [];
    list.push(m);
    replies.set(m.inReplyTo, list);
  }
  return replies;
}

function carriedFromRound(markup: Markup, deps: HandlerDeps): number | null {
  if (markup.carriedFrom === undefined) return null;
  // The original may be gone (deleted); a carried remark is always one
  // round later than the one it continues.
  const original = deps.store.getRecord("markup", markup.carriedFrom);
  return original?.round ?? markup.round - 1;
}

/**
 * The page box of each sheet the summary shows, read from the cached
 * PDFs with pdf-lib (objects only, not the heavy content streams). A
 * document not cached or unreadable simply gets no locator drawing.
 */
async function sheetBoxes(
  deps: HandlerDeps,
  documents: readonly DossierDocument[],
  shown: readonly Markup[],
): Promise<Map<string, SheetBox>> {
  const boxes = new Map<string, SheetBox>();
  const needed = new Set(shown.map((m) => m.documentId));
  for (const document of documents) {
    if (!needed.has(document.id) || document.error !== null) continue;
    try {
      const pdf = await PDFDocument.load(
        await deps.documents.read(document.sha256),
        { ignoreEncryption: true, updateMetadata: false },
      );
      pdf.getPages().forEach((page, index) => {
        const { x, y, width, height } = page.getMediaBox();
        boxes.set(`${document.id}#${index}`, {
          x,
          y,
          widthPt: width,
          heightPt: height,
        });
      });
    } catch {
      // No locator for this document's markups; the rest still prints.
      continue;
    }
  }
  return boxes;
}
