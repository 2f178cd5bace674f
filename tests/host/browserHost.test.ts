import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startBrowserHost,
  type BrowserHost,
} from "../../electron/host/browserHost";
import { createPrintingPort } from "../../electron/services/printingPort";
import { decodeWire, encodeWire } from "../../shared/contract/wire";

let dir = "";
let host: BrowserHost;
let key = "";

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "lajna-host-"));
  const rendererDir = path.join(dir, "renderer");
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html>ok");

  // No server runs on port 9: sync stays idle without a session anyway.
  host = await startBrowserHost({
    dataDir: path.join(dir, "data"),
    serverUrl: "http://127.0.0.1:9",
    port: 0,
    rendererDir,
    printing: createPrintingPort,
  });
  key = new URL(host.url).hash.replace("#k=", "");
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true });
});

interface RawAnswer {
  status: number;
  body: string;
}

/** A raw request, so that Host and Origin can be set freely. */
function send(
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body = "",
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: host.port, method, path: urlPath, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function rpc(kind: string, payload: unknown, headers = {}) {
  return send(
    "POST",
    `/rpc/${kind}`,
    {
      host: `127.0.0.1:${host.port}`,
      "x-lajna-key": key,
      "content-type": "application/json",
      ...headers,
    },
    encodeWire(payload),
  );
}

describe("browser host", () => {
  it("prints a 127.0.0.1 URL with a 64-hex-digit key", () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[0-9a-f]{64}$/);
  });

  it("answers a good request", async () => {
    const answer = await rpc("session.status", {});
    expect(answer.status).toBe(200);
    expect(decodeWire(answer.body)).toEqual({
      ok: true,
      result: { user: null, serverUrl: "http://127.0.0.1:9" },
    });
  });

  it("refuses a request without the key, or with a wrong one", async () => {
    expect(
      (await rpc("session.status", {}, { "x-lajna-key": "" })).status,
    ).toBe(403);
    const wrong = key.replace(/^./, key[0] === "a" ? "b" : "a");
    expect(
      (await rpc("session.status", {}, { "x-lajna-key": wrong })).status,
    ).toBe(403);
    const noKey = await send("POST", "/rpc/session.status", {
      host: `127.0.0.1:${host.port}`,
    });
    expect(noKey.status).toBe(403);
  });

  it("refuses a foreign Origin", async () => {
    const answer = await rpc(
      "session.status",
      {},
      {
        origin: "http://evil.example",
      },
    );
    expect(answer.status).toBe(403);
    const own = await rpc(
      "session.status",
      {},
      {
        origin: `http://127.0.0.1:${host.port}`,
      },
    );
    expect(own.status).toBe(200);
  });

  it("refuses a foreign Host (DNS rebinding), even for static files", async () => {
    const answer = await rpc(
      "session.status",
      {},
      {
        host: `evil.example:${host.port}`,
      },
    );
    expect(answer.status).toBe(403);
    const page = await send("GET", "/", { host: "evil.example" });
    expect(page.status).toBe(403);
  });

  it("answers error.badRequest for an unknown kind or a bad payload", async () => {
    const unknown = decodeWire((await rpc("nope.nothing", {})).body);
    expect(unknown).toMatchObject({
      ok: false,
      error: { key: "error.badRequest" },
    });
    const bad = decodeWire((await rpc("dossiers.get", { dossierId: 5 })).body);
    expect(bad).toMatchObject({
      ok: false,
      error: { key: "error.badRequest" },
    });
    const garbage = await send(
      "POST",
      "/rpc/session.status",
      { host: `127.0.0.1:${host.port}`, "x-lajna-key": key },
      "{not json",
    );
    expect(decodeWire(garbage.body)).toMatchObject({
      ok: false,
      error: { key: "error.badRequest" },
    });
  });

  it("serves the renderer without a key, and nothing outside it", async () => {
    const page = await send("GET", "/", { host: `localhost:${host.port}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain("ok");
    const escape = await send("GET", "/..%2Fdata%2Flajna.log", {
      host: `127.0.0.1:${host.port}`,
    });
    expect(escape.status).toBe(404);
  });

  it("streams events as newline-delimited JSON", async () => {
    const response = await fetch(`${host.origin}/events`, {
      headers: { "x-lajna-key": key },
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    const line = new TextDecoder().decode(value).split("\n")[0]!;
    expect(JSON.parse(line)).toMatchObject({
      type: "sync.status",
      status: { pendingChanges: 0 },
    });
    await reader.cancel();
  });

  it("tells the user the server is unreachable at sign-in", async () => {
    const answer = decodeWire(
      (await rpc("session.signIn", { username: "a", password: "b" })).body,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { key: "sync.error.offline" },
    });
  });

  it("refuses service requests before sign-in", async () => {
    const answer = decodeWire((await rpc("dossiers.list", {})).body);
    expect(answer).toMatchObject({
      ok: false,
      error: { key: "session.error.signedOut" },
    });
  });
});
