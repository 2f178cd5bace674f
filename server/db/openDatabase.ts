import Database from "better-sqlite3";
import type { Database as SqliteDatabase } from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../log";
import { MIGRATIONS } from "./migrations";
import type { Migration } from "./migrations";

/** The database file inside a data directory. */
export const DATABASE_FILE = "lajna.sqlite";

/**
 * Opens (creating if needed) `<dataDir>/lajna.sqlite` in WAL mode and brings
 * its schema up to `targetVersion` (all migrations by default).
 */
export function openDatabase(
  dataDir: string,
  logger: Logger,
  targetVersion: number = latestVersion(),
): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));

  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");

  migrate(db, logger, targetVersion);
  return db;
}

/** The highest migration version this build knows. */
export function latestVersion(): number {
  return MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
}

/** The schema version a database is at (0 when empty). */
export function schemaVersion(db: SqliteDatabase): number {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_version " +
      "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const row = db
    .prepare("SELECT MAX(version) AS version FROM schema_version")
    .get() as { version: number | null };
  return row.version ?? 0;
}

/** Applies the pending migrations up to `targetVersion`, each atomically. */
export function migrate(
  db: SqliteDatabase,
  logger: Logger,
  targetVersion: number,
): void {
  // Every migration not recorded yet, not only those above the highest:
  // two branches may add versions 5 and 6 at once, and a database that
  // received 6 first must still receive 5.
  schemaVersion(db);
  const applied = new Set(
    (
      db.prepare("SELECT version FROM schema_version").all() as {
        version: number;
      }[]
    ).map((row) => row.version),
  );
  const pending = MIGRATIONS.filter(
    (m) => !applied.has(m.version) && m.version <= targetVersion,
  );
  for (const migration of pending) applyMigration(db, logger, migration);
}

function applyMigration(
  db: SqliteDatabase,
  logger: Logger,
  migration: Migration,
): void {
  db.transaction(() => {
    db.exec(migration.sql);
    db.prepare(
      "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
    ).run(migration.version, migration.name, new Date().toISOString());
  })();
  logger.info(
    { version: migration.version, name: migration.name },
    "migration applied",
  );
}
