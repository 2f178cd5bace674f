import type { Logger } from "../log";
import { subsystemLogger } from "../log";
import { openDatabase } from "./openDatabase";
import type { Store } from "./store";
import { SqliteChangeLogStore } from "./sqliteChangeLogStore";
import { SqliteDirectoryStore } from "./sqliteDirectoryStore";
import { SqliteDossierStore } from "./sqliteDossierStore";
import { SqliteZoningStore } from "./sqliteZoningStore";

/** Opens the SQLite store of a data directory, migrating it first. */
export function openSqliteStore(dataDir: string, logger: Logger): Store {
  const db = openDatabase(dataDir, subsystemLogger(logger, "db"));
  return {
    directory: new SqliteDirectoryStore(db),
    dossiers: new SqliteDossierStore(db),
    changes: new SqliteChangeLogStore(db),
    zoning: new SqliteZoningStore(db),
    transaction: <T>(work: () => T): T => db.transaction(work)(),
    writeTransaction: <T>(work: () => T): T => {
      // Nested, better-sqlite3 would run it as a SAVEPOINT of the outer
      // transaction, which may hold no lock yet: the promise would not hold.
      if (db.inTransaction) {
        throw new Error(
          "writeTransaction inside another transaction: it must be outermost",
        );
      }
      return db.transaction(work).immediate();
    },
    close: () => db.close(),
  };
}
