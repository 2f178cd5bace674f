import type { Dossier, User } from "../../shared/domain/entities";
import type { ReadScope, Store } from "../db/store";

/**
 * Who reads what. An admin reads everything; a member or a secretary reads
 * the dossiers of the commissions they belong to, the zoning of those
 * commissions' communes, and their own service. Anything else is answered
 * as if it did not exist (404), so its existence does not leak.
 */
export function canReadDossier(user: User, dossier: Dossier): boolean {
  return (
    user.role === "admin" || user.commissionIds.includes(dossier.commissionId)
  );
}

/** The dossier if the user may read it, else null. */
export function readableDossier(
  store: Store,
  user: User,
  dossierId: string,
): Dossier | null {
  const dossier = store.dossiers.getDossier(dossierId);
  return dossier !== null && canReadDossier(user, dossier) ? dossier : null;
}

/**
 * True when some readable dossier has a document with this content, or a
 * signed opinion whose PDF it is (a workstation may push the opinion
 * before, or without, a separate document record).
 */
export function canReadBlob(store: Store, user: User, sha256: string): boolean {
  if (user.role === "admin") return store.dossiers.hasBlob(sha256);
  const readable = (dossierId: string): boolean =>
    readableDossier(store, user, dossierId) !== null;
  return (
    store.dossiers
      .findDocumentsBySha256(sha256)
      .some((d) => readable(d.dossierId)) ||
    store.dossiers
      .findOpinionsBySignedPdf(sha256)
      .some((o) => readable(o.dossierId))
  );
}

/** The change-log filter for a user's pulls. */
export function readScope(store: Store, user: User): ReadScope {
  if (user.role === "admin") {
    return { all: true, commissionIds: [], communes: [], serviceIds: [] };
  }
  const communes = user.commissionIds
    .map((id) => store.directory.getCommission(id)?.commune)
    .filter((commune): commune is string => commune !== undefined);
  return {
    all: false,
    commissionIds: user.commissionIds,
    communes: [...new Set(communes)],
    serviceIds: user.serviceId === null ? [] : [user.serviceId],
  };
}
