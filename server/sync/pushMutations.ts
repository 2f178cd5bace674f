import { syncRecordSchema } from "../../shared/contract/sync";
import type { PushResult, SyncRecord } from "../../shared/contract/sync";
import type {
  DossierDocument,
  Georeference,
  Markup,
  Opinion,
  User,
} from "../../shared/domain/entities";
import { readableDossier } from "../auth/access";
import type { Store } from "../db/store";
import type { BlobStore } from "../documents/blobStore";
import type { Logger } from "../log";
import { publishChange } from "./changeFeed";

/** Why a mutation is refused: a translation key. */
class Rejection {
  constructor(readonly key: string) {}
}

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
 * with the original error key and changes nothing.
 */
export function pushMutations(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  user: User,
  mutations: readonly PushedMutation[],
): PushResult[] {
  return mutations.map((mutation) =>
    store.transaction(() => pushOne(store, blobs, logger, user, mutation)),
  );
}

function pushOne(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  user: User,
  mutation: PushedMutation,
): PushResult {
  const { mutationId } = mutation;
  const earlier = store.changes.findMutation(mutationId);
  if (earlier !== null) {
    return { mutationId, status: "duplicate", errorKey: earlier.errorKey };
  }

  let errorKey: string | null = null;
  try {
    const change = syncRecordSchema.safeParse(mutation.change);
    if (!change.success) throw new Rejection("sync.error.invalidRecord");
    apply(store, blobs, user, change.data);
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
): void {
  switch (change.entity) {
    case "markup":
      return applyMarkup(store, user, change.record);
    case "georeference":
      return applyGeoreference(store, user, change.record);
    case "opinion":
      return applyOpinion(store, blobs, user, change.record);
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

  store.dossiers.putMarkup(markup);
  publishChange(store, { entity: "markup", record: markup });
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

function applyOpinion(
  store: Store,
  blobs: BlobStore,
  user: User,
  opinion: Opinion,
): void {
  requireDossier(store, user, opinion.dossierId);
  const existing = store.dossiers.getOpinion(opinion.id);
  if (
    opinion.memberId !== user.id ||
    (existing !== null && existing.memberId !== user.id)
  ) {
    throw new Rejection("opinion.error.notOwner");
  }
  if (existing !== null && existing.signedAt !== null) {
    throw new Rejection("opinion.error.signed");
  }
  if (opinion.signedAt !== null) requireSignedPdf(store, blobs, opinion);
  const record = withMembersService(store, user, opinion);

  store.dossiers.putOpinion(record);
  publishChange(store, { entity: "opinion", record });
  if (record.signedAt !== null) markOpinionGiven(store, record);
}

/**
 * An opinion speaks for the Member's Service, and whether it binds decides
 * the outcome, so the server takes both from its own records, not from the
 * workstation. Only a Member (someone representing a Service) gives one.
 */
function withMembersService(
  store: Store,
  user: User,
  opinion: Opinion,
): Opinion {
  const service =
    user.role === "member" && user.serviceId !== null
      ? store.directory.getService(user.serviceId)
      : null;
  if (service === null) throw new Rejection("opinion.error.notMember");
  return {
    ...opinion,
    serviceId: service.id,
    serviceName: service.name,
    binding: service.binding,
  };
}

function requireSignedPdf(
  store: Store,
  blobs: BlobStore,
  opinion: Opinion,
): void {
  const sha256 = opinion.signedPdfSha256;
  if (
    sha256 === null ||
    !store.dossiers.hasBlob(sha256) ||
    !blobs.has(sha256)
  ) {
    throw new Rejection("opinion.error.signedPdfMissing");
  }
}

/** A signed opinion moves its dossier under review and dates the stage. */
function markOpinionGiven(store: Store, opinion: Opinion): void {
  const dossier = store.dossiers.getDossier(opinion.dossierId);
  if (dossier === null) return;

  const at = opinion.signedAt ?? new Date().toISOString();
  const updated = {
    ...dossier,
    status:
      dossier.status === "decided" ? dossier.status : ("under_review" as const),
    stages: [...dossier.stages, { stage: "opinion_given" as const, at }],
  };
  store.dossiers.putDossier(updated);
  publishChange(store, { entity: "dossier", record: updated });
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
