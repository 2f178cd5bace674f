import type { Opinion, User } from "../../shared/domain/entities";
import { dossierRound } from "../../shared/domain/rounds";
import { readableDossier } from "../auth/access";
import type { Store } from "../db/store";
import type { BlobStore } from "../documents/blobStore";
import { publishChange } from "./changeFeed";
import { Rejection } from "./rejection";
import type { SignedPdfCheck } from "./signedPdfCheck";

/**
 * Applies a pushed opinion. The opinion counts towards the Decision, so
 * nothing that decides it is taken from the workstation: the Member's
 * name, Service and binding come from the server's records, the signing
 * time is the server's clock, and a signed opinion must point at a PDF
 * whose signature verifies (`signature`, checked before the transaction).
 * One opinion per Member, dossier and round; the same id updates a draft.
 * Rounds before the dossier's current one take no more opinions: they
 * are history once the applicant resubmits.
 */
export function applyOpinion(
  store: Store,
  blobs: BlobStore,
  user: User,
  opinion: Opinion,
  signature: SignedPdfCheck,
): void {
  const dossier = readableDossier(store, user, opinion.dossierId);
  if (dossier === null) throw new Rejection("dossier.error.notFound");
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
  // Earlier rounds are closed: their opinions were given on sheets the
  // applicant has since revised. (Workstations only draft the current
  // round's; a later round is not refused here, as nothing counts it
  // before the dossier reaches it.)
  if (opinion.round < dossierRound(dossier)) {
    throw new Rejection("opinion.error.notCurrentRound");
  }
  requireOnlyOpinionOfRound(store, opinion);
  if (opinion.signedAt !== null) requireSignedPdf(store, blobs, opinion);
  if (opinion.signedAt !== null && signature !== "valid") {
    throw new Rejection(
      signature === "missing"
        ? "opinion.error.signedPdfMissing"
        : "opinion.error.signatureInvalid",
    );
  }

  const record = fromServerRecords(store, user, opinion);
  store.dossiers.putOpinion(record);
  publishChange(store, { entity: "opinion", record });
  if (record.signedAt !== null) markOpinionGiven(store, record);
}

function requireOnlyOpinionOfRound(store: Store, opinion: Opinion): void {
  const others = store.dossiers
    .listMemberOpinions(opinion.dossierId, opinion.memberId)
    .filter((o) => o.round === opinion.round && o.id !== opinion.id);
  if (others.length > 0) throw new Rejection("opinion.error.duplicate");
}

/**
 * Who speaks, for which Service, whether it binds and when it was signed,
 * from the server's own records. Only a Member (someone representing a
 * Service) gives an opinion.
 */
function fromServerRecords(
  store: Store,
  user: User,
  opinion: Opinion,
): Opinion {
  const service =
    user.role === "member" && user.serviceId !== null
      ? store.directory.getService(user.serviceId)
      : null;
  if (service === null) throw new Rejection("opinion.error.notMember");

  // The client's claimed signing time is dropped: it could backdate.
  const now = new Date().toISOString();
  return {
    ...opinion,
    memberId: user.id,
    memberName: user.displayName,
    serviceId: service.id,
    serviceName: service.name,
    binding: service.binding,
    signedAt: opinion.signedAt === null ? null : now,
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

/**
 * A signed opinion moves its dossier under review. The stage is dated by
 * the server's stamp on the opinion, never by a workstation's clock.
 */
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
