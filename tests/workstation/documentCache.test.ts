import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DocumentCache,
  sha256Hex,
} from "../../electron/services/documents/documentCache";
import { ServerClient } from "../../electron/services/sync/serverClient";
import { silentLogger } from "../../electron/services/log";

const goodBytes = new TextEncoder().encode("%PDF-1.7 a tiny stand-in sheet");
const goodSha = sha256Hex(goodBytes);
const badSha = sha256Hex(new TextEncoder().encode("what the record says"));

let dir = "";
let server: Server;
let serverUrl = "";
const seenTokens: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "lajna-docs-"));

  // A real HTTP server on 127.0.0.1 that serves one good document and
  // answers other hashes with bytes that do not match them.
  server = createServer((request, response) => {
    seenTokens.push(request.headers.authorization ?? "");
    const body =
      request.url === `/api/documents/${goodSha}`
        ? goodBytes
        : new TextEncoder().encode("tampered");
    response.writeHead(200, { "content-type": "application/pdf" });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true });
});

function cacheFor(url: string, dataDir: string): DocumentCache {
  return new DocumentCache(
    dataDir,
    () => new ServerClient(url, () => "token-1"),
    silentLogger(),
  );
}

/** Overwrites 9 bytes in place, as the review did: same size, same name. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  bytes.write("XXXXXXXXX", 5, "latin1");
  writeFileSync(file, bytes);
}

describe("DocumentCache", () => {
  it("downloads with the bearer token, verifies and keeps the bytes", async () => {
    const dataDir = path.join(dir, "a");
    const bytes = await cacheFor(serverUrl, dataDir).read(goodSha);

    expect(sha256Hex(bytes)).toBe(goodSha);
    expect(seenTokens).toContain("Bearer token-1");
    expect(readdirSync(path.join(dataDir, "documents"))).toEqual([goodSha]);

    // Cached: read again with no server at all.
    const offline = cacheFor("http://127.0.0.1:9", dataDir);
    expect(await offline.read(goodSha)).toEqual(bytes);
  });

  it("refuses bytes that do not match their hash and stores nothing", async () => {
    const dataDir = path.join(dir, "b");
    await expect(
      cacheFor(serverUrl, dataDir).read(badSha),
    ).rejects.toMatchObject({
      key: "document.error.corrupt",
    });
    expect(existsSync(path.join(dataDir, "documents", badSha))).toBe(false);
  });

  it("says offline when the document is not cached and the server is down", async () => {
    const cache = cacheFor("http://127.0.0.1:9", path.join(dir, "c"));
    await expect(cache.read(goodSha)).rejects.toMatchObject({
      key: "document.error.offline",
    });
    const signedOut = new DocumentCache(
      path.join(dir, "c"),
      () => null,
      silentLogger(),
    );
    await expect(signedOut.read(goodSha)).rejects.toMatchObject({
      key: "document.error.offline",
    });
  });

  it("downloads again a cached file whose bytes were overwritten", async () => {
    const dataDir = path.join(dir, "e");
    const cache = cacheFor(serverUrl, dataDir);
    await cache.read(goodSha);
    const file = path.join(dataDir, "documents", goodSha);
    damage(file);

    expect(await cache.read(goodSha)).toEqual(goodBytes);
    expect(sha256Hex(readFileSync(file))).toBe(goodSha);
  });

  it("says corrupt, and drops the file, when damaged and offline", async () => {
    const dataDir = path.join(dir, "f");
    await cacheFor(serverUrl, dataDir).read(goodSha);
    const file = path.join(dataDir, "documents", goodSha);
    damage(file);

    const offline = cacheFor("http://127.0.0.1:9", dataDir);
    await expect(offline.read(goodSha)).rejects.toMatchObject({
      key: "document.error.corrupt",
    });
    expect(existsSync(file)).toBe(false);
  });

  it("stores local bytes by hash and never leaves the cache folder", async () => {
    const cache = cacheFor(serverUrl, path.join(dir, "d"));
    expect(await cache.put(goodBytes)).toBe(goodSha);
    expect(await cache.has(goodSha)).toBe(true);
    await expect(cache.read("../../etc/passwd")).rejects.toMatchObject({
      key: "document.error.corrupt",
    });
  });
});
