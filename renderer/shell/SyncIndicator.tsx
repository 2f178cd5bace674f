import { ErrorMessage } from "../errors/ErrorMessage";
import { formatDateTime } from "../i18n/formatDate";
import { useLanguage, useT } from "../i18n/useT";
import type { SyncState } from "./useSyncStatus";

/**
 * The always-visible sync state: online or not, changes waiting to go up,
 * documents still coming down, the last sync and a "Sync now" button.
 */
export function SyncIndicator(props: { sync: SyncState }) {
  const t = useT();
  const { language } = useLanguage();
  const { status, error, syncNow } = props.sync;

  const online = status?.online ?? false;
  const parts: string[] = [];
  if (status?.running) parts.push(t("sync.running"));
  if (status && status.pendingChanges > 0) {
    parts.push(t("sync.pending", { count: status.pendingChanges }));
  }
  if (status && status.pendingDownloads > 0) {
    parts.push(t("sync.downloads", { count: status.pendingDownloads }));
  }
  parts.push(
    status?.lastSyncAt
      ? t("sync.lastSync", {
          time: formatDateTime(status.lastSyncAt, language),
        })
      : t("sync.never"),
  );

  return (
    <div
      className="sync"
      data-testid="sync-indicator"
      data-online={online ? "true" : "false"}
      data-pending={status?.pendingChanges ?? ""}
    >
      <span className={online ? "dot online" : "dot offline"} />
      <strong>{online ? t("sync.online") : t("sync.offline")}</strong>
      <span className="muted">{parts.join(" · ")}</span>
      {status?.lastErrorKey && (
        <span className="sync-failed" title={t(status.lastErrorKey)}>
          {t("sync.failed")} {t(status.lastErrorKey)}
        </span>
      )}
      <button
        type="button"
        data-testid="sync-now"
        disabled={status?.running ?? false}
        onClick={syncNow}
      >
        {t("sync.now")}
      </button>
      {error !== null && <ErrorMessage error={error} context="sync" />}
    </div>
  );
}
