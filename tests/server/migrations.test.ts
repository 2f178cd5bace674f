import Database from "better-sqlite3";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  DATABASE_FILE,
  latestVersion,
  openDatabase,
  schemaVersion,
} from "../../server/db/openDatabase";
import { MIGRATIONS } from "../../server/db/migrations";
import { quietLogger, tempDataDir } from "./serverTestKit";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A database migrated up to `version`, in a fresh temp dir. */
function databaseAt(version: number) {
  const data = tempDataDir();
  const db = openDatabase(data.dir, quietLogger(), version);
  cleanups.push(() => {
    db.close();
    data.cleanup();
  });
  return { db, dir: data.dir };
}

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[]
  )
    .map((row) => row.name)
    .filter((name) => !name.startsWith("sqlite_"))
    .sort();
}

describe("migrations", () => {
  it("are numbered 1..n without gaps", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: latestVersion() }, (_, i) => i + 1),
    );
  });

  it("1 directory: services, commissions, sessions, users, tokens", () => {
    const { db } = databaseAt(1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(
      [
        "auth_tokens",
        "commissions",
        "schema_version",
        "services",
        "sessions",
        "user_commissions",
        "users",
      ].sort(),
    );
  });

  it("2 dossiers: keeps directory rows and adds dossier tables", () => {
    const { db, dir } = databaseAt(1);
    db.prepare(
      "INSERT INTO services (id, record_json) VALUES ('s', '{}')",
    ).run();
    db.close();

    const upgraded = openDatabase(dir, quietLogger(), 2);
    cleanups.push(() => upgraded.close());
    expect(schemaVersion(upgraded)).toBe(2);
    expect(tables(upgraded)).toEqual(
      expect.arrayContaining([
        "dossiers",
        "documents",
        "markups",
        "opinions",
        "blobs",
      ]),
    );
    expect(upgraded.prepare("SELECT id FROM services").all()).toEqual([
      { id: "s" },
    ]);
  });

  it("3 sync: change log with increasing seq, processed mutations", () => {
    const { db } = databaseAt(3);
    expect(schemaVersion(db)).toBe(3);
    const insert = db.prepare(
      "INSERT INTO changes (entity, entity_id, record_json, changed_at) " +
        "VALUES ('service', 'x', '{}', 'now')",
    );
    const first = Number(insert.run().lastInsertRowid);
    const second = Number(insert.run().lastInsertRowid);
    expect(second).toBeGreaterThan(first);
    expect(tables(db)).toContain("processed_mutations");
  });

  it("4 zoning: plans unique per commune and name, zones", () => {
    const { db } = databaseAt(4);
    expect(schemaVersion(db)).toBe(4);
    const insert = db.prepare(
      "INSERT INTO zoning_plans (id, commune, name, record_json) VALUES (?, 'K', 'PA', '{}')",
    );
    insert.run("p1");
    expect(() => insert.run("p2")).toThrow(/UNIQUE/);
    expect(tables(db)).toContain("zones");
  });

  it("opens in WAL mode and reopens without reapplying", () => {
    const { db, dir } = databaseAt(latestVersion());
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    const again = new Database(join(dir, DATABASE_FILE));
    cleanups.push(() => again.close());
    const count = again
      .prepare("SELECT COUNT(*) AS n FROM schema_version")
      .get() as {
      n: number;
    };
    expect(count.n).toBe(latestVersion());
  });
});
