import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../shared/contract/errors";
import { signIn } from "../../server/auth/authService";
import { openSqliteStore } from "../../server/db/sqliteStore";
import { BlobStore } from "../../server/documents/blobStore";
import { seedDemo } from "../../server/demo/seed";
import { quietLogger, tempDataDir } from "./serverTestKit";

const data = tempDataDir();
const store = openSqliteStore(data.dir, quietLogger());
afterAll(() => {
  store.close();
  data.cleanup();
});

describe("demo seed", () => {
  it("loads accounts that sign in, readable dossiers and zoning, once", async () => {
    const blobs = new BlobStore(data.dir);
    const accounts = await seedDemo(store, blobs, quietLogger());
    const roles = new Set(accounts.map((a) => a.role));
    expect(roles).toEqual(new Set(["member", "secretary", "admin"]));

    const member = accounts.find((a) => a.role === "member")!;
    const { user } = await signIn(
      store,
      quietLogger(),
      member.username,
      member.password,
    );
    const dossiers = store.dossiers.listDossiers(user.commissionIds);
    expect(dossiers.length).toBeGreaterThan(0);
    for (const dossier of dossiers) {
      const documents = store.dossiers.listDocuments(dossier.id);
      expect(documents.length).toBeGreaterThan(0);
      for (const doc of documents) {
        expect(doc.error, doc.fileName).toBeNull();
        expect(blobs.has(doc.sha256)).toBe(true);
      }
    }
    const zoning = store.changes
      .listSince(0, 10_000, {
        all: true,
        commissionIds: [],
        communes: [],
        serviceIds: [],
      })
      .filter((c) => c.entity === "zone");
    expect(zoning.length).toBeGreaterThan(0);

    await expect(seedDemo(store, blobs, quietLogger())).rejects.toBeInstanceOf(
      UserError,
    );
  });
});
