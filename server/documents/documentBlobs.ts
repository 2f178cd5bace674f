import type { Store } from "../db/store";
import type { Logger } from "../log";
import type { BlobStore, StagedBlob } from "./blobStore";

/**
 * Runs `work`, which records documents, in one write transaction with the
 * storing of their `contents`, so that records and files come and go
 * together: when the transaction fails, the files it created are deleted.
 * A file that was already stored stays, as does one that some record has
 * meanwhile come to hold: content addressing shares one file between all
 * the dossiers that hold the same bytes.
 *
 * The files are hashed and written before the lock is taken and only
 * moved into place under it, since every other writer, the whole server
 * included, waits while it is held.
 */
export function commitWithBlobs<T>(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  contents: readonly Uint8Array[],
  work: () => T,
): T {
  const staged: StagedBlob[] = [];
  try {
    for (const bytes of contents) staged.push(blobs.stage(bytes));
    return commitStaged(store, blobs, logger, staged, work).result;
  } finally {
    for (const blob of staged) blobs.discard(blob);
  }
}

/**
 * Writes `bytes` and records them, for a file no dossier record holds
 * yet (an upload, a stamp's picture). The file is written beside its
 * place first; it is moved into place and recorded under the write lock,
 * which a failed write taking back its files checks under too, so it
 * cannot delete this file between its placing and its record. When the
 * record or its commit fails, a file this call created is taken back like
 * `commitWithBlobs` does. `sha256` is the caller's hash of these same
 * bytes, when it has one. Answers the hash and whether this call created
 * the file.
 */
export function storeRecordedBlob(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  bytes: Uint8Array,
  sha256?: string,
): { sha256: string; created: boolean } {
  const staged = blobs.stage(bytes, sha256);
  try {
    const { created } = commitStaged(store, blobs, logger, [staged], () =>
      store.dossiers.recordBlob(staged.sha256, bytes.length),
    );
    return { sha256: staged.sha256, created: created.length > 0 };
  } finally {
    blobs.discard(staged);
  }
}

/**
 * Runs `work` under the write lock, then moves the staged files into
 * place before the lock ends: no other registration sees these files
 * before their records commit. Takes back the files it created when
 * anything fails, the commit included.
 */
function commitStaged<T>(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  staged: readonly StagedBlob[],
  work: () => T,
): { result: T; created: readonly string[] } {
  const created: string[] = [];
  try {
    // Under the write lock from the start: work reads before it writes
    // (is the number free? which round is the dossier in?), and a deferred
    // transaction that then writes while another process (the CLI, the
    // server) holds the lock fails at once, without waiting for it.
    const result = store.writeTransaction(() => {
      const answer = work();
      for (const blob of staged) {
        if (blobs.place(blob)) created.push(blob.sha256);
      }
      return answer;
    });
    return { result, created };
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
