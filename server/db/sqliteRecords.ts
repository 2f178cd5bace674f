import type { Database as SqliteDatabase } from "better-sqlite3";
import type { z } from "zod";

/**
 * Reads and writes one JSON record column, validating on the way out so a
 * hand-edited or corrupt row fails loudly instead of reaching a client.
 */
export class RecordTable<S extends z.ZodType> {
  private readonly getStatement;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly table: string,
    private readonly schema: S,
  ) {
    this.getStatement = db.prepare(
      `SELECT record_json FROM ${table} WHERE id = ?`,
    );
  }

  /** The record with this id, or null. */
  get(id: string): z.infer<S> | null {
    const row = this.getStatement.get(id) as RecordRow | undefined;
    return row === undefined ? null : this.parse(row);
  }

  /** Records matching a WHERE clause over the table's own columns. */
  where(clause: string, ...params: readonly unknown[]): z.infer<S>[] {
    const rows = this.db
      .prepare(`SELECT record_json FROM ${this.table} WHERE ${clause}`)
      .all(...params) as RecordRow[];
    return rows.map((row) => this.parse(row));
  }

  /** Inserts or replaces a row; `columns` are the indexed extra columns. */
  put(id: string, record: z.infer<S>, columns: Record<string, unknown>): void {
    const names = ["id", ...Object.keys(columns), "record_json"];
    const placeholders = names.map(() => "?").join(", ");
    this.db
      .prepare(
        `INSERT OR REPLACE INTO ${this.table} (${names.join(", ")}) ` +
          `VALUES (${placeholders})`,
      )
      .run(id, ...Object.values(columns), JSON.stringify(record));
  }

  /** Parses one row's record. */
  parse(row: RecordRow): z.infer<S> {
    return this.schema.parse(JSON.parse(row.record_json));
  }
}

/** A row carrying a JSON record. */
export interface RecordRow {
  readonly record_json: string;
}
