import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  LATEST_VERSION,
  MIGRATIONS,
  migrate,
} from "../../electron/services/store/migrations";
import { tableNames } from "./support/sqliteTables";
import { tempDirs } from "./support/tempDirs";

const freshDir = tempDirs("lajna-migrations-");

function freshDatabase(): BetterSqlite3.Database {
  return new BetterSqlite3(path.join(freshDir(), "workstation.sqlite"));
}

describe("workstation store migrations", () => {
  it("numbers migrations upwards from 1, gaps allowed", () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it("migration 1 creates records, outbox, meta and session", () => {
    const db = freshDatabase();
    expect(migrate(db, 1)).toBe(1);
    expect(tableNames(db).sort()).toEqual([
      "applied_migrations",
      "meta",
      "outbox",
      "records",
      "session",
    ]);

    db.prepare(
      "INSERT INTO outbox (mutation_id, entity, record_id, change_json, created_at) VALUES ('m', 'markup', 'a', '{}', 'now')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO outbox (mutation_id, entity, record_id, change_json, created_at) VALUES ('m', 'markup', 'b', '{}', 'now')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    db.close();
  });

  it("migration 2 adds rejected mutations and keeps version 1 data", () => {
    const db = freshDatabase();
    migrate(db, 1);
    db.prepare(
      "INSERT INTO records (entity, id, dossier_id, json) VALUES ('markup', 'a', 'd', '{}')",
    ).run();

    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(tableNames(db)).toContain("rejected_mutations");
    const kept = db.prepare("SELECT COUNT(*) AS n FROM records").get() as {
      n: number;
    };
    expect(kept.n).toBe(1);

    // Opening again applies nothing twice.
    expect(migrate(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it("refuses a database newer than the code", () => {
    const db = freshDatabase();
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer/);
    db.close();
  });
});
