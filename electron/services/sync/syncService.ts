import type { Logger } from "pino";
import type { SyncStatus } from "../../../shared/contract/requests";
import type { LajnaEvent } from "../../../shared/contract/events";
import type { Mutation } from "../../../shared/contract/sync";
import type { User } from "../../../shared/domain/entities";
import { UserError } from "../../../shared/contract/errors";
import type { WorkstationStore } from "../store/workstationStore";
import type { DocumentCache } from "../documents/documentCache";
import { inboxDossiers } from "../inbox";
import type { SessionService } from "./sessionService";
import { ServerUnreachableError } from "./serverClient";

/** The notice shown when a damaged local store was set aside. */
export const STORE_RESET_KEY = "store.error.reset";

/** Tuning of the background loop; the defaults suit a real workstation. */
export interface SyncTiming {
  /** Pause between cycles while the server answers. */
  readonly intervalMs: number;
  /** Longest pause while the server is unreachable. */
  readonly maxBackoffMs: number;
  readonly pushBatchSize: number;
  readonly pullLimit: number;
}

export const DEFAULT_SYNC_TIMING: SyncTiming = {
  intervalMs: 3_000,
  maxBackoffMs: 15_000,
  pushBatchSize: 100,
  pullLimit: 500,
};

/**
 * Keeps the local store and the server in step: pushes the outbox, pulls
 * the change log, then prefetches the documents of the inbox's dossiers.
 * Runs every few seconds, backs off while the server is unreachable and
 * resumes by itself when it answers again. Reports through events.
 */
export class SyncService {
  private state: SyncStatus = {
    online: false,
    running: false,
    pendingChanges: 0,
    pendingDownloads: 0,
    lastSyncAt: null,
    lastErrorKey: null,
  };
  private cycle: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = true;
  private prefetching = false;
  private rejectionKey: string | null = null;
  private readonly brokenDocuments = new Set<string>();

  constructor(
    private readonly store: WorkstationStore,
    private readonly session: SessionService,
    private readonly documents: DocumentCache,
    private readonly emit: (event: LajnaEvent) => void,
    private readonly log: Logger,
    private readonly timing: SyncTiming = DEFAULT_SYNC_TIMING,
  ) {
    this.state.pendingChanges = store.pendingCount();
    if (store.wasReset) {
      // Shown like a rejection, until restart: the member should check
      // whether their latest work reached the server.
      this.rejectionKey = STORE_RESET_KEY;
      this.state.lastErrorKey = STORE_RESET_KEY;
    }
  }

  /** The current state, as shown by the status indicator. */
  status(): SyncStatus {
    return { ...this.state, pendingChanges: this.store.pendingCount() };
  }

  /** Starts the background loop. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops the loop and waits for a running cycle to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.cycle;
  }

  /** Asks for a cycle soon, e.g. after a local change. */
  kick(): void {
    this.update({});
    if (this.cycle) {
      this.again = true;
      return;
    }
    if (!this.stopped) this.schedule(0);
  }

  /** Runs a cycle now (after the running one) and answers the status. */
  async syncNow(): Promise<SyncStatus> {
    if (this.cycle) await this.cycle;
    await this.runCycle();
    return this.status();
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runCycle().then(() => this.scheduleNext());
    }, delayMs);
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    if (this.again) {
      this.again = false;
      this.schedule(0);
      return;
    }
    const backoff = this.timing.intervalMs * 2 ** Math.min(this.failures, 5);
    this.schedule(Math.min(backoff, this.timing.maxBackoffMs));
  }

  /** One cycle; concurrent callers share it. */
  private runCycle(): Promise<void> {
    if (this.cycle) return this.cycle;
    this.cycle = this.cycleBody().finally(() => {
      this.cycle = null;
    });
    return this.cycle;
  }

  private async cycleBody(): Promise<void> {
    const user = this.session.user();
    if (!user || !this.session.hasToken()) return;

    this.update({ running: true });
    try {
      const rejectedKey = await this.pushOutbox();
      await this.pullChanges();
      this.failures = 0;
      this.update({
        online: true,
        lastSyncAt: new Date().toISOString(),
        lastErrorKey: rejectedKey ?? this.keptRejectionKey(),
      });
      void this.prefetch();
    } catch (error) {
      this.onCycleError(error);
    } finally {
      this.update({ running: false });
    }
  }

  /** Pushes the outbox in batches; answers the key of a rejection. */
  private async pushOutbox(): Promise<string | null> {
    let rejectedKey: string | null = null;
    for (;;) {
      const batch = this.store.pendingMutations(this.timing.pushBatchSize);
      if (batch.length === 0) return rejectedKey;

      const { results } = await this.session.server.push(batch);
      const rejections = this.store.settleMutations(results);
      if (rejections.length > 0) {
        rejectedKey = rejections[rejections.length - 1]!.errorKey;
        this.rejectionKey = rejectedKey;
        this.emitChanged(dossiersOf(batch));
      }
      this.update({});

      // A server that settles nothing would loop forever: wait a cycle.
      if (results.length === 0) return rejectedKey;
    }
  }

  /** Pulls until the server has no more changes. */
  private async pullChanges(): Promise<void> {
    const touched = new Set<string>();
    for (;;) {
      const answer = await this.session.server.pull(
        this.store.cursor(),
        this.timing.pullLimit,
      );
      const ids = this.store.applyServerChanges(answer.changes, answer.cursor);
      ids.forEach((id) => touched.add(id));
      if (!answer.more) break;
    }
    if (touched.size > 0) this.emitChanged([...touched]);
  }

  /**
   * Downloads missing documents of the inbox, one at a time. A document
   * the server holds wrongly (bad hash, missing blob) is not retried until
   * restart, so that one broken file does not cost a download per cycle;
   * opening it still tries again and tells the user.
   */
  private async prefetch(): Promise<void> {
    const user = this.session.user();
    if (this.prefetching || !user) return;
    this.prefetching = true;
    try {
      const missing = await this.missingDocuments(user);
      for (const [index, sha256] of missing.entries()) {
        this.update({ pendingDownloads: missing.length - index });
        await this.prefetchOne(sha256);
      }
    } catch (error) {
      this.log.info({ err: describeError(error) }, "document prefetch paused");
    } finally {
      this.prefetching = false;
      this.update({ pendingDownloads: 0 });
    }
  }

  private async missingDocuments(user: User): Promise<string[]> {
    const missing = new Set<string>();
    for (const dossier of inboxDossiers(this.store, user)) {
      for (const doc of this.store.listRecords("document", dossier.id)) {
        if (this.brokenDocuments.has(doc.sha256)) continue;
        if (!(await this.documents.has(doc.sha256))) missing.add(doc.sha256);
      }
    }
    return [...missing];
  }

  /** One download; a failure of this file alone skips it. */
  private async prefetchOne(sha256: string): Promise<void> {
    try {
      await this.documents.download(sha256);
    } catch (error) {
      // Offline or signed out: the whole round waits for the next cycle.
      const transient =
        error instanceof UserError &&
        (error.key === "document.error.offline" ||
          error.key.startsWith("session."));
      if (transient) throw error;
      this.brokenDocuments.add(sha256);
      this.log.warn(
        { sha256, err: describeError(error) },
        "document not prefetched",
      );
    }
  }

  private onCycleError(error: unknown): void {
    if (error instanceof ServerUnreachableError) {
      if (this.failures === 0) this.log.info("server unreachable");
      this.failures += 1;
      this.update({ online: false, lastErrorKey: "sync.error.offline" });
      return;
    }
    this.failures += 1;
    if (error instanceof UserError) {
      this.update({ online: true, lastErrorKey: error.key });
      return;
    }
    this.log.error({ err: describeError(error) }, "sync cycle failed");
    this.update({ lastErrorKey: "sync.error.failed" });
  }

  /** A rejection stays visible after later good cycles, until restart. */
  private keptRejectionKey(): string | null {
    return this.rejectionKey;
  }

  private emitChanged(dossierIds: string[]): void {
    if (dossierIds.length > 0) {
      this.emit({ type: "dossiers.changed", dossierIds });
    }
  }

  /** Updates the state and emits it when it changed. */
  private update(patch: Partial<SyncStatus>): void {
    const next = { ...this.state, ...patch };
    next.pendingChanges = this.store.pendingCount();
    const changed = JSON.stringify(next) !== JSON.stringify(this.state);
    this.state = next;
    if (changed) this.emit({ type: "sync.status", status: this.status() });
  }
}

function dossiersOf(batch: readonly Mutation[]): string[] {
  const ids = new Set<string>();
  for (const { change } of batch) {
    if ("dossierId" in change.record) ids.add(change.record.dossierId);
  }
  return [...ids];
}

/** An error for the log: message and stack, never a payload. */
export function describeError(error: unknown): {
  message: string;
  stack?: string;
} {
  if (error instanceof Error) {
    return {
      message: error.message,
      ...(error.stack ? { stack: error.stack } : {}),
    };
  }
  return { message: String(error) };
}
