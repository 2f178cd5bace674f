import type { Store } from "../db/store";
import type { Logger } from "../log";
import type { BlobStore } from "./blobStore";

/**
 * Runs `work`, which records documents, in one transaction with the
 * writing of their `contents`, so that records and files come and go
 * together: when the transaction fails, the files it created are deleted.
 * A file that was already stored stays, as does one that some record has
 * meanwhile come to hold: content addressing shares one file between all
 * the dossiers that hold the same bytes.
 */
export function commitWithBlobs<T>(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  contents: readonly Uint8Array[],
  work: () => T,
): T {
  const created: string[] = [];
  try {
    // Under the write lock from the start: work reads before it writes
    // (is the number free? which round is the dossier in?), and a deferred
    // transaction that then writes while another process (the CLI, the
    // server) holds the lock fails at once, without waiting for it.
    return store.writeTransaction(() => {
      const result = work();
      // Under the lock: no other registration sees these files before
      // their records commit.
      for (const bytes of contents) {
        const written = blobs.add(bytes);
        if (written.created) created.push(written.sha256);
      }
      return result;
    });
  } catch (error) {
    discardUnrecorded(store, blobs, logger, created);
    throw error;
  }
}

/**
 * Deletes the files no record holds. A failure here is logged, not
 * thrown: the caller's own error says what went wrong.
 *
 * Each check and its delete run under the write lock: otherwise another
 * process could record the same bytes in between, finding the file there,
 * and be left with a record whose file is gone. With the lock, one that
 * records them first keeps the file; one that comes after finds no file
 * and writes it again.
 */
function discardUnrecorded(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  created: readonly string[],
): void {
  for (const sha256 of created) {
    try {
      store.writeTransaction(() => {
        if (!store.dossiers.hasBlob(sha256)) blobs.remove(sha256);
      });
    } catch (error) {
      logger.warn({ err: error, sha256 }, "blob of a failed write left");
    }
  }
}

/**
 * Writes `bytes` and records them, for a file no dossier record holds
 * yet (an upload, a stamp's picture). Both happen under the write lock,
 * which a failed write taking back its files checks under too, so it
 * cannot delete this file between its writing and its record. When the
 * record or its commit fails, a file this call created is taken back like
 * `commitWithBlobs` does. Answers the hash and whether this call created
 * the file.
 */
export function storeRecordedBlob(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  bytes: Uint8Array,
): { sha256: string; created: boolean } {
  const created: string[] = [];
  try {
    return store.writeTransaction(() => {
      const written = blobs.add(bytes);
      if (written.created) created.push(written.sha256);
      store.dossiers.recordBlob(written.sha256, bytes.length);
      return written;
    });
  } catch (error) {
    discardUnrecorded(store, blobs, logger, created);
    throw error;
  }
}
