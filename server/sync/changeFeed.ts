import type { SyncRecord } from "../../shared/contract/sync";
import type { ChangeScope, Store } from "../db/store";

/**
 * Appends a change to the log with the scope that decides who pulls it:
 * dossier-bound records by their dossier's commission, commissions and
 * sessions by commission, services by service, zoning by commune.
 */
export function publishChange(store: Store, change: SyncRecord): number {
  return store.changes.append(change, scopeOf(store, change));
}

function scopeOf(store: Store, change: SyncRecord): ChangeScope {
  const none: ChangeScope = {
    commissionId: null,
    commune: null,
    serviceId: null,
  };
  switch (change.entity) {
    case "dossier":
      return { ...none, commissionId: change.record.commissionId };
    case "document":
    case "markup":
    case "opinion":
    case "georeference":
      return {
        ...none,
        commissionId: commissionOf(store, change.record.dossierId),
      };
    case "commission":
      return { ...none, commissionId: change.record.id };
    case "session":
      return { ...none, commissionId: change.record.commissionId };
    case "service":
      return { ...none, serviceId: change.record.id };
    case "zoning_plan":
      return { ...none, commune: change.record.commune };
    case "zone":
      return { ...none, commune: communeOfPlan(store, change.record.planId) };
  }
}

function commissionOf(store: Store, dossierId: string): string | null {
  return store.dossiers.getDossier(dossierId)?.commissionId ?? null;
}

function communeOfPlan(store: Store, planId: string): string | null {
  return store.zoning.getPlan(planId)?.commune ?? null;
}
