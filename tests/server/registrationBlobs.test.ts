import Database from "better-sqlite3";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../server/db/sqliteStore";
import type { Store } from "../../server/db/store";
import { addCommission } from "../../server/directory/directoryAdmin";
import { DATABASE_FILE } from "../../server/db/openDatabase";
import { BlobStore, sha256Hex } from "../../server/documents/blobStore";
import type { StagedBlob } from "../../server/documents/blobStore";
import {
  commitWithBlobs,
  storeRecordedBlob,
} from "../../server/documents/documentBlobs";
import { registerDossier } from "../../server/dossiers/registerDossier";
import type { DossierRegistration } from "../../server/dossiers/registerDossier";
import { resubmitDossier } from "../../server/dossiers/resubmitDossier";
import {
  makePdf,
  quietLogger,
  tempDataDir,
  tifletRegistration,
} from "./serverTestKit";
import { holdWriteLock } from "./otherWriter";

/*
 * A registration or resubmission that fails leaves no document file in
 * the data directory, and removes none that a saved dossier holds.
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

async function registration(
  number: string,
  labels: readonly string[],
): Promise<DossierRegistration> {
  const documents = [];
  for (const label of labels) {
    documents.push({
      kind: "site_plan" as const,
      title: label,
      fileName: `${label}.pdf`,
      bytes: await makePdf(1, label),
    });
  }
  return tifletRegistration(number, documents);
}

/** Every file under blobs/, by name (a hash, or a leftover part). */
function filesOnDisk(): string[] {
  const root = join(data.dir, "blobs");
  const files: string[] = [];
  for (const folder of readdirSync(root)) {
    files.push(...readdirSync(join(root, folder)));
  }
  return files.sort();
}

/** The hashes the saved documents hold, each of which must be on disk. */
function savedHashes(): string[] {
  const hashes = store.dossiers
    .listDossiers("all")
    .flatMap((d) => store.dossiers.listDocuments(d.id))
    .map((d) => d.sha256);
  return [...new Set(hashes)].sort();
}

/**
 * The store, whose first write transaction fails after its work has run
 * (as a COMMIT can), then calls `after`; the write transactions that take
 * back its files run as usual.
 */
function failingOnce(after: () => void): Store {
  let failed = false;
  return {
    ...store,
    writeTransaction: (work) => {
      if (failed) return store.writeTransaction(work);
      failed = true;
      try {
        return store.writeTransaction(() => {
          work();
          throw new Error("disk I/O error");
        });
      } finally {
        after();
      }
    },
  };
}

describe("a failed registration leaves no document file behind", () => {
  it("when a race on the number refuses it", async () => {
    const outcomes = await Promise.allSettled([
      registerDossier(
        store,
        blobs,
        quietLogger(),
        await registration("TF-1", ["a"]),
      ),
      registerDossier(
        store,
        blobs,
        quietLogger(),
        await registration("TF-1", ["b"]),
      ),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual([
      "fulfilled",
      "rejected",
    ]);
    expect(filesOnDisk()).toEqual(savedHashes());
  });

  it("when its transaction fails, keeping a file a saved dossier shares", async () => {
    const saved = await registration("TF-2", ["shared"]);
    await registerDossier(store, blobs, quietLogger(), saved);
    const before = filesOnDisk();

    const failing = failingOnce(() => undefined);
    const input = await registration("TF-3", ["new"]);
    await expect(
      registerDossier(failing, blobs, quietLogger(), {
        ...input,
        documents: [...saved.documents, ...input.documents],
      }),
    ).rejects.toThrow("disk I/O error");
    expect(filesOnDisk()).toEqual(before);
    expect(filesOnDisk()).toEqual(savedHashes());
  });
});

describe("a registration whose files cannot all be written", () => {
  it("leaves no part file behind and records nothing", async () => {
    let staged = 0;
    const full = new (class extends BlobStore {
      override stage(bytes: Uint8Array, sha256?: string) {
        staged += 1;
        if (staged === 2) throw new Error("no space left on device");
        return super.stage(bytes, sha256);
      }
    })(data.dir);
    await expect(
      registerDossier(
        store,
        full,
        quietLogger(),
        await registration("TF-5", ["first", "second"]),
      ),
    ).rejects.toThrow("no space left on device");
    expect(filesOnDisk()).toEqual([]);
    expect(store.dossiers.findDossierByNumber("TF-5")).toBeNull();
  });
});

describe("a failed resubmission leaves no document file behind", () => {
  it("when another resubmission of the dossier lands first", async () => {
    await registerDossier(
      store,
      blobs,
      quietLogger(),
      await registration("TF-4", ["v1"]),
    );
    const round = async (label: string) => ({
      number: "TF-4",
      deadline: "2027-01-31",
      documents: (await registration("TF-4", [label])).documents.map(
        (source) => ({ source, revises: null }),
      ),
    });
    const outcomes = await Promise.allSettled([
      resubmitDossier(store, blobs, quietLogger(), await round("v2")),
      resubmitDossier(store, blobs, quietLogger(), await round("v3")),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual([
      "fulfilled",
      "rejected",
    ]);
    expect(filesOnDisk()).toEqual(savedHashes());
  });
});

/**
 * Another process registering the same bytes: it takes the write lock,
 * records the blob (the file is already there, so it writes none), holds
 * the lock a while, then commits. Answers once the lock is held.
 */
function startOtherRegistration(bytes: Uint8Array): Promise<number> {
  const sql =
    "INSERT INTO blobs (sha256, size_bytes, stored_at) VALUES (?, ?, ?)";
  const params = [sha256Hex(bytes), bytes.length, new Date().toISOString()];
  return holdWriteLock(data.dir, [{ sql, params }], 500);
}

describe("taking back the files of a failed write", () => {
  it("keeps a file another process records meanwhile", async () => {
    const bytes = await makePdf(1, "raced");
    let other: Promise<number> | null = null;
    // The write fails after creating the file; before its files are
    // taken back, another process starts registering the same bytes.
    const failing = failingOnce(() => {
      other = startOtherRegistration(bytes);
    });

    expect(() =>
      commitWithBlobs(failing, blobs, quietLogger(), [bytes], () => null),
    ).toThrow("disk I/O error");
    expect(await other).toBe(0);
    expect(store.dossiers.hasBlob(sha256Hex(bytes))).toBe(true);
    expect(blobs.has(sha256Hex(bytes))).toBe(true);
  });
});

/*
 * The other side: a file stored and recorded outside a registration (an
 * upload, a stamp's picture) while another process takes back the same
 * bytes after its own failed write, checking for a record under the
 * write lock. Played by a worker thread. It says it is ready right before
 * it asks for the lock, then says whether it got the lock at once (2) or
 * found it held (1), and in that case waits for it.
 */
const OTHER_TAKING_BACK = `
const { workerData } = require("node:worker_threads");
const { rmSync } = require("node:fs");
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const state = new Int32Array(workerData.state);
const tell = (index, value) => {
  Atomics.store(state, index, value);
  Atomics.notify(state, index);
};
tell(0, 1);
db.pragma("busy_timeout = 0");
try {
  db.exec("BEGIN IMMEDIATE");
  tell(1, 2);
} catch (error) {
  if (error.code !== "SQLITE_BUSY") throw error;
  tell(1, 1);
  db.pragma("busy_timeout = 5000");
  db.exec("BEGIN IMMEDIATE");
}
const held = db.prepare("SELECT 1 FROM blobs WHERE sha256 = ?").get(workerData.sha256);
if (held === undefined) rmSync(workerData.blob, { force: true });
db.exec("COMMIT");
db.close();
`;

/**
 * Starts a taking back of `sha256` in a worker and blocks this thread, as
 * a synchronous store would, until the worker has asked for the lock.
 * Answers whether it found the lock held, and its exit code once done.
 */
function otherTakingBack(sha256: string): {
  foundLocked: boolean;
  exited: Promise<number>;
} {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(OTHER_TAKING_BACK, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve("better-sqlite3"),
      file: join(data.dir, DATABASE_FILE),
      blob: blobs.pathOf(sha256),
      sha256,
      state: state.buffer,
    },
  });
  const exited = new Promise<number>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", resolve);
  });
  // No fixed sleep: however slowly the worker starts, this waits for it
  // to be ready, then for the answer it gives without waiting itself.
  if (Atomics.wait(state, 0, 0, 10_000) === "timed-out") {
    throw new Error("the other process did not start within 10 s");
  }
  if (Atomics.wait(state, 1, 0, 10_000) === "timed-out") {
    throw new Error("the other process did not ask for the lock");
  }
  return { foundLocked: Atomics.load(state, 1) === 1, exited };
}

describe("storing and recording a file outside a registration", () => {
  it("keeps it when another process takes back the same bytes", async () => {
    const bytes = await makePdf(1, "uploaded");
    const sha256 = sha256Hex(bytes);
    let other: ReturnType<typeof otherTakingBack> | null = null;
    // The file is there, not yet recorded, when the other process looks.
    const racing = new (class extends BlobStore {
      override place(staged: StagedBlob) {
        const created = super.place(staged);
        other = otherTakingBack(staged.sha256);
        return created;
      }
    })(data.dir);

    expect(storeRecordedBlob(store, racing, quietLogger(), bytes)).toEqual({
      sha256,
      created: true,
    });
    // Set by place(), which the compiler does not see run.
    const taking = other as ReturnType<typeof otherTakingBack> | null;
    expect(taking?.foundLocked).toBe(true);
    expect(await taking?.exited).toBe(0);
    expect(store.dossiers.hasBlob(sha256)).toBe(true);
    expect(blobs.has(sha256)).toBe(true);
  });
});

/** Makes recording a blob fail, after its file was written, as a full disk can. */
function failBlobRecords(): void {
  const db = new Database(join(data.dir, DATABASE_FILE));
  db.exec(
    "CREATE TRIGGER no_blobs BEFORE INSERT ON blobs " +
      "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END",
  );
  db.close();
}

describe("storing and recording a file outside a registration, failing", () => {
  it("takes back the file it created when its record fails", async () => {
    const bytes = await makePdf(1, "unrecorded");
    failBlobRecords();

    expect(() => storeRecordedBlob(store, blobs, quietLogger(), bytes)).toThrow(
      "disk I/O error",
    );
    expect(store.dossiers.hasBlob(sha256Hex(bytes))).toBe(false);
    expect(filesOnDisk()).toEqual([]);
  });

  it("keeps the file when those bytes were stored already", async () => {
    const bytes = await makePdf(1, "stored before");
    storeRecordedBlob(store, blobs, quietLogger(), bytes);
    failBlobRecords();

    expect(() => storeRecordedBlob(store, blobs, quietLogger(), bytes)).toThrow(
      "disk I/O error",
    );
    expect(filesOnDisk()).toEqual([sha256Hex(bytes)]);
  });
});
