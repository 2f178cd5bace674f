import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../server/db/sqliteStore";
import type { Store } from "../../server/db/store";
import { quietLogger, tempDataDir } from "./serverTestKit";

/*
 * The write lock of the server's real SQLite store (Store.writeTransaction).
 */

let data: { dir: string; cleanup: () => void };
let store: Store;

beforeEach(() => {
  data = tempDataDir();
  store = openSqliteStore(data.dir, quietLogger());
});
afterEach(() => {
  store.close();
  data.cleanup();
});

describe("a write transaction", () => {
  it("refuses to run inside another transaction, which holds no lock", () => {
    let ran = false;
    const nested = () =>
      store.transaction(() =>
        store.writeTransaction(() => {
          ran = true;
        }),
      );
    expect(nested).toThrow(/inside another transaction/);
    expect(ran).toBe(false);
  });

  it("refuses to run inside another write transaction too", () => {
    expect(() =>
      store.writeTransaction(() => store.writeTransaction(() => 1)),
    ).toThrow(/inside another transaction/);
  });

  it("runs on its own once the outer transaction has ended", () => {
    store.transaction(() => store.dossiers.hasBlob("a"));
    expect(store.writeTransaction(() => 2)).toBe(2);
  });
});
