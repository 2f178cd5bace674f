import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "pino";
import { UserError } from "../../../shared/contract/errors";
import {
  ServerUnreachableError,
  type ServerClient,
} from "../sync/serverClient";

/** The SHA-256 of some bytes, as 64 lowercase hex digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Documents on disk by content hash (`<dataDir>/documents/<sha256>`).
 * Bytes are accepted only when their hash matches the name they are
 * stored under, so a truncated download or a tampered file never reaches
 * the viewer. Files are written to a temporary name and renamed, so a
 * crash leaves either the whole file or nothing.
 */
export class DocumentCache {
  private readonly dir: string;
  private readonly downloads = new Map<
    string,
    Promise<Uint8Array<ArrayBuffer>>
  >();

  constructor(
    dataDir: string,
    private readonly server: () => ServerClient | null,
    private readonly log: Logger,
  ) {
    this.dir = path.join(dataDir, "documents");
  }

  /** Whether the document's bytes are on disk. */
  async has(sha256: string): Promise<boolean> {
    try {
      await stat(this.fileOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The document's bytes, from disk or downloaded. Cached bytes are
   * checked against their hash at every read (cheap next to rendering): a
   * damaged file is deleted and downloaded again. Offline and not cached
   * fails with `document.error.offline`; damaged and offline, or bytes
   * from the server that do not match their hash, with
   * `document.error.corrupt`.
   */
  async read(sha256: string): Promise<Uint8Array<ArrayBuffer>> {
    const cached = await this.readCached(sha256);
    if (!cached) return this.download(sha256);
    if (sha256Hex(cached) === sha256) return cached;

    this.log.warn({ sha256 }, "cached document damaged; downloading again");
    await rm(this.fileOf(sha256), { force: true });
    try {
      return await this.download(sha256);
    } catch (error) {
      if (
        error instanceof UserError &&
        error.key === "document.error.offline"
      ) {
        throw new UserError("document.error.corrupt", {}, { cause: error });
      }
      throw error;
    }
  }

  /** Downloads a document if missing; concurrent calls share one download. */
  async download(sha256: string): Promise<Uint8Array<ArrayBuffer>> {
    const running = this.downloads.get(sha256);
    if (running) return running;

    const task = this.fetchAndStore(sha256).finally(() =>
      this.downloads.delete(sha256),
    );
    this.downloads.set(sha256, task);
    return task;
  }

  /** Stores bytes made locally (a signed opinion); returns their hash. */
  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Hex(bytes);
    await this.writeVerified(sha256, bytes);
    return sha256;
  }

  private async fetchAndStore(
    sha256: string,
  ): Promise<Uint8Array<ArrayBuffer>> {
    const server = this.server();
    if (!server) throw new UserError("document.error.offline");

    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await server.downloadDocument(sha256);
    } catch (error) {
      if (error instanceof ServerUnreachableError) {
        throw new UserError("document.error.offline", {}, { cause: error });
      }
      throw error;
    }

    await this.writeVerified(sha256, bytes);
    this.log.info({ sizeBytes: bytes.length }, "document downloaded");
    return bytes;
  }

  private async readCached(
    sha256: string,
  ): Promise<Uint8Array<ArrayBuffer> | null> {
    try {
      return new Uint8Array(await readFile(this.fileOf(sha256)));
    } catch {
      return null;
    }
  }

  private async writeVerified(
    sha256: string,
    bytes: Uint8Array,
  ): Promise<void> {
    if (sha256Hex(bytes) !== sha256) {
      this.log.warn({ sha256 }, "document bytes do not match their hash");
      throw new UserError("document.error.corrupt");
    }
    await mkdir(this.dir, { recursive: true });
    const temporary = path.join(
      this.dir,
      `.${sha256}.${randomBytes(6).toString("hex")}.part`,
    );
    await writeFile(temporary, bytes);
    await rename(temporary, this.fileOf(sha256));
  }

  private fileOf(sha256: string): string {
    // The hash comes from synced records: never let it name another path.
    if (!SHA256_PATTERN.test(sha256)) {
      throw new UserError("document.error.corrupt");
    }
    return path.join(this.dir, sha256);
  }
}
