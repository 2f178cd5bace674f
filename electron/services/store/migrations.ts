import type { Database } from "better-sqlite3";

/**
 * The schema of the workstation's local database, as numbered steps. A
 * database records the steps applied in `applied_migrations` and the
 * highest in `PRAGMA user_version`; opening it applies the missing ones
 * in order, each in its own transaction. Numbers may have gaps, and a
 * lower number that lands after a higher one is still applied, since
 * parallel work reserves numbers ahead. Steps are never edited once
 * released: a change is a new step.
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
  {
    version: 4,
    description: "the undo history of each member's own markup edits",
    up: (db) => {
      db.exec(`
        CREATE TABLE markup_undo (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          user_id TEXT NOT NULL,
          dossier_id TEXT NOT NULL,
          before_json TEXT,
          after_json TEXT,
          undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
          created_at TEXT NOT NULL
        );
        CREATE INDEX markup_undo_by_dossier
          ON markup_undo (user_id, dossier_id, seq);
      `);
    },
  },
];

/** The version a fully migrated database reports. */
export const LATEST_VERSION = MIGRATIONS.reduce(
  (max, m) => Math.max(max, m.version),
  0,
);

/**
 * Brings a database up to `target` (the latest by default). A database
 * newer than this code is refused rather than misread. `migrations` is
 * the list to apply; tests give their own to check the gap rules.
 */
export function migrate(
  db: Database,
  target = LATEST_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new Error(
      `workstation database version ${current} is newer than ${LATEST_VERSION}`,
    );
  }

  const applied = appliedVersions(db, current);
  const pending = [...migrations]
    .sort((a, b) => a.version - b.version)
    .filter((m) => !applied.has(m.version) && m.version <= target);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.prepare(
        "INSERT INTO applied_migrations (version, applied_at) VALUES (?, ?)",
      ).run(migration.version, new Date().toISOString());
      const highest = db.pragma("user_version", { simple: true }) as number;
      db.pragma(`user_version = ${Math.max(highest, migration.version)}`);
    })();
  }
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * The steps a database has. A database from before this table took every
 * step up to its `user_version`, which were numbered without gaps.
 */
function appliedVersions(db: Database, current: number): Set<number> {
  db.transaction(() => {
    const exists = db
      .prepare(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'applied_migrations'",
      )
      .get();
    if (exists !== undefined) return;
    db.exec(
      "CREATE TABLE applied_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    );
    const insert = db.prepare(
      "INSERT INTO applied_migrations (version, applied_at) VALUES (?, 'before this table')",
    );
    for (let v = 1; v <= current; v++) insert.run(v);
  })();
  const rows = db.prepare("SELECT version FROM applied_migrations").all() as {
    version: number;
  }[];
  return new Set(rows.map((r) => r.version));
}
