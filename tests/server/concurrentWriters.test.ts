import { readFile } from "node:fs/promises";
import Database from "better-sqlite3";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { User } from "../../shared/domain/entities";
import { DATABASE_FILE } from "../../server/db/openDatabase";
import { openSqliteStore } from "../../server/db/sqliteStore";
import type { Store } from "../../server/db/store";
import {
  addCommission,
  addService,
  addSession,
} from "../../server/directory/directoryAdmin";
import { BlobStore } from "../../server/documents/blobStore";
import { backfillDocumentAnnotations } from "../../server/documents/documentAnnotations";
import { registerDossier } from "../../server/dossiers/registerDossier";
import { resubmitDossier } from "../../server/dossiers/resubmitDossier";
import { pushMutations } from "../../server/sync/pushMutations";
import { contendedStore } from "./otherWriter";
import {
  corpusFile,
  HAS_CORPUS,
  makePdf,
  quietLogger,
  tempDataDir,
  tifletRegistration,
} from "./serverTestKit";

/*
 * The CLI and the server write the same SQLite file. A write that reads
 * first (is the number free? was this mutation processed?) waits for the
 * other process's lock, up to the busy timeout, instead of failing at once
 * with SQLITE_BUSY as a deferred transaction upgrading its read does.
 */

let data: { dir: string; cleanup: () => void };
let store: Store;
let blobs: BlobStore;

beforeEach(() => {
  data = tempDataDir();
  store = openSqliteStore(data.dir, quietLogger());
  blobs = new BlobStore(data.dir);
  addCommission(store, { name: "A", commune: "Tiflet", quorum: 3 });
});
afterEach(() => {
  store.close();
  data.cleanup();
});

/** The store, where another process holds the lock a moment first. */
function contended(): ReturnType<typeof contendedStore> {
  return contendedStore(store, data.dir, []);
}

async function sheet(label: string) {
  return {
    kind: "site_plan" as const,
    title: label,
    fileName: `${label}.pdf`,
    bytes: await makePdf(1, label),
  };
}

describe("while another process holds the write lock", () => {
  it("a registration waits for it", async () => {
    const busy = contended();
    const input = tifletRegistration("TF-1", [await sheet("a")]);
    const { dossier } = await registerDossier(
      busy.store,
      blobs,
      quietLogger(),
      input,
    );
    expect(await busy.other()).toBe(0);
    expect(store.dossiers.findDossierByNumber("TF-1")?.id).toBe(dossier.id);
  });

  it("a resubmission waits for it", async () => {
    const input = tifletRegistration("TF-2", [await sheet("v1")]);
    await registerDossier(store, blobs, quietLogger(), input);
    const busy = contended();
    const { dossier } = await resubmitDossier(
      busy.store,
      blobs,
      quietLogger(),
      {
        number: "TF-2",
        deadline: "2027-01-31",
        documents: [{ source: await sheet("v2"), revises: "v1.pdf" }],
      },
    );
    expect(await busy.other()).toBe(0);
    expect(dossier.round).toBe(2);
  });

  it("a push waits for it", async () => {
    const busy = contended();
    const user: User = {
      id: "u1",
      username: "amina",
      displayName: "Amina",
      role: "member",
      serviceId: null,
      commissionIds: [],
    };
    const results = await pushMutations(
      busy.store,
      blobs,
      quietLogger(),
      user,
      [{ mutationId: "m1", change: { entity: "nothing" } }],
    );
    expect(await busy.other()).toBe(0);
    expect(results).toEqual([
      { mutationId: "m1", status: "rejected", errorKey: expect.any(String) },
    ]);
    expect(store.changes.findMutation("m1", "u1")?.status).toBe("rejected");
  });

  const annotated = corpusFile("annotations/acrobat_ink.pdf");
  it.skipIf(!HAS_CORPUS)("an annotations backfill waits for it", async () => {
    const bytes = new Uint8Array(await readFile(annotated));
    const input = tifletRegistration("TF-3", [
      { kind: "site_plan", title: "ink", fileName: "ink.pdf", bytes },
    ]);
    await registerDossier(store, blobs, quietLogger(), input);
    // As registered before annotations were converted.
    const db = new Database(join(data.dir, DATABASE_FILE));
    const removed = db.prepare("DELETE FROM markups").run().changes;
    db.close();
    expect(removed).toBeGreaterThan(0);

    const busy = contended();
    const result = await backfillDocumentAnnotations(
      busy.store,
      blobs,
      quietLogger(),
    );
    expect(await busy.other()).toBe(0);
    expect(result.added).toBe(removed);
  });
});

describe("another process adding the same directory record meanwhile", () => {
  it("a service of the same key is refused, not replaced", async () => {
    const record = { id: "pc", name: "Protection civile", binding: false };
    const busy = contendedStore(store, data.dir, [
      {
        sql: "INSERT INTO services (id, record_json) VALUES (?, ?)",
        params: ["pc", JSON.stringify(record)],
      },
    ]);
    expect(() =>
      addService(busy.store, { key: "pc", name: "Other", binding: true }),
    ).toThrow(expect.objectContaining({ key: "service.error.duplicate" }));
    expect(await busy.other()).toBe(0);
    expect(store.directory.getService("pc")).toEqual(record);
  });

  it("a commission of the same name is refused, not replaced", async () => {
    const record = { id: "other", name: "B", commune: "Tiflet", quorum: 1 };
    const busy = contendedStore(store, data.dir, [
      {
        sql:
          "INSERT INTO commissions (id, name, commune, record_json) " +
          "VALUES (?, ?, ?, ?)",
        params: ["other", "B", "Tiflet", JSON.stringify(record)],
      },
    ]);
    expect(() =>
      addCommission(busy.store, { name: "B", commune: "Tiflet", quorum: 3 }),
    ).toThrow(expect.objectContaining({ key: "commission.error.duplicate" }));
    expect(await busy.other()).toBe(0);
    expect(store.directory.findCommissionByName("B")).toEqual(record);
  });

  it("a session of the same title is refused, not replaced", async () => {
    const commission = store.directory.findCommissionByName("A");
    const record = {
      id: "other",
      commissionId: commission?.id,
      date: "2027-01-15",
      title: "January",
    };
    const busy = contendedStore(store, data.dir, [
      {
        sql:
          "INSERT INTO sessions (id, commission_id, title, record_json) " +
          "VALUES (?, ?, ?, ?)",
        params: ["other", commission?.id, "January", JSON.stringify(record)],
      },
    ]);
    expect(() =>
      addSession(busy.store, {
        commissionName: "A",
        date: "2027-01-16",
        title: "January",
      }),
    ).toThrow(expect.objectContaining({ key: "session.error.duplicate" }));
    expect(await busy.other()).toBe(0);
    expect(
      store.directory.findSession(commission?.id ?? "", "January"),
    ).toEqual(record);
  });
});
