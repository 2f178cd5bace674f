import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../shared/contract/errors";
import type { LajnaEvent } from "../../shared/contract/events";
import { decodeWire, encodeWire } from "../../shared/contract/wire";
import { createHttpClient } from "../../renderer/client/httpClient";

const KEY = "test-secret-0123456789";

const user = {
  id: "u1",
  username: "amina",
  displayName: "Amina",
  role: "member",
  serviceId: "agence",
  commissionIds: ["c1"],
};

const syncStatus = {
  online: true,
  running: false,
  pendingChanges: 2,
  pendingDownloads: 0,
  lastSyncAt: null,
  lastErrorKey: null,
};

/** How many times /events was opened, to see the client reconnect. */
let eventConnections = 0;
const seenBodies: unknown[] = [];

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (text += chunk));
    request.on("end", () => resolve(text));
  });
}

/** A tiny stand-in for the Node host, speaking the real wire format. */
function answerRpc(kind: string, body: unknown): string {
  switch (kind) {
    case "session.status":
      return encodeWire({ ok: true, result: { user, serverUrl: "x" } });
    case "session.signIn":
      return encodeWire({
        ok: false,
        error: { key: "auth.error.badCredentials", params: { tries: 2 } },
      });
    case "documents.read":
      return encodeWire({
        ok: true,
        result: { bytes: new Uint8Array([37, 80, 68, 70, 0, 255]) },
      });
    case "dossiers.list":
      // A dossier line missing every required field: must be refused.
      return encodeWire({ ok: true, result: [{ id: "d1" }] });
    case "sync.status":
      return "{ not json";
    default:
      seenBodies.push(body);
      return encodeWire({ ok: true, result: {} });
  }
}

function streamEvents(response: ServerResponse): void {
  eventConnections += 1;
  response.writeHead(200, { "Content-Type": "application/x-ndjson" });
  const status = JSON.stringify({ type: "sync.status", status: syncStatus });
  const changed = JSON.stringify({
    type: "dossiers.changed",
    dossierIds: [`d${eventConnections}`],
  });

  // A line cut across two chunks, a keep-alive, an invalid line, then the
  // connection drops so the client has to reconnect.
  response.write(status.slice(0, 10));
  setTimeout(() => {
    response.write(`${status.slice(10)}\n\n{"type":"bogus"}\n`);
    response.end(`${changed}\n`);
  }, 30);
}

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.headers["x-lajna-key"] !== KEY) {
      response.writeHead(403).end();
      return;
    }
    if (request.method === "GET" && request.url === "/events") {
      streamEvents(response);
      return;
    }
    const kind = /^\/rpc\/(.+)$/.exec(request.url ?? "")?.[1] ?? "";
    void readBody(request).then((text) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(answerRpc(kind, decodeWire(text)));
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve()),
  );
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function rejection(promise: Promise<unknown>): Promise<UserError> {
  const error: unknown = await promise.then(
    () => new Error("expected a rejection"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("HTTP client", () => {
  it("returns a validated result for a good answer", async () => {
    const client = createHttpClient({ baseUrl, key: KEY });
    const status = await client.request("session.status", {});
    expect(status.user?.displayName).toBe("Amina");
  });

  it("restores bytes from the wire encoding", async () => {
    const client = createHttpClient({ baseUrl: `${baseUrl}/`, key: KEY });
    const { bytes } = await client.request("documents.read", {
      documentId: "doc1",
    });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([37, 80, 68, 70, 0, 255]);
  });

  it("sends the payload wire-encoded", async () => {
    const client = createHttpClient({ baseUrl, key: KEY });
    await client.request("markups.delete", { markupId: "m-42" });
    expect(seenBodies).toContainEqual({ markupId: "m-42" });
  });

  it("rejects an error answer with its key and params", async () => {
    const client = createHttpClient({ baseUrl, key: KEY });
    const error = await rejection(
      client.request("session.signIn", { username: "a", password: "b" }),
    );
    expect(error.key).toBe("auth.error.badCredentials");
    expect(error.params).toEqual({ tries: 2 });
  });

  it("refuses a result that does not match the contract", async () => {
    const client = createHttpClient({ baseUrl, key: KEY });
    const error = await rejection(client.request("dossiers.list", {}));
    expect(error.key).toBe("error.badRequest");
  });

  it("refuses an answer that is not JSON", async () => {
    const client = createHttpClient({ baseUrl, key: KEY });
    const error = await rejection(client.request("sync.status", {}));
    expect(error.key).toBe("error.badRequest");
  });

  it("refuses a wrong key and an unreachable host", async () => {
    const wrongKey = createHttpClient({ baseUrl, key: "nope" });
    expect((await rejection(wrongKey.request("session.status", {}))).key).toBe(
      "error.badRequest",
    );

    const closed = createHttpClient({
      baseUrl: "http://127.0.0.1:9",
      key: KEY,
    });
    expect((await rejection(closed.request("session.status", {}))).key).toBe(
      "error.network",
    );
  });

  it("parses the event stream and reconnects after a drop", async () => {
    const client = createHttpClient({
      baseUrl,
      key: KEY,
      reconnectDelayMs: 50,
    });
    const events: LajnaEvent[] = [];
    const unsubscribe = client.subscribe((event) => events.push(event));

    await expect
      .poll(() => events.length, { timeout: 5000, interval: 20 })
      .toBeGreaterThanOrEqual(4);
    unsubscribe();

    expect(events[0]).toEqual({ type: "sync.status", status: syncStatus });
    expect(events[1]).toEqual({ type: "dossiers.changed", dossierIds: ["d1"] });
    // The second connection's events prove the reconnect.
    expect(events[3]).toMatchObject({ dossierIds: ["d2"] });
    expect(events.some((e) => (e.type as string) === "bogus")).toBe(false);
  });
});
