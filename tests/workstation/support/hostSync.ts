import type {
  DossierDetail,
  DossierSummary,
  SyncStatus,
} from "../../../shared/contract/requests";
import { waitFor, type HostClient } from "./processes";

/*
 * Waiting on what a workstation host has synced: its inbox, a dossier's
 * detail, an empty outbox. Each step asks the host to sync first, as the
 * member's "sync now" would, rather than wait for its background loop.
 */

/** Syncs `host` until its inbox lists a dossier; answers the first's id. */
export async function firstDossierId(host: HostClient): Promise<string> {
  const inbox = await waitFor(async () => {
    await host.answer("sync.now", {});
    const list = await host.call<DossierSummary[]>("dossiers.list", {});
    return list.length > 0 ? list : undefined;
  });
  return inbox[0]!.id;
}

/** A dossier's detail as `host` has it, without syncing. */
export function dossierDetail(
  host: HostClient,
  dossierId: string,
): Promise<DossierDetail> {
  return host.call<DossierDetail>("dossiers.get", { dossierId });
}

/**
 * Syncs `host` until `probe` finds what it waits for in the dossier's
 * detail, and answers what it found.
 */
export function seenOn<T>(
  host: HostClient,
  dossierId: string,
  probe: (detail: DossierDetail) => T | undefined,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  return waitFor(
    async () => {
      await host.answer("sync.now", {});
      return probe(await dossierDetail(host, dossierId));
    },
    timeoutMs,
    what,
  );
}

/** Syncs `host` until it is online with nothing left in its outbox. */
export async function drained(
  host: HostClient,
  what = "the outbox to drain",
): Promise<void> {
  await waitFor(
    async () => {
      const status = await host.call<SyncStatus>("sync.now", {});
      return status.online && status.pendingChanges === 0 ? status : undefined;
    },
    30_000,
    what,
  );
}
