import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { PDFDocument } from "pdf-lib";
import { annotatedPdf } from "../../../shared/annotations/annotatedPdf";
import type { ExchangedMarkup } from "../../../shared/annotations/exchangeTypes";
import { documentMarkups as documentMarkupsOf } from "../../../shared/annotations/documentMarkups";
import { markupsFromXfdf } from "../../../shared/annotations/markupFromXfdf";
import { readXfdf } from "../../../shared/annotations/xfdfReader";
import { exportXfdf } from "../../../shared/annotations/xfdfExport";
import {
  requireSameDocument,
  sheetBoxes,
  touchesSheet,
} from "./xfdfImportChecks";
import type { RequestHandlers } from "../../../shared/contract/dispatch";
import { UserError } from "../../../shared/contract/errors";
import {
  markupSchema,
  type DossierDocument,
  type Markup,
  type User,
} from "../../../shared/domain/entities";
import { loadAnnotationFont } from "../printing/fonts";
import {
  afterLocalChange,
  nowIso,
  requireDossier,
  requireUser,
  serviceNameOf,
  type HandlerDeps,
} from "./context";

type ExchangeHandlers = Pick<
  RequestHandlers,
  | "markups.importXfdf"
  | "markups.exportXfdf"
  | "documents.exportAnnotated"
  | "documents.annotations"
>;

/**
 * Exchange of markups with Acrobat and Bluebeam: XFDF in and out, an
 * annotated or flattened copy of a document, and the annotations a
 * submitted PDF already holds.
 */
export function exchangeHandlers(
  deps: HandlerDeps,
  log: Logger,
): ExchangeHandlers {
  const exchangeLog = log.child({ subsystem: "exchange" });
  const ownAnnotations = new DocumentAnnotations(deps, exchangeLog);
  return {
    "markups.importXfdf": async (request) => {
      const { dossierId, documentId, xfdf } = request;
      const user = requireUser(deps);
      requireDossier(deps, dossierId);
      const document = requireDocument(deps, documentId, dossierId);
      if (!request.otherDocument) {
        const siblings = deps.store.listRecords("document", dossierId);
        requireSameDocument(xfdf, document, siblings);
      }
      const bytes = await deps.documents.read(document.sha256);
      const boxes = await sheetBoxes(bytes);

      // Everything is read and checked before the first save, so a refused
      // file leaves the store as it was.
      const set = markupsFromXfdf(readXfdf(xfdf), {
        pageCount: boxes?.length ?? (await pageCountOf(bytes, document)),
        nowIso: nowIso(deps),
      });
      // Markups wholly off their sheet would be saved where nobody sees them.
      const onSheet = boxes
        ? set.markups.filter((m) => touchesSheet(m, boxes))
        : set.markups;
      const markups = toMarkups(deps, user, document, onSheet);
      for (const markup of markups) {
        deps.store.saveLocal({ entity: "markup", record: markup });
      }
      if (markups.length > 0) afterLocalChange(deps, dossierId);

      const outside = set.markups.length - onSheet.length;
      exchangeLog.info(
        { documentId, imported: markups.length, skipped: set.skipped, outside },
        "xfdf imported",
      );
      return { imported: markups.length, skipped: set.skipped, outside };
    },

    "markups.exportXfdf": async ({ dossierId, documentId, language }) => {
      requireUser(deps);
      requireDossier(deps, dossierId);
      const document = requireDocument(deps, documentId, dossierId);
      const markups = markupsOf(deps, document);
      // Stamps' appearances draw Arabic words and names with this font.
      const textFont = await loadAnnotationFont({ logger: exchangeLog });
      return {
        xfdf: await exportXfdf(markups, document.fileName, {
          textFont,
          language,
        }),
        fileName: replaceExtension(document.fileName, ".xfdf"),
      };
    },

    "documents.exportAnnotated": async ({ documentId, flatten, language }) => {
      requireUser(deps);
      const document = requireDocument(deps, documentId, null);
      const original = await deps.documents.read(document.sha256);
      const textFont = await loadAnnotationFont({ logger: exchangeLog });
      const bytes = await annotatedPdf(
        original,
        markupsOf(deps, document),
        flatten,
        { textFont, language },
      ).catch((cause: unknown) => {
        exchangeLog.warn({ documentId, err: cause }, "annotated export failed");
        throw new UserError("exchange.error.pdfUnreadable", {}, { cause });
      });
      const suffix = flatten ? "-flattened.pdf" : "-annotated.pdf";
      return {
        bytes: new Uint8Array(bytes),
        fileName: replaceExtension(document.fileName, suffix),
      };
    },

    "documents.annotations": async ({ documentId }) => {
      requireUser(deps);
      const document = requireDocument(deps, documentId, null);
      return { markups: await ownAnnotations.forDocument(document) };
    },
  };
}

/**
 * The annotations a submitted file already holds, as read-only markups of
 * origin "document", cached by document and content hash: a large plan
 * takes pdf-lib a while to parse, and its annotations cannot change under
 * the same hash. A file that cannot be read yields none and is tried again
 * next time.
 */
class DocumentAnnotations {
  private readonly entries = new Map<string, Promise<Markup[] | null>>();

  constructor(
    private readonly deps: HandlerDeps,
    private readonly log: Logger,
  ) {}

  /** The document's own annotations (none for an unreadable file). */
  async forDocument(document: DossierDocument): Promise<Markup[]> {
    if (document.error !== null) return [];
    const key = `${document.id}:${document.sha256}`;
    let pending = this.entries.get(key);
    if (!pending) {
      pending = documentMarkups(this.deps, document, this.log);
      this.entries.set(key, pending);
      this.forgetOldest();
    }
    const markups = await pending;
    if (markups === null) this.entries.delete(key);
    return markups ?? [];
  }

  private forgetOldest(): void {
    if (this.entries.size <= 32) return;
    const oldest = this.entries.keys().next().value;
    if (oldest !== undefined) this.entries.delete(oldest);
  }
}

function requireDocument(
  deps: HandlerDeps,
  documentId: string,
  dossierId: string | null,
): DossierDocument {
  const document = deps.store.getRecord("document", documentId);
  if (!document || (dossierId !== null && document.dossierId !== dossierId)) {
    throw new UserError("document.error.notFound");
  }
  return document;
}

async function pageCountOf(
  bytes: Uint8Array,
  document: DossierDocument,
): Promise<number> {
  if (document.pageCount !== null) return document.pageCount;
  const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true });
  return pdf.getPageCount();
}

/**
 * The live markups of a document kept in the store, oldest first, without
 * the document's own annotations: the file already holds those, and
 * writing them again would show each twice.
 */
function markupsOf(deps: HandlerDeps, document: DossierDocument): Markup[] {
  return deps.store
    .listRecords("markup", document.dossierId)
    .filter(
      (m) =>
        m.documentId === document.id && !m.deleted && m.origin !== "document",
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Markups for the store from an import. An annotation keeps its name as
 * id unless that id is taken by another document's markup or by someone
 * else's; importing the same file again replaces the importer's earlier
 * copy instead of doubling it, and a markup of ours that comes back
 * unchanged from Acrobat is left as it is.
 */
function toMarkups(
  deps: HandlerDeps,
  user: User,
  document: DossierDocument,
  exchanged: readonly ExchangedMarkup[],
): Markup[] {
  const idOfName = new Map<string, string>();
  const kept = new Set<string>();
  for (const m of exchanged) {
    const existing = m.name ? deps.store.getRecord("markup", m.name) : null;
    const ours = existing?.documentId === document.id;
    if (ours && existing.origin === "lajna" && !existing.deleted) {
      kept.add(m.name);
      idOfName.set(m.name, m.name);
    } else if (
      m.name &&
      (!existing || (ours && existing.authorId === user.id))
    ) {
      idOfName.set(m.name, m.name);
    } else {
      idOfName.set(m.name || randomUUID(), randomUUID());
    }
  }

  const service = serviceNameOf(deps, user);
  return exchanged
    .filter((m) => !kept.has(m.name))
    .map((m) => {
      const id = idOfName.get(m.name) ?? randomUUID();
      const named = m.inReplyToName
        ? (idOfName.get(m.inReplyToName) ??
          deps.store.getRecord("markup", m.inReplyToName)?.id ??
          null)
        : null;
      // A reply to itself would be a thread of one; it reads as a note.
      const parent = named === id ? null : named;
      const parsed = markupSchema.safeParse({
        ...m,
        id,
        dossierId: document.dossierId,
        documentId: document.id,
        kind: m.kind === "reply" && parent === null ? "note" : m.kind,
        inReplyTo: parent,
        authorId: user.id,
        authorName: m.authorName || user.displayName,
        service,
        deleted: false,
        round: 1,
        origin: "imported",
      });
      // The reader checks every field; this only catches what it missed,
      // still before the first save.
      if (!parsed.success) {
        throw new UserError(
          "xfdf.error.malformed",
          {},
          { cause: parsed.error },
        );
      }
      return parsed.data;
    });
}

/** A document's own annotations as read-only markups, null if unreadable. */
async function documentMarkups(
  deps: HandlerDeps,
  document: DossierDocument,
  log: Logger,
): Promise<Markup[] | null> {
  try {
    const bytes = await deps.documents.read(document.sha256);
    return await documentMarkupsOf(bytes, document, nowIso(deps));
  } catch (cause) {
    // A sheet whose annotations cannot be read still opens; it shows none
    // of them, and the log says why.
    log.warn({ documentId: document.id, err: cause }, "annotations unreadable");
    return null;
  }
}

function replaceExtension(fileName: string, suffix: string): string {
  return fileName.replace(/\.[^./\\]*$/, "") + suffix;
}
