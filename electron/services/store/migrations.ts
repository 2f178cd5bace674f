import type { Database } from "better-sqlite3";

/**
 * The schema of the workstation's local database, as numbered steps. A
 * database records the last step applied in `PRAGMA user_version`; opening
 * it applies the missing ones in order, each in its own transaction. Steps
 * are never edited once released: a change is a new step.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly up: (db: Database) => void;
}

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "records, outbox, sync cursor and signed-in session",
    up: (db) => {
      db.exec(`
        CREATE TABLE records (
          entity TEXT NOT NULL,
          id TEXT NOT NULL,
          dossier_id TEXT,
          json TEXT NOT NULL,
          server_json TEXT,
          PRIMARY KEY (entity, id)
        );
        CREATE INDEX records_by_dossier ON records (entity, dossier_id);

        CREATE TABLE outbox (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          mutation_id TEXT NOT NULL UNIQUE,
          entity TEXT NOT NULL,
          record_id TEXT NOT NULL,
          change_json TEXT NOT NULL,
          created_at TEXT NOT NULL
        );

        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE session (
          singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
          user_json TEXT NOT NULL,
          server_url TEXT NOT NULL,
          signed_in_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    description: "mutations the server rejected, kept visible to the user",
    up: (db) => {
      db.exec(`
        CREATE TABLE rejected_mutations (
          mutation_id TEXT PRIMARY KEY,
          entity TEXT NOT NULL,
          record_id TEXT NOT NULL,
          error_key TEXT NOT NULL,
          rejected_at TEXT NOT NULL
        );
      `);
    },
  },
];

/** The version a fully migrated database reports. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings a database up to `target` (the latest by default). A database
 * newer than this code is refused rather than misread.
 */
export function migrate(db: Database, target = LATEST_VERSION): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new Error(
      `workstation database version ${current} is newer than ${LATEST_VERSION}`,
    );
  }

  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return db.pragma("user_version", { simple: true }) as number;
}
