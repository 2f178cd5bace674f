import { readFile } from "node:fs/promises";
import { documentMarkups } from "../../shared/annotations/documentMarkups";
import { UserError } from "../../shared/contract/errors";
import type { DossierDocument, Markup } from "../../shared/domain/entities";
import type { Store } from "../db/store";
import type { Logger } from "../log";
import { publishChange } from "../sync/changeFeed";
import type { BlobStore } from "./blobStore";

/** A document's own annotations as markups, or why none were imported. */
export interface DocumentMarkupsRead {
  readonly markups: readonly Markup[];
  /**
   * Why the file's annotations were not imported (too many, unreadable),
   * for the registration report; null when they were, or it had none.
   */
  readonly skipped: UserError | null;
}

/**
 * The annotations a submitted document already holds, as read-only
 * markups of origin `document`, read once on the server so that every
 * member receives them through sync and they are stored once. A document
 * that is unreadable, or whose annotations cannot be read, yields none:
 * it is still registered, and `skipped` and the log say why.
 */
export async function readDocumentMarkups(
  bytes: Uint8Array,
  document: DossierDocument,
  logger: Logger,
): Promise<DocumentMarkupsRead> {
  // Signed opinions are our own output; their only annotations are the
  // signature fields, which are not markups.
  if (document.error !== null || document.kind === "signed_opinion") {
    return { markups: [], skipped: null };
  }
  try {
    const nowIso = new Date().toISOString();
    const markups = await documentMarkups(bytes, document, nowIso);
    return { markups, skipped: null };
  } catch (cause) {
    logger.warn(
      { documentId: document.id, err: cause },
      "document annotations unreadable",
    );
    return { markups: [], skipped: skippedReason(cause) };
  }
}

function skippedReason(cause: unknown): UserError {
  if (cause instanceof UserError && cause.key.startsWith("document.error.")) {
    return cause;
  }
  return new UserError("document.error.annotationsUnreadable", {}, { cause });
}

/**
 * Stores and publishes the markups not stored yet; call inside the
 * transaction that stores their document, after it. Markups already there
 * are left alone (their ids come from the file, which cannot change under
 * a document), so converting a document twice adds nothing. Answers how
 * many were added.
 */
export function storeDocumentMarkups(
  store: Store,
  markups: readonly Markup[],
): number {
  let added = 0;
  for (const markup of markups) {
    if (store.dossiers.getMarkup(markup.id) !== null) continue;
    store.dossiers.putMarkup(markup);
    publishChange(store, { entity: "markup", record: markup });
    added += 1;
  }
  return added;
}

/** What a backfill did. */
export interface BackfillResult {
  readonly documents: number;
  readonly added: number;
}

/**
 * Converts the annotations of every document registered before the
 * conversion existed (`annotations backfill`). Idempotent: documents
 * already converted add nothing. Each document is read and stored on its
 * own, so one bad file does not stop the others.
 */
export async function backfillDocumentAnnotations(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
): Promise<BackfillResult> {
  let documents = 0;
  let added = 0;
  for (const dossier of store.dossiers.listDossiers("all")) {
    for (const document of store.dossiers.listDocuments(dossier.id)) {
      if (!blobs.has(document.sha256)) continue;
      const bytes = new Uint8Array(
        await readFile(blobs.pathOf(document.sha256)),
      );
      const { markups } = await readDocumentMarkups(bytes, document, logger);
      documents += 1;
      // Under the write lock from the start: it reads which markups are
      // stored before it writes, and the server may write meanwhile.
      added += store.writeTransaction(() =>
        storeDocumentMarkups(store, markups),
      );
    }
  }
  logger.info({ documents, added }, "document annotations backfilled");
  return { documents, added };
}
