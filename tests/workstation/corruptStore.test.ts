import {
  closeSync,
  openSync,
  readFileSync,
  readdirSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WorkstationStore } from "../../electron/services/store/workstationStore";
import { createRootLogger } from "../../electron/services/log";
import { openWorkstation } from "../../electron/services/workstation";
import { createPrintingPort } from "../../electron/services/printingPort";
import { BrowserModeFileSecretStore } from "../../electron/services/secrets/browserModeFileSecretStore";
import type { SyncStatus } from "../../shared/contract/requests";
import { translate } from "../../renderer/i18n/catalog";
import { registerAllMessages } from "../../renderer/i18n/registerAll";
import { markupRecord } from "./support/records";
import { tempDirs } from "./support/tempDirs";

/*
 * A damaged workstation.sqlite is recognised at startup: set aside, logged
 * at error level, replaced by a fresh store, and named to the member
 * through a translated key (the review saw a generic internal error on
 * every request while the indicator said online).
 */

const tempDir = tempDirs("lajna-corrupt-");

/** A store with enough markups to span several pages, then closed. */
function filledStore(dir: string): void {
  const store = WorkstationStore.open(dir, createRootLogger(dir, "silent"));
  for (let i = 0; i < 200; i++) {
    store.saveLocal({
      entity: "markup",
      record: markupRecord({
        id: `m${i}`,
        points: [{ x: i, y: i }],
        comment: `remark ${i} `.repeat(20),
      }),
    });
  }
  store.close();
}

/** Overwrites `length` bytes at `offset` of the store file. */
function damage(dir: string, offset: number, length: number): void {
  const fd = openSync(path.join(dir, "workstation.sqlite"), "r+");
  writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, offset);
  closeSync(fd);
}

function errorLines(dir: string): { level: number; msg: string }[] {
  return readFileSync(path.join(dir, "lajna.log"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: number; msg: string })
    .filter((line) => line.level >= 50);
}

describe("a damaged workstation store", () => {
  it.each([
    { what: "a damaged table page", offset: 4096 * 3, length: 4096 },
    { what: "a damaged header", offset: 0, length: 100 },
  ])("is set aside and replaced at startup ($what)", ({ offset, length }) => {
    const dir = tempDir();
    filledStore(dir);
    damage(dir, offset, length);

    const log = createRootLogger(dir, "info");
    const store = WorkstationStore.open(dir, log);
    expect(store.wasReset).toBe(true);
    expect(store.pendingCount()).toBe(0);
    expect(store.listRecords("markup")).toEqual([]);
    store.close();
    log.flush();

    const names = readdirSync(dir);
    expect(names.some((n) => /^workstation\.sqlite\.corrupt-/.test(n))).toBe(
      true,
    );
    const [line, ...more] = errorLines(dir);
    expect(more).toEqual([]);
    expect(line?.msg).toMatch(/damaged.*outbox cannot be trusted/);

    // Reopened, the fresh store is healthy and not reset again.
    const again = WorkstationStore.open(dir, createRootLogger(dir, "silent"));
    expect(again.wasReset).toBe(false);
    again.close();
  });

  it("leaves a healthy store alone", () => {
    const dir = tempDir();
    filledStore(dir);
    const store = WorkstationStore.open(dir, createRootLogger(dir, "silent"));
    expect(store.wasReset).toBe(false);
    expect(store.pendingCount()).toBe(200);
    store.close();
  });

  it("tells the member through the sync status, in every language", async () => {
    const dir = tempDir();
    filledStore(dir);
    damage(dir, 4096 * 3, 4096);

    const workstation = await openWorkstation({
      dataDir: dir,
      serverUrl: "http://127.0.0.1:9",
      secrets: new BrowserModeFileSecretStore(dir),
      printing: (log) => createPrintingPort(log),
      logLevel: "silent",
    });
    try {
      const answer = await workstation.request("sync.status", {});
      expect(answer.ok).toBe(true);
      const status = (answer as { result: SyncStatus }).result;
      expect(status.lastErrorKey).toBe("store.error.reset");
      expect(status.pendingChanges).toBe(0);
    } finally {
      await workstation.close();
    }

    registerAllMessages();
    for (const language of ["ar", "fr", "en"] as const) {
      expect(translate(language, "store.error.reset")).not.toBe(
        "store.error.reset",
      );
    }
  });
});
