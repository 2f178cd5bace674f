import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { Markup } from "../../shared/domain/entities";
import {
  MARKUP_UNDO_LIMIT,
  MarkupUndoLog,
} from "../../electron/services/store/markupUndoLog";
import {
  MIGRATIONS,
  migrate,
  type Migration,
} from "../../electron/services/store/migrations";
import { WorkstationStore } from "../../electron/services/store/workstationStore";
import { markupRecord } from "./support/records";
import { tableNames } from "./support/sqliteTables";
import { tempDirs } from "./support/tempDirs";

const freshDir = tempDirs("lajna-undo-");

function markup(id: string, comment: string): Markup {
  return markupRecord({ id, kind: "rectangle", comment });
}

describe("workstation migration 4: markup undo history", () => {
  it("adds markup_undo to a version 2 database and keeps its records", () => {
    const db = new BetterSqlite3(path.join(freshDir(), "workstation.sqlite"));
    migrate(db, 2);
    db.prepare(
      "INSERT INTO records (entity, id, dossier_id, json) VALUES ('markup', 'a', 'd', '{}')",
    ).run();
    expect(tableNames(db)).not.toContain("markup_undo");

    expect(migrate(db)).toBe(4);
    expect(tableNames(db)).toContain("markup_undo");
    const kept = db.prepare("SELECT COUNT(*) AS n FROM records").get() as {
      n: number;
    };
    expect(kept.n).toBe(1);
    expect(() =>
      db
        .prepare(
          "INSERT INTO markup_undo (user_id, dossier_id, undone, created_at) VALUES ('u', 'd', 2, 'now')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it("applies a lower step that lands after a higher one, once", () => {
    const db = new BetterSqlite3(path.join(freshDir(), "workstation.sqlite"));
    const withoutThree = MIGRATIONS.filter((m) => m.version !== 3);
    expect(migrate(db, 4, withoutThree)).toBe(4);

    // Version 3 arrives later (parallel work): it is applied, not skipped.
    let ran = 0;
    const three: Migration = {
      version: 3,
      description: "a step numbered below one already applied",
      up: (d) => {
        ran++;
        d.exec("CREATE TABLE late_step (x INTEGER)");
      },
    };
    const all = [...withoutThree, three];
    expect(migrate(db, 4, all)).toBe(4);
    expect(migrate(db, 4, all)).toBe(4);
    expect(ran).toBe(1);
    expect(tableNames(db)).toContain("late_step");
    db.close();
  });

  it("does not run again the steps of a database older than the step table", () => {
    const db = new BetterSqlite3(path.join(freshDir(), "workstation.sqlite"));
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) m.up(db);
    db.pragma("user_version = 2");

    // Re-running step 1 would fail on its existing tables.
    expect(migrate(db)).toBe(4);
    expect(tableNames(db)).toContain("markup_undo");
    db.close();
  });
});

describe("markup undo log (real SQLite file)", () => {
  it("undoes newest first, redoes oldest undone first, forgets on edit", () => {
    const store = WorkstationStore.open(freshDir(), pino({ level: "silent" }));
    const log = store.markupUndo();
    const v1 = markup("m1", "one");
    const v2 = markup("m1", "two");
    log.record("u1", "d1", null, v1);
    log.record("u1", "d1", v1, v2);

    const newest = log.nextUndo("u1", "d1");
    expect(newest?.after?.comment).toBe("two");
    log.mark(newest?.seq ?? -1, true);
    const older = log.nextUndo("u1", "d1");
    expect(older?.before).toBeNull();
    log.mark(older?.seq ?? -1, true);
    expect(log.state("u1", "d1")).toEqual({ canUndo: false, canRedo: true });
    expect(log.nextRedo("u1", "d1")?.after?.comment).toBe("one");

    // A new edit after undoing forgets the undone ones.
    log.record("u1", "d1", null, markup("m2", "other"));
    expect(log.state("u1", "d1")).toEqual({ canUndo: true, canRedo: false });
    expect(log.size("u1", "d1")).toBe(1);
    // Another member's or another dossier's history is separate.
    expect(log.state("u2", "d1").canUndo).toBe(false);
    expect(log.state("u1", "d2").canUndo).toBe(false);
    store.close();
  });

  it("steps through one document's edits, never another's out of view", () => {
    const store = WorkstationStore.open(freshDir(), pino({ level: "silent" }));
    const log = store.markupUndo();
    const onA = markupRecord({ id: "a1", documentId: "docA", comment: "A" });
    const onB = markupRecord({ id: "b1", documentId: "docB", comment: "B" });
    log.record("u1", "d1", null, onA);
    log.record("u1", "d1", null, onB);
    log.record("u1", "d1", onB, null);

    // On document A, the newest edit of the dossier (on B) is out of reach.
    expect(log.nextUndo("u1", "d1", "docA")?.after?.id).toBe("a1");
    expect(log.state("u1", "d1", "docC")).toEqual({
      canUndo: false,
      canRedo: false,
    });
    // A deletion belongs to the document its markup was on.
    const deletion = log.nextUndo("u1", "d1", "docB");
    expect(deletion?.before?.id).toBe("b1");
    expect(deletion?.after).toBeNull();

    // Undone on A, then an edit on B: A's redo is kept, B's history goes on.
    log.mark(log.nextUndo("u1", "d1", "docA")!.seq, true);
    log.record("u1", "d1", null, markupRecord({ documentId: "docB" }));
    expect(log.state("u1", "d1", "docA")).toEqual({
      canUndo: false,
      canRedo: true,
    });
    // Without a document, the whole dossier's newest edit comes first.
    expect(log.nextUndo("u1", "d1")?.after?.documentId).toBe("docB");
    store.close();
  });

  it(`keeps the last ${MARKUP_UNDO_LIMIT} edits of a member on a dossier`, () => {
    const dir = freshDir();
    const store = WorkstationStore.open(dir, pino({ level: "silent" }));
    const log = store.markupUndo();
    for (let i = 0; i < MARKUP_UNDO_LIMIT + 25; i++) {
      log.record("u1", "d1", null, markup(`m${i}`, `edit ${i}`));
    }
    expect(log.size("u1", "d1")).toBe(MARKUP_UNDO_LIMIT);
    expect(log.nextUndo("u1", "d1")?.after?.comment).toBe(
      `edit ${MARKUP_UNDO_LIMIT + 24}`,
    );
    store.close();

    // Reopened from the same file, the history is still there.
    const again = WorkstationStore.open(dir, pino({ level: "silent" }));
    expect(again.markupUndo().size("u1", "d1")).toBe(MARKUP_UNDO_LIMIT);
    again.close();
  });

  it("is empty for a new store", () => {
    const log = new MarkupUndoLog(
      (() => {
        const db = new BetterSqlite3(path.join(freshDir(), "w.sqlite"));
        migrate(db);
        return db;
      })(),
    );
    expect(log.state("u1", "d1")).toEqual({ canUndo: false, canRedo: false });
  });
});
