import { isIntactPicture } from "../../shared/annotations/stampPictureCheck";
import { syncRecordSchema } from "../../shared/contract/sync";
import type { PushResult, SyncRecord } from "../../shared/contract/sync";
import type {
  DossierDocument,
  Georeference,
  Markup,
  User,
} from "../../shared/domain/entities";
import { readableDossier } from "../auth/access";
import type { Store } from "../db/store";
import type { BlobStore } from "../documents/blobStore";
import type { Logger } from "../log";
import { applyOpinion } from "./applyOpinion";
import { publishChange } from "./changeFeed";
import { Rejection } from "./rejection";
import { checkSignedPdf } from "./signedPdfCheck";
import type { SignedPdfCheck } from "./signedPdfCheck";

/**
 * A pushed mutation whose change is not validated yet: one malformed
 * record is rejected on its own instead of failing the whole push, so the
 * workstation's outbox can move past it.
 */
export interface PushedMutation {
  readonly mutationId: string;
  readonly change: unknown;
}

/**
 * Applies pushed mutations in order, each exactly once. The processed
 * mutation and its effects land in the same transaction, so a push whose
 * answer was lost can be replayed safely: the replay answers `duplicate`
 * with the original error key and changes nothing. Mutation ids are
 * scoped per user. A signed opinion's PDF is verified first, outside the
 * transaction, since that check is asynchronous.
 */
export async function pushMutations(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  user: User,
  mutations: readonly PushedMutation[],
): Promise<PushResult[]> {
  const results: PushResult[] = [];
  for (const mutation of mutations) {
    // A replay is answered from the log; its PDF need not be read again.
    const replay = store.changes.findMutation(mutation.mutationId, user.id);
    const signature =
      replay === null
        ? await checkSignedPdf(blobs, mutation.change)
        : "not_needed";
    results.push(
      // Under the write lock from the start: pushOne reads the processed
      // mutations before it writes, and the CLI may write meanwhile.
      store.writeTransaction(() =>
        pushOne(store, blobs, logger, user, mutation, signature),
      ),
    );
  }
  return results;
}

function pushOne(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  user: User,
  mutation: PushedMutation,
  signature: SignedPdfCheck,
): PushResult {
  const { mutationId } = mutation;
  const earlier = store.changes.findMutation(mutationId, user.id);
  if (earlier !== null) {
    return { mutationId, status: "duplicate", errorKey: earlier.errorKey };
  }

  let errorKey: string | null = null;
  try {
    const change = syncRecordSchema.safeParse(mutation.change);
    if (!change.success) throw new Rejection("sync.error.invalidRecord");
    apply(store, blobs, user, change.data, signature);
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    errorKey = error.key;
    logger.info({ mutationId, errorKey }, "mutation rejected");
  }

  const status = errorKey === null ? "applied" : "rejected";
  store.changes.recordMutation(mutationId, user.id, { status, errorKey });
  return { mutationId, status, errorKey };
}

function apply(
  store: Store,
  blobs: BlobStore,
  user: User,
  change: SyncRecord,
  signature: SignedPdfCheck,
): void {
  switch (change.entity) {
    case "markup":
      return applyMarkup(store, user, change.record);
    case "georeference":
      return applyGeoreference(store, user, change.record);
    case "opinion":
      return applyOpinion(store, blobs, user, change.record, signature);
    case "document":
      return applyDocument(store, blobs, user, change.record);
    default:
      throw new Rejection("sync.error.entityNotWritable");
  }
}

function requireDossier(store: Store, user: User, dossierId: string): void {
  if (readableDossier(store, user, dossierId) === null) {
    throw new Rejection("dossier.error.notFound");
  }
}

function requireDocumentOf(
  store: Store,
  dossierId: string,
  documentId: string,
): void {
  if (store.dossiers.getDocument(documentId)?.dossierId !== dossierId) {
    throw new Rejection("document.error.notFound");
  }
}

function applyMarkup(store: Store, user: User, markup: Markup): void {
  requireDossier(store, user, markup.dossierId);
  requireDocumentOf(store, markup.dossierId, markup.documentId);
  const existing = store.dossiers.getMarkup(markup.id);
  if (
    markup.authorId !== user.id ||
    (existing !== null && existing.authorId !== user.id)
  ) {
    throw new Rejection("markup.error.notAuthor");
  }
  if (existing !== null && existing.dossierId !== markup.dossierId) {
    throw new Rejection("markup.error.notAuthor");
  }

  requireWritableOrigin(markup, existing);
  // A stamp picture is stored only as the file its fields describe.
  const picture = markup.style.stampImage;
  if (picture !== undefined && !isIntactPicture(picture)) {
    throw new Rejection("markup.error.stampPicture");
  }

  // Who wrote it, and for which Service, comes from the server's records,
  // except the name on an imported markup: that is its Acrobat or
  // Bluebeam author, while `authorId` stays the member who imported it.
  const service =
    user.serviceId === null ? null : store.directory.getService(user.serviceId);
  const record: Markup = {
    ...markup,
    authorName: authorNameOf(markup, user),
    service: service?.name ?? "",
  };
  store.dossiers.putMarkup(record);
  publishChange(store, { entity: "markup", record });
}

/** Longest author name kept from an imported file. */
const MAX_IMPORTED_AUTHOR = 200;

function authorNameOf(markup: Markup, user: User): string {
  if (markup.origin !== "imported") return user.displayName;
  const name = markup.authorName.trim().slice(0, MAX_IMPORTED_AUTHOR);
  return name === "" ? user.displayName : name;
}

/**
 * Markups that came from another program are read-only except replies:
 * the server alone writes a document's own annotations, and an imported
 * markup may only be imported again or deleted by its importer, never
 * turned into one of ours (which would put the member's name on it).
 */
function requireWritableOrigin(markup: Markup, existing: Markup | null): void {
  if (markup.origin === "document" || existing?.origin === "document") {
    throw new Rejection("markup.error.readOnly");
  }
  if (existing?.origin === "imported" && markup.origin !== "imported") {
    throw new Rejection("markup.error.readOnly");
  }
}

function applyGeoreference(
  store: Store,
  user: User,
  georeference: Georeference,
): void {
  requireDossier(store, user, georeference.dossierId);
  requireDocumentOf(store, georeference.dossierId, georeference.documentId);
  const existing = store.dossiers.getGeoreference(georeference.id);
  if (existing !== null && existing.dossierId !== georeference.dossierId) {
    throw new Rejection("dossier.error.notFound");
  }

  // The server, not the client, says who placed the sheet.
  const record: Georeference = { ...georeference, updatedBy: user.id };
  store.dossiers.putGeoreference(record);
  publishChange(store, { entity: "georeference", record });
}

function applyDocument(
  store: Store,
  blobs: BlobStore,
  user: User,
  document: DossierDocument,
): void {
  requireDossier(store, user, document.dossierId);
  if (document.kind !== "signed_opinion") {
    throw new Rejection("document.error.kindNotWritable");
  }
  if (!store.dossiers.hasBlob(document.sha256) || !blobs.has(document.sha256)) {
    throw new Rejection("document.error.blobMissing");
  }
  const existing = store.dossiers.getDocument(document.id);
  if (existing !== null) throw new Rejection("document.error.immutable");

  const record: DossierDocument = {
    ...document,
    sizeBytes: blobs.sizeOf(document.sha256),
  };
  store.dossiers.putDocument(record);
  publishChange(store, { entity: "document", record });
}
