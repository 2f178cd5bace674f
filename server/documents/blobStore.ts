import { createHash, randomUUID } from "node:crypto";
import {
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { existsSync } from "node:fs";
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
   * Writes bytes and answers their hash, and whether this call created
   * the file (false when those bytes were already stored), so work that
   * fails can take back what it added and only that. The file appears
   * atomically (write then rename), so a reader never sees half a blob.
   * Callers write under the store's write lock and record the blob before
   * it ends (`commitWithBlobs`, `storeRecordedBlob`): a failed write takes
   * back its files under that lock.
   */
  add(bytes: Uint8Array): { sha256: string; created: boolean } {
    const sha256 = sha256Hex(bytes);
    const target = this.pathOf(sha256);
    if (existsSync(target)) return { sha256, created: false };

    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.part`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
    return { sha256, created: true };
  }

  /** Deletes a blob; nothing happens when it is not there. */
  remove(sha256: string): void {
    rmSync(this.pathOf(sha256), { force: true });
  }
}

/** The lower-case hex SHA-256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
