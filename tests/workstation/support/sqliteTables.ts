import type BetterSqlite3 from "better-sqlite3";

/** The tables of a SQLite database, without SQLite's own `sqlite_*` ones. */
export function tableNames(db: BetterSqlite3.Database): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .all() as { name: string }[];
  return rows.map((r) => r.name).filter((n) => !n.startsWith("sqlite_"));
}
