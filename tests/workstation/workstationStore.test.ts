import { describe, expect, it } from "vitest";
import { WorkstationStore } from "../../electron/services/store/workstationStore";
import { silentLogger } from "../../electron/services/log";
import type { Markup, User } from "../../shared/domain/entities";
import { markupRecord } from "./support/records";
import { tempDirs } from "./support/tempDirs";

const tempDir = tempDirs("lajna-store-");

function markup(comment: string): Markup {
  return markupRecord({ id: "m1", points: [{ x: 10, y: 20 }], comment });
}

const user: User = {
  id: "u1",
  username: "one",
  displayName: "Member One",
  role: "member",
  serviceId: "s1",
  commissionIds: ["c1"],
};

describe("WorkstationStore", () => {
  it("keeps a saved markup and its outbox entry across reopening", () => {
    const dir = tempDir();
    const store = WorkstationStore.open(dir, silentLogger());
    const mutation = store.saveLocal({
      entity: "markup",
      record: markup("too close"),
    });
    store.close();

    const reopened = WorkstationStore.open(dir, silentLogger());
    expect(reopened.getRecord("markup", "m1")?.comment).toBe("too close");
    expect(reopened.pendingMutations(10)).toEqual([mutation]);
    expect(reopened.listRecords("markup", "d1")).toHaveLength(1);
    reopened.close();
  });

  it("does not let a pull overwrite a change waiting to be pushed", () => {
    const store = WorkstationStore.open(tempDir(), silentLogger());
    store.saveLocal({ entity: "markup", record: markup("local") });
    const touched = store.applyServerChanges(
      [{ seq: 1, entity: "markup", record: markup("server") }],
      "1",
    );

    expect(touched).toEqual(["d1"]);
    expect(store.getRecord("markup", "m1")?.comment).toBe("local");
    expect(store.cursor()).toBe("1");
    store.close();
  });

  it("drops settled mutations and rolls a rejected one back", () => {
    const store = WorkstationStore.open(tempDir(), silentLogger());
    store.applyServerChanges(
      [{ seq: 1, entity: "markup", record: markup("server") }],
      "1",
    );
    const first = store.saveLocal({ entity: "markup", record: markup("a") });
    const rejections = store.settleMutations([
      {
        mutationId: first.mutationId,
        status: "rejected",
        errorKey: "markup.error.notAuthor",
      },
    ]);

    expect(rejections[0]?.errorKey).toBe("markup.error.notAuthor");
    expect(store.pendingCount()).toBe(0);
    expect(store.getRecord("markup", "m1")?.comment).toBe("server");
    expect(store.lastRejection()?.errorKey).toBe("markup.error.notAuthor");

    const second = store.saveLocal({ entity: "markup", record: markup("b") });
    store.settleMutations([
      { mutationId: second.mutationId, status: "applied", errorKey: null },
    ]);
    expect(store.pendingCount()).toBe(0);
    expect(store.getRecord("markup", "m1")?.comment).toBe("b");
    store.close();
  });

  it("refuses another user while the previous user's outbox is not empty", () => {
    const store = WorkstationStore.open(tempDir(), silentLogger());
    store.saveSession({ user, serverUrl: "http://127.0.0.1:1" });
    store.saveLocal({ entity: "markup", record: markup("mine") });
    store.saveSession({ user, serverUrl: "http://127.0.0.1:1" });
    expect(store.pendingCount()).toBe(1);
    expect(store.pendingOwner()?.user.displayName).toBe("Member One");

    const other = { ...user, id: "u2", username: "two" };
    store.clearSession();
    expect(() =>
      store.saveSession({ user: other, serverUrl: "http://127.0.0.1:1" }),
    ).toThrow(
      expect.objectContaining({
        key: "session.error.pendingChanges",
        params: { name: "Member One" },
      }),
    );
    expect(store.pendingCount()).toBe(1);
    expect(store.getRecord("markup", "m1")?.comment).toBe("mine");
    expect(store.session()).toBeNull();
    store.close();
  });

  it("drops the previous user's data once their outbox is empty", () => {
    const store = WorkstationStore.open(tempDir(), silentLogger());
    store.saveSession({ user, serverUrl: "http://127.0.0.1:1" });
    const mine = store.saveLocal({ entity: "markup", record: markup("mine") });
    store.settleMutations([
      { mutationId: mine.mutationId, status: "applied", errorKey: null },
    ]);
    expect(store.pendingOwner()).toBeNull();

    store.saveSession({
      user: { ...user, id: "u2" },
      serverUrl: "http://127.0.0.1:1",
    });
    expect(store.pendingCount()).toBe(0);
    expect(store.getRecord("markup", "m1")).toBeNull();
    expect(store.session()?.user.id).toBe("u2");
    store.clearSession();
    expect(store.session()).toBeNull();
    store.close();
  });
});
