import { createHash, randomUUID } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";

/**
 * Document contents on disk, addressed by SHA-256:
 * `<dataDir>/blobs/ab/<hash>`. Content addressing makes uploads idempotent
 * and lets the hash double as the HTTP ETag.
 */
export class BlobStore {
  constructor(private readonly dataDir: string) {}

  /** The path of a blob, whether or not it exists yet. */
  pathOf(sha256: string): string {
    return join(this.dataDir, "blobs", sha256.slice(0, 2), sha256);
  }

  /** True when the blob is on disk. */
  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Its size in bytes; the blob must exist. */
  sizeOf(sha256: string): number {
    return statSync(this.pathOf(sha256)).size;
  }

  /**
   * Writes bytes to a temporary file beside where their blob goes, so
   * that the slow part of storing (hashing and writing up to the upload
   * limit) happens before the store's write lock is taken: every other
   * writer waits while it is held. `sha256` is the caller's hash of these
   * same bytes when it has one already. `place` then moves the file into
   * place under the lock, and `discard` deletes it whatever became of it.
   */
  stage(bytes: Uint8Array, sha256: string = sha256Hex(bytes)): StagedBlob {
    const target = this.pathOf(sha256);
    mkdirSync(dirname(target), { recursive: true });
    const partPath = `${target}.${randomUUID()}.part`;
    try {
      writeFileSync(partPath, bytes);
    } catch (error) {
      rmSync(partPath, { force: true });
      throw error;
    }
    return { sha256, partPath };
  }

  /**
   * Moves a staged file to its blob's place and answers whether this call
   * created the blob (false when those bytes were already stored), so work
   * that fails can take back what it added and only that. The file
   * appears atomically (a rename), so a reader never sees half a blob.
   * Callers place under the store's write lock and record the blob before
   * it ends (`commitWithBlobs`, `storeRecordedBlob`): a failed write takes
   * back its files under that lock.
   */
  place(staged: StagedBlob): boolean {
    const target = this.pathOf(staged.sha256);
    if (existsSync(target)) {
      this.discard(staged);
      return false;
    }
    renameSync(staged.partPath, target);
    return true;
  }

  /** Deletes a staged file; nothing happens once it was placed. */
  discard(staged: StagedBlob): void {
    rmSync(staged.partPath, { force: true });
  }

  /**
   * Deletes staged files older than `olderThanMs`: a process that ended
   * between `stage` and `place` or `discard` (a crash, a kill) left them.
   * Younger ones may be another process's staging in progress (the CLI
   * and the server share the folder), so they stay. Answers how many went.
   */
  sweepStaged(olderThanMs: number, nowMs = Date.now()): number {
    const root = join(this.dataDir, "blobs");
    if (!existsSync(root)) return 0;
    let swept = 0;
    for (const folder of readdirSync(root)) {
      const dir = join(root, folder);
      if (!statSync(dir).isDirectory()) continue;
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (!name.endsWith(".part")) continue;
        if (nowMs - statSync(path).mtimeMs < olderThanMs) continue;
        rmSync(path, { force: true });
        swept++;
      }
    }
    return swept;
  }

  /** Deletes a blob; nothing happens when it is not there. */
  remove(sha256: string): void {
    rmSync(this.pathOf(sha256), { force: true });
  }
}

/** Bytes written beside their blob's place, not in it yet. */
export interface StagedBlob {
  readonly sha256: string;
  /** `<blob path>.<random>.part`, in the blob's own folder. */
  readonly partPath: string;
}

/** The lower-case hex SHA-256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
