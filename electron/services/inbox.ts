import type { DossierSummary } from "../../shared/contract/requests";
import type { Dossier, User } from "../../shared/domain/entities";
import type { WorkstationStore } from "./store/workstationStore";

/** The dossiers of the user's commissions, by deadline (soonest first). */
export function inboxDossiers(store: WorkstationStore, user: User): Dossier[] {
  const commissions = new Set(user.commissionIds);
  return store
    .listRecords("dossier")
    .filter((dossier) => commissions.has(dossier.commissionId))
    .sort(
      (a, b) =>
        a.deadline.localeCompare(b.deadline) ||
        a.number.localeCompare(b.number),
    );
}

/** The inbox lines: each dossier with its session and the user's opinion. */
export function inboxSummaries(
  store: WorkstationStore,
  user: User,
): DossierSummary[] {
  return inboxDossiers(store, user).map((dossier) => {
    const session = dossier.sessionId
      ? store.getRecord("session", dossier.sessionId)
      : null;
    const signed = store
      .listRecords("opinion", dossier.id)
      .some((o) => o.memberId === user.id && o.signedAt !== null);
    return {
      id: dossier.id,
      number: dossier.number,
      procedure: dossier.procedure,
      commune: dossier.commune,
      deadline: dossier.deadline,
      status: dossier.status,
      sessionTitle: session?.title ?? null,
      sessionDate: session?.date ?? null,
      myOpinionSigned: signed,
    };
  });
}
