import { mkdirSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { Logger } from "pino";
import type {
  Mutation,
  PushResult,
  SyncChange,
  SyncEntity,
  SyncRecord,
} from "../../../shared/contract/sync";
import { userSchema, type User } from "../../../shared/domain/entities";
import { UserError } from "../../../shared/contract/errors";
import { MarkupUndoLog } from "./markupUndoLog";
import { migrate } from "./migrations";
import { openCheckedDatabase } from "./storeIntegrity";
import {
  hasPendingMutation,
  settleMutation,
  type Rejection,
} from "./settlement";

export type { Rejection } from "./settlement";

/** The record type of one synced entity kind. */
export type RecordOf<E extends SyncEntity> = RecordsByEntity[E];

type RecordsByEntity = {
  [R in SyncRecord as R["entity"]]: R["record"];
};

/** The signed-in session as stored (the token lives in a SecretStore). */
export interface StoredSession {
  readonly user: User;
  readonly serverUrl: string;
}

/**
 * The workstation's local database (`<dataDir>/workstation.sqlite`): the
 * records pulled from the server, the outbox of local changes not yet
 * accepted, the sync cursor and the signed-in session. A local change
 * writes its record and its outbox entry in one transaction, so a crash
 * between saving and pushing loses nothing.
 *
 * Each record keeps the server's last version beside the local one, so a
 * change the server rejects can be rolled back to what the server holds.
 */
export class WorkstationStore {
  private constructor(
    private readonly db: Database,
    private readonly log: Logger,
    /** The previous file was damaged and set aside at this launch. */
    readonly wasReset: boolean,
  ) {}

  /**
   * Opens (creating and migrating as needed) the store of a data dir. A
   * damaged file is set aside and a fresh one opened (see
   * `openCheckedDatabase`); `wasReset` tells so.
   */
  static open(dataDir: string, log: Logger): WorkstationStore {
    mkdirSync(dataDir, { recursive: true });
    const { db, reset } = openCheckedDatabase(
      path.join(dataDir, "workstation.sqlite"),
      log,
    );
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    const version = migrate(db);
    log.info({ version }, "workstation store open");
    return new WorkstationStore(db, log, reset);
  }

  close(): void {
    this.db.close();
  }

  /** The members' markup undo histories kept in this store. */
  markupUndo(): MarkupUndoLog {
    return new MarkupUndoLog(this.db);
  }

  /** One record by entity and id, in its local version. */
  getRecord<E extends SyncEntity>(entity: E, id: string): RecordOf<E> | null {
    const row = this.db
      .prepare("SELECT json FROM records WHERE entity = ? AND id = ?")
      .get(entity, id) as { json: string } | undefined;
    if (!row) return null;
    const record: RecordOf<E> = JSON.parse(row.json) as RecordOf<E>;
    return record;
  }

  /** All records of an entity, or those of one dossier. */
  listRecords<E extends SyncEntity>(
    entity: E,
    dossierId?: string,
  ): RecordOf<E>[] {
    const rows = (
      dossierId === undefined
        ? this.db
            .prepare("SELECT json FROM records WHERE entity = ?")
            .all(entity)
        : this.db
            .prepare(
              "SELECT json FROM records WHERE entity = ? AND dossier_id = ?",
            )
            .all(entity, dossierId)
    ) as { json: string }[];
    return rows.map((row) => JSON.parse(row.json) as RecordOf<E>);
  }

  /**
   * Applies pulled changes and advances the cursor in one transaction.
   * A record with local changes still in the outbox keeps its local
   * version (only its server copy moves), so a pull never undoes an edit
   * that is waiting to be pushed. Returns the dossiers touched.
   */
  applyServerChanges(changes: readonly SyncChange[], cursor: string): string[] {
    const touched = new Set<string>();
    const upsert = this.db.prepare(`
      INSERT INTO records (entity, id, dossier_id, json, server_json)
      VALUES (@entity, @id, @dossierId, @json, @json)
      ON CONFLICT (entity, id) DO UPDATE SET
        server_json = excluded.server_json,
        dossier_id = excluded.dossier_id,
        json = CASE WHEN @pending THEN records.json ELSE excluded.json END
    `);

    this.db.transaction(() => {
      for (const change of changes) {
        const dossierId = dossierOf(change);
        upsert.run({
          entity: change.entity,
          id: change.record.id,
          dossierId,
          json: JSON.stringify(change.record),
          pending: this.hasPending(change.entity, change.record.id) ? 1 : 0,
        });
        if (dossierId) touched.add(dossierId);
      }
      this.setMeta("cursor", cursor);
    })();
    return [...touched];
  }

  /**
   * Saves a local change: the record and its outbox entry, atomically.
   * Returns the mutation that will be pushed.
   */
  saveLocal(change: SyncRecord): Mutation {
    const mutation: Mutation = { mutationId: randomUUID(), change };
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO records (entity, id, dossier_id, json, server_json)
           VALUES (?, ?, ?, ?, NULL)
           ON CONFLICT (entity, id) DO UPDATE SET json = excluded.json`,
        )
        .run(
          change.entity,
          change.record.id,
          dossierOf(change),
          JSON.stringify(change.record),
        );
      this.db
        .prepare(
          `INSERT INTO outbox (mutation_id, entity, record_id, change_json,
             created_at) VALUES (?, ?, ?, ?, ?)`,
        )
        .run(
          mutation.mutationId,
          change.entity,
          change.record.id,
          JSON.stringify(change),
          new Date().toISOString(),
        );
    })();
    this.log.debug({ entity: change.entity }, "local change queued");
    return mutation;
  }

  /** The oldest outbox entries, in the order they were made. */
  pendingMutations(limit: number): Mutation[] {
    const rows = this.db
      .prepare(
        "SELECT mutation_id, change_json FROM outbox ORDER BY seq LIMIT ?",
      )
      .all(limit) as { mutation_id: string; change_json: string }[];
    return rows.map((row) => ({
      mutationId: row.mutation_id,
      change: JSON.parse(row.change_json) as SyncRecord,
    }));
  }

  /** How many local changes wait for the server. */
  pendingCount(): number {
    const row = this.db.prepare("SELECT COUNT(*) AS n FROM outbox").get() as {
      n: number;
    };
    return row.n;
  }

  /**
   * Settles pushed mutations from the server's answers. Applied and
   * duplicate ones leave the outbox; a rejected one leaves it too (it would
   * be refused forever), its record rolls back to the server's version and
   * the rejection is kept for the user. Returns the new rejections.
   */
  settleMutations(results: readonly PushResult[]): Rejection[] {
    const rejections: Rejection[] = [];
    this.db.transaction(() => {
      for (const result of results) {
        const rejection = settleMutation(this.db, result);
        if (rejection) {
          this.log.warn(
            { entity: rejection.entity, errorKey: rejection.errorKey },
            "change rejected",
          );
          rejections.push(rejection);
        }
      }
    })();
    return rejections;
  }

  /** The most recent rejection, if any. */
  lastRejection(): Rejection | null {
    const row = this.db
      .prepare(
        `SELECT mutation_id, entity, record_id, error_key
         FROM rejected_mutations ORDER BY rejected_at DESC LIMIT 1`,
      )
      .get() as
      | {
          mutation_id: string;
          entity: string;
          record_id: string;
          error_key: string;
        }
      | undefined;
    if (!row) return null;
    return {
      mutationId: row.mutation_id,
      entity: row.entity,
      recordId: row.record_id,
      errorKey: row.error_key,
    };
  }

  /** The opaque pull cursor, or null before the first pull. */
  cursor(): string | null {
    return this.getMeta("cursor");
  }

  /** The signed-in session, or null when signed out. */
  session(): StoredSession | null {
    const row = this.db
      .prepare("SELECT user_json, server_url FROM session")
      .get() as { user_json: string; server_url: string } | undefined;
    if (!row) return null;
    return {
      user: userSchema.parse(JSON.parse(row.user_json)),
      serverUrl: row.server_url,
    };
  }

  /**
   * Records a sign-in. When another user (or another server) signs in,
   * the local data of the previous one is dropped: it was filtered by
   * their rights. Their unpushed changes are never dropped: while the
   * outbox holds any, another user's sign-in is refused.
   *
   * @throws UserError `session.error.pendingChanges` ({ name }).
   */
  saveSession(session: StoredSession): void {
    const owner = ownerKey(session);
    this.db.transaction(() => {
      const previous = this.getMeta("owner");
      if (previous !== null && previous !== owner) {
        this.refuseWhilePending();
        this.wipeData();
      }
      this.setMeta("owner", owner);
      this.setMeta("owner_user", JSON.stringify(session.user));
      this.db
        .prepare(
          `INSERT INTO session (singleton, user_json, server_url, signed_in_at)
           VALUES (1, ?, ?, ?)
           ON CONFLICT (singleton) DO UPDATE SET user_json = excluded.user_json,
             server_url = excluded.server_url,
             signed_in_at = excluded.signed_in_at`,
        )
        .run(
          JSON.stringify(session.user),
          session.serverUrl,
          new Date().toISOString(),
        );
    })();
  }

  /**
   * The user whose changes wait in the outbox (the last one to sign in),
   * or null when the outbox is empty. A store from before owners were
   * recorded with their user answers a stand-in named by the user id.
   */
  pendingOwner(): { readonly serverUrl: string; readonly user: User } | null {
    const owner = this.getMeta("owner");
    if (owner === null || this.pendingCount() === 0) return null;

    const [serverUrl = "", userId = ""] = owner.split(" ");
    const json = this.getMeta("owner_user");
    const user: User = json
      ? userSchema.parse(JSON.parse(json))
      : {
          id: userId,
          username: "",
          displayName: userId,
          role: "member",
          serviceId: null,
          commissionIds: [],
        };
    return { serverUrl, user };
  }

  /** Forgets the session; local data stays for the same user's return. */
  clearSession(): void {
    this.db.prepare("DELETE FROM session").run();
  }

  private hasPending(entity: string, id: string): boolean {
    return hasPendingMutation(this.db, entity, id);
  }

  private refuseWhilePending(): void {
    const waiting = this.pendingOwner();
    if (!waiting) return;
    this.log.warn(
      { pendingChanges: this.pendingCount() },
      "sign-in of another user refused: the outbox is not empty",
    );
    throw new UserError("session.error.pendingChanges", {
      name: waiting.user.displayName,
    });
  }

  private wipeData(): void {
    this.db.exec(
      "DELETE FROM records; DELETE FROM outbox; DELETE FROM rejected_mutations; DELETE FROM markup_undo;",
    );
    this.db.prepare("DELETE FROM meta WHERE key = 'cursor'").run();
    this.log.info("local data of the previous user dropped");
  }

  private getMeta(key: string): string | null {
    const row = this.db
      .prepare("SELECT value FROM meta WHERE key = ?")
      .get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  private setMeta(key: string, value: string): void {
    this.db
      .prepare(
        `INSERT INTO meta (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      )
      .run(key, value);
  }
}

/** Whose data the store holds: the server and the user id. */
function ownerKey(session: StoredSession): string {
  return `${session.serverUrl} ${session.user.id}`;
}

/** The dossier a record belongs to, for per-dossier queries. */
function dossierOf(change: SyncRecord): string | null {
  switch (change.entity) {
    case "dossier":
      return change.record.id;
    case "document":
    case "markup":
    case "opinion":
    case "georeference":
      return change.record.dossierId;
    default:
      return null;
  }
}
