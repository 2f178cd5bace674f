import { useCallback, useEffect, useState } from "react";
import type { SyncStatus } from "../../shared/contract/requests";
import type { LajnaClient } from "../client/LajnaClient";

/** The sync state shown in the top bar, and the "Sync now" action. */
export interface SyncState {
  status: SyncStatus | null;
  error: unknown;
  syncNow: () => void;
}

/**
 * Follows background sync: asks once, then listens to "sync.status"
 * events, which the services push whenever anything changes.
 */
export function useSyncStatus(client: LajnaClient, active: boolean): SyncState {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!active) return undefined;
    client.request("sync.status", {}).then(setStatus, setError);
    return client.subscribe((event) => {
      if (event.type === "sync.status") setStatus(event.status);
    });
  }, [client, active]);

  const syncNow = useCallback(() => {
    setError(null);
    client.request("sync.now", {}).then(setStatus, setError);
  }, [client]);

  return { status, error, syncNow };
}
