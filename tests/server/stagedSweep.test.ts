import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createServerApp } from "../../server/app";
import { BlobStore } from "../../server/documents/blobStore";

/*
 * A process killed between staging a document and placing it leaves a
 * `.part` file beside the blobs; the server deletes the old ones as it
 * starts, and leaves young ones, which another process may be writing.
 */

let dataDir = "";
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** A staged file in the data folder, last written `ageMs` ago. */
function stagedFile(name: string, ageMs: number): string {
  const folder = path.join(dataDir, "blobs", "ab");
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  writeFileSync(file, "half a document");
  const seconds = (Date.now() - ageMs) / 1000;
  utimesSync(file, seconds, seconds);
  return file;
}

describe("staged files left behind", () => {
  it("go when the server starts, if older than an hour", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "lajna-staged-"));
    const old = stagedFile(`${"ab".repeat(32)}.1.part`, 2 * 3_600_000);
    const young = stagedFile(`${"ab".repeat(32)}.2.part`, 60_000);
    const blob = stagedFile("ab".repeat(32), 2 * 3_600_000);

    const app = await createServerApp({ dataDir });
    await app.close();

    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
    expect(existsSync(blob)).toBe(true);
  });

  it("are counted, and a missing blob folder is no error", () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "lajna-staged-"));
    const store = new BlobStore(dataDir);
    expect(store.sweepStaged(1_000)).toBe(0);
    stagedFile("cd.1.part", 5_000);
    expect(store.sweepStaged(1_000)).toBe(1);
  });
});
