import type { Logger } from "pino";
import type { LajnaEvent } from "../../shared/contract/events";
import {
  dispatchRequest,
  type Answer,
  type RequestHandlers,
} from "../../shared/contract/dispatch";
import { createRootLogger, subsystemLogger } from "./log";
import { WorkstationStore } from "./store/workstationStore";
import { DocumentCache } from "./documents/documentCache";
import { SessionService } from "./sync/sessionService";
import {
  DEFAULT_SYNC_TIMING,
  SyncService,
  describeError,
  type SyncTiming,
} from "./sync/syncService";
import { createRequestHandlers, type PrintingPort } from "./handlers";
import type { SecretStore } from "./secrets/secretStore";

/** How to open the workstation services. */
export interface WorkstationOptions {
  /** Where the store, the document cache and the log live. */
  readonly dataDir: string;
  /** The central server, e.g. http://127.0.0.1:8470. */
  readonly serverUrl: string;
  readonly secrets: SecretStore;
  /** Built once the log exists, so printing can log too. */
  readonly printing: (log: Logger) => PrintingPort;
  readonly syncTiming?: Partial<SyncTiming>;
  readonly logLevel?: string;
}

/** The running services behind either shell (Electron or browser host). */
export interface Workstation {
  readonly handlers: RequestHandlers;
  readonly log: Logger;
  /** Validates and answers one request; never throws. */
  request(kind: string, payload: unknown): Promise<Answer>;
  /** Subscribes to pushed events; returns the unsubscribe function. */
  subscribe(listener: (event: LajnaEvent) => void): () => void;
  /** Stops sync and closes the store. */
  close(): Promise<void>;
}

/**
 * Opens the store, restores the session and starts background sync. Both
 * shells call this and differ only in transport and secret storage.
 */
export async function openWorkstation(
  options: WorkstationOptions,
): Promise<Workstation> {
  const root = createRootLogger(
    options.dataDir,
    options.logLevel ?? process.env["LAJNA_LOG_LEVEL"] ?? "info",
  );
  const listeners = new Set<(event: LajnaEvent) => void>();
  const emit = (event: LajnaEvent): void => {
    for (const listener of listeners) listener(event);
  };

  const store = WorkstationStore.open(
    options.dataDir,
    subsystemLogger(root, "store"),
  );
  const session = new SessionService(
    store,
    options.secrets,
    options.serverUrl,
    subsystemLogger(root, "sync"),
  );
  await session.restore();

  const documents = new DocumentCache(
    options.dataDir,
    () => (session.hasToken() ? session.server : null),
    subsystemLogger(root, "documents"),
  );
  const sync = new SyncService(
    store,
    session,
    documents,
    emit,
    subsystemLogger(root, "sync"),
    { ...DEFAULT_SYNC_TIMING, ...options.syncTiming },
  );

  const printing = options.printing(subsystemLogger(root, "printing"));
  const handlersLog = subsystemLogger(root, "handlers");
  const handlers = createRequestHandlers(
    {
      store,
      session,
      sync,
      documents,
      printing,
      emit,
      rendererLog: subsystemLogger(root, "renderer"),
    },
    handlersLog,
  );
  sync.start();

  // Unexpected failures are logged with their kind and stack only: the
  // payload may hold a password or a PKCS#12 file.
  const onUnexpected = (kind: string, error: unknown): void => {
    handlersLog.error({ kind, err: describeError(error) }, "request failed");
  };

  return {
    handlers,
    log: root,
    request: (kind, payload) =>
      dispatchRequest(handlers, kind, payload, onUnexpected),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      await sync.stop();
      await printing.close();
      store.close();
      root.flush();
    },
  };
}
