import { existsSync, renameSync } from "node:fs";
import BetterSqlite3, { type Database } from "better-sqlite3";
import type { Logger } from "pino";

/** A database that passed its integrity check, and whether it is new. */
export interface CheckedDatabase {
  readonly db: Database;
  /** The previous file was damaged and set aside; this one is empty. */
  readonly reset: boolean;
}

/**
 * Opens the workstation's SQLite file after `PRAGMA quick_check`. A damaged
 * file (or one SQLite cannot read at all) is moved aside with its WAL and
 * shared-memory files as `<file>.corrupt-<time>`, kept for diagnosis, and
 * a fresh file is opened: the server holds everything that was synced, and
 * a sync fills the fresh store again. Without this, every query failed
 * with a generic internal error while the indicator said online.
 */
export function openCheckedDatabase(
  file: string,
  log: Logger,
): CheckedDatabase {
  const problem = integrityProblem(file);
  if (problem === null) return { db: new BetterSqlite3(file), reset: false };

  const movedTo = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  for (const suffix of ["", "-wal", "-shm"]) {
    if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
  }
  // Its outbox cannot be trusted, so it is not pushed: changes made here
  // and not yet synced before the damage may be lost.
  log.error(
    { problem, movedTo },
    "workstation store damaged: set aside, starting with a fresh store; " +
      "its outbox cannot be trusted and is not pushed",
  );
  return { db: new BetterSqlite3(file), reset: true };
}

/** What `quick_check` (or opening) reports, or null when all is well. */
function integrityProblem(file: string): string | null {
  if (!existsSync(file)) return null;

  let db: Database | null = null;
  try {
    db = new BetterSqlite3(file);
    const rows = db.pragma("quick_check") as { quick_check: string }[];
    const messages = rows.map((row) => row.quick_check);
    return messages.length === 1 && messages[0] === "ok"
      ? null
      : messages.slice(0, 5).join("; ");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}
