import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, schemaVersion } from "../../server/db/openDatabase";
import { quietLogger, tempDataDir } from "./serverTestKit";

/*
 * Migration 5 (rounds): a database made at version 4 keeps its opinions,
 * which gain their member and round as columns, and from then on refuses a
 * second opinion of one member on one dossier in one round.
 */

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function opinionJson(id: string, memberId: string, round?: number): string {
  return JSON.stringify({ id, dossierId: "d1", memberId, round });
}

describe("migration 5 rounds", () => {
  it("upgrades a version 4 database, keeping its opinions", () => {
    const data = tempDataDir();
    cleanups.push(data.cleanup);
    const old = openDatabase(data.dir, quietLogger(), 4);
    old.exec(
      "INSERT INTO services (id, record_json) VALUES ('s', '{}');" +
        "INSERT INTO commissions (id, name, commune, record_json) " +
        "VALUES ('c', 'K', 'Khemisset', '{}');" +
        "INSERT INTO dossiers (id, number, commission_id, record_json) " +
        "VALUES ('d1', 'KH-1', 'c', '{}');",
    );
    const insertOld = old.prepare(
      "INSERT INTO opinions (id, dossier_id, record_json) VALUES (?, 'd1', ?)",
    );
    insertOld.run("o1", opinionJson("o1", "m1"));
    insertOld.run("o2", opinionJson("o2", "m2", 1));
    old.close();

    const db = openDatabase(data.dir, quietLogger());
    cleanups.push(() => db.close());
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(
      db.prepare("SELECT id, member_id, round FROM opinions ORDER BY id").all(),
    ).toEqual([
      { id: "o1", member_id: "m1", round: 1 },
      { id: "o2", member_id: "m2", round: 1 },
    ]);

    const insert = db.prepare(
      "INSERT OR REPLACE INTO opinions (id, dossier_id, member_id, round, " +
        "record_json) VALUES (?, 'd1', ?, ?, ?)",
    );
    // A second opinion of m1 in round 1 fails instead of replacing o1.
    expect(() => insert.run("o3", "m1", 1, opinionJson("o3", "m1", 1))).toThrow(
      /one opinion per member/,
    );
    insert.run("o1", "m1", 1, opinionJson("o1", "m1", 1));
    insert.run("o4", "m1", 2, opinionJson("o4", "m1", 2));
    expect(db.prepare("SELECT COUNT(*) AS n FROM opinions").get()).toEqual({
      n: 3,
    });
  });

  it("is applied even when a later version was applied first", () => {
    const data = tempDataDir();
    cleanups.push(data.cleanup);
    const db = openDatabase(data.dir, quietLogger(), 4);
    // As if another branch's version 6 had reached this database first.
    db.prepare(
      "INSERT INTO schema_version (version, name, applied_at) " +
        "VALUES (6, 'later', 'then')",
    ).run();
    db.close();

    const reopened = openDatabase(data.dir, quietLogger());
    cleanups.push(() => reopened.close());
    const versions = reopened
      .prepare("SELECT version FROM schema_version ORDER BY version")
      .all();
    expect(versions).toContainEqual({ version: 5 });
    const columns = reopened.prepare("PRAGMA table_info(opinions)").all();
    expect(columns).toContainEqual(
      expect.objectContaining({ name: "member_id" }),
    );
  });
});
