import { PDFDocument } from "pdf-lib";
import type { RequestHandlers } from "../../../shared/contract/dispatch";
import type { DossierDocument, Markup } from "../../../shared/domain/entities";
import type {
  MarkupSummaryEntry,
  SheetBox,
  SheetCrop,
} from "../../../shared/print/markupSummaryHtml";
import type { StampLanguage } from "../../../shared/domain/stamps";
import { loadAnnotationFont } from "../printing/fonts";
import { markedSheet } from "../printing/markedSheet";
import { sheetCrops, type CropRequest } from "../printing/sheetCrops";
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
        request.language,
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
  language: StampLanguage,
): Promise<MarkupSummaryEntry[]> {
  const byId = new Map(markups.map((m) => [m.id, m]));
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const replies = repliesByMarkup(markups);
  const shown = markupIds
    .map((markupId) => byId.get(markupId))
    .filter((m): m is Markup => m !== undefined && m.kind !== "reply");
  const { boxes, crops } = await sheetViews(deps, documents, shown, language);

  return shown.map((markup) => ({
    markup,
    documentTitle: titles.get(markup.documentId) ?? "",
    replies: replies.get(markup.id) ?? [],
    carriedFromRound: carriedFromRound(markup, deps),
    sheet: boxes.get(`${markup.documentId}#${markup.sheetIndex}`) ?? null,
    crop: crops.get(markup.id) ?? null,
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
 * For each sheet the summary shows: its page box, read with pdf-lib
 * (objects only), and a picture around each markup drawn by PDFium on
 * the sheet with the shown markups drawn in (markedSheet.ts). A
 * document not cached or unreadable simply gets neither; the rest still
 * prints.
 */
async function sheetViews(
  deps: HandlerDeps,
  documents: readonly DossierDocument[],
  shown: readonly Markup[],
  language: StampLanguage,
): Promise<{ boxes: Map<string, SheetBox>; crops: Map<string, SheetCrop> }> {
  const boxes = new Map<string, SheetBox>();
  const crops = new Map<string, SheetCrop>();
  const textFont = await loadAnnotationFont();
  for (const document of documents) {
    const markups = shown.filter((m) => m.documentId === document.id);
    if (markups.length === 0 || document.error !== null) continue;
    try {
      const bytes = await deps.documents.read(document.sha256);
      await readBoxes(bytes, document.id, boxes);
      const marked = await markedSheet(bytes, markups, { language, textFont });
      const pictures = await sheetCrops(marked, markups.map(cropRequest));
      for (const [markupId, crop] of pictures) crops.set(markupId, crop);
    } catch {
      // This document's markups print with what was found, or without.
      continue;
    }
  }
  return { boxes, crops };
}

async function readBoxes(
  bytes: Uint8Array,
  documentId: string,
  boxes: Map<string, SheetBox>,
): Promise<void> {
  const pdf = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
  });
  pdf.getPages().forEach((page, index) => {
    const { x, y, width, height } = page.getCropBox();
    boxes.set(`${documentId}#${index}`, {
      x,
      y,
      widthPt: width,
      heightPt: height,
    });
  });
}

/** The region a markup covers on its sheet: its points and strokes. */
function cropRequest(markup: Markup): CropRequest {
  const points = [...markup.points, ...markup.strokes.flat()];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    key: markup.id,
    sheetIndex: markup.sheetIndex,
    left: Math.min(...xs),
    right: Math.max(...xs),
    bottom: Math.min(...ys),
    top: Math.max(...ys),
  };
}
