import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import {
  LATEST_VERSION,
  MIGRATIONS,
  migrate,
} from "../../electron/services/store/migrations";

const dirs: string[] = [];

function freshDatabase(): BetterSqlite3.Database {
  const dir = mkdtempSync(path.join(tmpdir(), "lajna-migrations-"));
  dirs.push(dir);
  return new BetterSqlite3(path.join(dir, "workstation.sqlite"));
}

function tables(db: BetterSqlite3.Database): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .all() as { name: string }[];
  return rows.map((r) => r.name).filter((n) => !n.startsWith("sqlite_"));
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true });
});

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
    expect(tables(db).sort()).toEqual([
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
    expect(tables(db)).toContain("rejected_mutations");
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
