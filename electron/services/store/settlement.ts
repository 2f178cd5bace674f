import type { Database } from "better-sqlite3";
import type { PushResult, SyncRecord } from "../../../shared/contract/sync";

/** A local change the server refused, kept so the user can be told. */
export interface Rejection {
  readonly mutationId: string;
  readonly entity: string;
  readonly recordId: string;
  readonly errorKey: string;
}

interface RecordRow {
  json: string;
  server_json: string | null;
}

/**
 * Settles one pushed mutation from the server's answer, inside the
 * caller's transaction. Applied and duplicate mutations leave the outbox
 * and their record's server copy moves to what was pushed. A rejected one
 * leaves the outbox too (it would be refused forever): its record rolls
 * back to the server's version and the rejection is kept for the user.
 */
export function settleMutation(
  db: Database,
  result: PushResult,
): Rejection | null {
  const row = db
    .prepare(
      "SELECT entity, record_id, change_json FROM outbox WHERE mutation_id = ?",
    )
    .get(result.mutationId) as
    { entity: string; record_id: string; change_json: string } | undefined;
  if (!row) return null;
  db.prepare("DELETE FROM outbox WHERE mutation_id = ?").run(result.mutationId);

  if (result.status !== "rejected") {
    const change = JSON.parse(row.change_json) as SyncRecord;
    db.prepare(
      "UPDATE records SET server_json = ? WHERE entity = ? AND id = ?",
    ).run(JSON.stringify(change.record), row.entity, row.record_id);
    return null;
  }

  const errorKey = result.errorKey ?? "sync.error.rejected";
  rollBack(db, row.entity, row.record_id);
  db.prepare(
    `INSERT OR REPLACE INTO rejected_mutations
       (mutation_id, entity, record_id, error_key, rejected_at)
       VALUES (?, ?, ?, ?, ?)`,
  ).run(
    result.mutationId,
    row.entity,
    row.record_id,
    errorKey,
    new Date().toISOString(),
  );
  return {
    mutationId: result.mutationId,
    entity: row.entity,
    recordId: row.record_id,
    errorKey,
  };
}

/** Puts back the server's version of a record, or drops a local one. */
function rollBack(db: Database, entity: string, id: string): void {
  if (hasPendingMutation(db, entity, id)) return;
  const row = db
    .prepare(
      "SELECT json, server_json FROM records WHERE entity = ? AND id = ?",
    )
    .get(entity, id) as RecordRow | undefined;
  if (!row) return;
  if (row.server_json === null) {
    db.prepare("DELETE FROM records WHERE entity = ? AND id = ?").run(
      entity,
      id,
    );
  } else {
    db.prepare(
      "UPDATE records SET json = server_json WHERE entity = ? AND id = ?",
    ).run(entity, id);
  }
}

/** Whether a record still has changes waiting in the outbox. */
export function hasPendingMutation(
  db: Database,
  entity: string,
  id: string,
): boolean {
  const row = db
    .prepare("SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? LIMIT 1")
    .get(entity, id);
  return row !== undefined;
}
