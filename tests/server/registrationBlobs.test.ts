import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../server/db/sqliteStore";
import type { Store } from "../../server/db/store";
import { addCommission } from "../../server/directory/directoryAdmin";
import { BlobStore } from "../../server/documents/blobStore";
import { registerDossier } from "../../server/dossiers/registerDossier";
import type { DossierRegistration } from "../../server/dossiers/registerDossier";
import { resubmitDossier } from "../../server/dossiers/resubmitDossier";
import {
  makePdf,
  quietLogger,
  tempDataDir,
  tifletRegistration,
} from "./serverTestKit";

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

    const failing: Store = {
      ...store,
      transaction: (work) =>
        store.transaction(() => {
          work();
          throw new Error("disk I/O error");
        }),
    };
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
