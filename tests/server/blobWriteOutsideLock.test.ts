import Database from "better-sqlite3";
import type * as NodeFs from "node:fs";
import { join, sep } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DATABASE_FILE } from "../../server/db/openDatabase";
import { openSqliteStore } from "../../server/db/sqliteStore";
import type { Store } from "../../server/db/store";
import { addCommission } from "../../server/directory/directoryAdmin";
import { BlobStore, sha256Hex } from "../../server/documents/blobStore";
import { storeRecordedBlob } from "../../server/documents/documentBlobs";
import { registerDossier } from "../../server/dossiers/registerDossier";
import {
  makePdf,
  quietLogger,
  tempDataDir,
  tifletRegistration,
} from "./serverTestKit";

/*
 * Writing a document's bytes (up to the upload limit) happens before the
 * write lock is taken: every other writer, the whole server included,
 * waits while it is held. Each write of a file under blobs/ asks a second
 * connection whether it could take the lock right then.
 */

const probe = vi.hoisted(() => ({
  onWrite: null as ((path: string) => void) | null,
}));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const writeFileSync: typeof fs.writeFileSync = (file, ...rest) => {
    probe.onWrite?.(String(file));
    fs.writeFileSync(file, ...rest);
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

let data: { dir: string; cleanup: () => void };
let store: Store;
let blobs: BlobStore;
let other: Database.Database;
/** For each file written under blobs/, whether the lock was free. */
let lockFree: boolean[];

beforeEach(() => {
  data = tempDataDir();
  store = openSqliteStore(data.dir, quietLogger());
  blobs = new BlobStore(data.dir);
  addCommission(store, { name: "A", commune: "Tiflet", quorum: 3 });
  other = new Database(join(data.dir, DATABASE_FILE));
  other.pragma("busy_timeout = 0");
  lockFree = [];
  probe.onWrite = (path) => {
    if (!path.startsWith(join(data.dir, "blobs") + sep)) return;
    lockFree.push(lockIsFree());
  };
});
afterEach(() => {
  probe.onWrite = null;
  other.close();
  store.close();
  data.cleanup();
});

/** Whether the second connection takes the write lock at once. */
function lockIsFree(): boolean {
  try {
    other.exec("BEGIN IMMEDIATE");
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return false;
    throw error;
  }
  other.exec("ROLLBACK");
  return true;
}

describe("the write lock is free while a file is written", () => {
  it("for an upload or a stamp's picture", async () => {
    const bytes = await makePdf(1, "uploaded");
    const { sha256 } = storeRecordedBlob(store, blobs, quietLogger(), bytes);
    expect(lockFree).toEqual([true]);
    expect(store.dossiers.hasBlob(sha256)).toBe(true);
    expect(blobs.has(sha256)).toBe(true);
  });

  it("for each document of a registration", async () => {
    const documents = [];
    for (const label of ["a", "b"]) {
      documents.push({
        kind: "site_plan" as const,
        title: label,
        fileName: `${label}.pdf`,
        bytes: await makePdf(1, label),
      });
    }
    await registerDossier(
      store,
      blobs,
      quietLogger(),
      tifletRegistration("TF-1", documents),
    );
    expect(lockFree).toEqual([true, true]);
    for (const { bytes } of documents) {
      expect(blobs.has(sha256Hex(bytes))).toBe(true);
    }
  });
});
