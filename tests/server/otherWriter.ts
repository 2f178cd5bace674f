import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { DATABASE_FILE } from "../../server/db/openDatabase";
import type { Store } from "../../server/db/store";

/** A statement the other writer runs under its lock, with its values. */
export interface OtherStatement {
  readonly sql: string;
  readonly params?: readonly unknown[];
}

/*
 * Another process writing to the same database file, such as the CLI
 * while the server runs, played by a worker thread with its own
 * connection: it takes the write lock, runs its statements, holds the
 * lock `holdMs`, then commits.
 */
const OTHER_WRITER = `
const { workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
db.exec("BEGIN IMMEDIATE");
for (const { sql, params } of workerData.statements) {
  db.prepare(sql).run(...(params ?? []));
}
const locked = new Int32Array(workerData.locked);
Atomics.store(locked, 0, 1);
Atomics.notify(locked, 0);
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
db.exec("COMMIT");
db.close();
`;

/**
 * Starts the other writer and blocks this thread, as a synchronous store
 * would, until it holds the lock (at most 10 s). Answers its exit code
 * once it has committed.
 */
export function holdWriteLock(
  dataDir: string,
  statements: readonly OtherStatement[],
  holdMs: number,
): Promise<number> {
  const locked = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(OTHER_WRITER, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve("better-sqlite3"),
      file: join(dataDir, DATABASE_FILE),
      statements,
      locked: locked.buffer,
      holdMs,
    },
  });
  const exited = new Promise<number>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", resolve);
  });
  if (Atomics.wait(locked, 0, 0, 10_000) === "timed-out") {
    throw new Error("the other writer did not take the lock within 10 s");
  }
  return exited;
}

/**
 * `store`, where the other writer takes the write lock, runs `statements`
 * and holds the lock `holdMs` right before the first transaction begins.
 * `other` answers the other writer's exit code once it has committed.
 */
export function contendedStore(
  store: Store,
  dataDir: string,
  statements: readonly OtherStatement[],
  holdMs = 300,
): { store: Store; other: () => Promise<number> } {
  let other: Promise<number> | null = null;
  const hold = () => {
    other ??= holdWriteLock(dataDir, statements, holdMs);
  };
  return {
    store: {
      ...store,
      transaction: (work) => {
        hold();
        return store.transaction(work);
      },
      writeTransaction: (work) => {
        hold();
        return store.writeTransaction(work);
      },
    },
    other: () => other ?? Promise.reject(new Error("no transaction ran")),
  };
}
