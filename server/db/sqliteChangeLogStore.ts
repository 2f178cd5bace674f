import type { Database as SqliteDatabase } from "better-sqlite3";
import { syncChangeSchema } from "../../shared/contract/sync";
import type { SyncChange, SyncRecord } from "../../shared/contract/sync";
import type {
  ChangeLogStore,
  ChangeScope,
  MutationOutcome,
  ReadScope,
} from "./store";

interface ChangeRow {
  readonly seq: number;
  readonly entity: string;
  readonly record_json: string;
}

/** The change log and processed mutations in SQLite. */
export class SqliteChangeLogStore implements ChangeLogStore {
  constructor(private readonly db: SqliteDatabase) {}

  append(record: SyncRecord, scope: ChangeScope): number {
    const result = this.db
      .prepare(
        "INSERT INTO changes (entity, entity_id, record_json, " +
          "scope_commission_id, scope_commune, scope_service_id, changed_at) " +
          "VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
      .run(
        record.entity,
        record.record.id,
        JSON.stringify(record.record),
        scope.commissionId,
        scope.commune,
        scope.serviceId,
        new Date().toISOString(),
      );
    return Number(result.lastInsertRowid);
  }

  listSince(since: number, limit: number, scope: ReadScope): SyncChange[] {
    const { clause, params } = scopeClause(scope);
    const rows = this.db
      .prepare(
        "SELECT seq, entity, record_json FROM changes " +
          `WHERE seq > ? AND (${clause}) ORDER BY seq LIMIT ?`,
      )
      .all(since, ...params, limit) as ChangeRow[];
    return rows.map((row) =>
      syncChangeSchema.parse({
        seq: row.seq,
        entity: row.entity,
        record: JSON.parse(row.record_json),
      }),
    );
  }

  findMutation(mutationId: string, userId: string): MutationOutcome | null {
    // Rows written before ids were scoped hold the bare id; they still
    // answer their own author.
    const row = this.db
      .prepare(
        "SELECT status, error_key FROM processed_mutations " +
          "WHERE mutation_id IN (?, ?) AND user_id = ?",
      )
      .get(mutationId, scopedMutationId(mutationId, userId), userId) as
      | { status: MutationOutcome["status"]; error_key: string | null }
      | undefined;
    if (row === undefined) return null;
    return { status: row.status, errorKey: row.error_key };
  }

  recordMutation(
    mutationId: string,
    userId: string,
    outcome: MutationOutcome,
  ): void {
    this.db
      .prepare(
        "INSERT INTO processed_mutations " +
          "(mutation_id, user_id, status, error_key, processed_at) " +
          "VALUES (?, ?, ?, ?, ?)",
      )
      .run(
        scopedMutationId(mutationId, userId),
        userId,
        outcome.status,
        outcome.errorKey,
        new Date().toISOString(),
      );
  }
}

/**
 * The key a processed mutation is stored under: the user's id and the
 * client's id, as the table's primary key is the one column.
 */
function scopedMutationId(mutationId: string, userId: string): string {
  return `${userId}/${mutationId}`;
}

/** The SQL filter for what a reader may see. */
function scopeClause(scope: ReadScope): {
  clause: string;
  params: readonly string[];
} {
  if (scope.all) return { clause: "1 = 1", params: [] };
  const parts: string[] = [];
  const params: string[] = [];
  const add = (column: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => "?").join(", ")})`);
    params.push(...values);
  };

  add("scope_commission_id", scope.commissionIds);
  add("scope_commune", scope.communes);
  add("scope_service_id", scope.serviceIds);
  return { clause: parts.length > 0 ? parts.join(" OR ") : "0 = 1", params };
}
