import { randomBytes } from "node:crypto";
import {
  createServer,
  type Server,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { exchangeLimits } from "../../shared/annotations/exchangeTypes";
import { decodeWire, encodeWire } from "../../shared/contract/wire";
import type { Answer } from "../../shared/contract/dispatch";
import type { LajnaEvent } from "../../shared/contract/events";
import { stopWithin } from "../../shared/net/stopWithin";
import { subsystemLogger } from "../services/log";
import { openWorkstation, type Workstation } from "../services/workstation";
import type { PrintingPort } from "../services/handlers";
import type { SyncTiming } from "../services/sync/syncService";
import { BrowserModeFileSecretStore } from "../services/secrets/browserModeFileSecretStore";
import { HostGuard } from "./hostGuard";
import { serveStatic } from "./staticFiles";

/** How to start the browser-mode host. */
export interface BrowserHostOptions {
  readonly dataDir: string;
  readonly serverUrl: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  readonly printing: (log: Logger) => PrintingPort;
  readonly syncTiming?: Partial<SyncTiming>;
}

/** A running host. */
export interface BrowserHost {
  readonly port: number;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** The URL to open: the origin with the launch key in the fragment. */
  readonly url: string;
  readonly workstation: Workstation;
  close(): Promise<void>;
}

/**
 * Largest request body accepted: a PKCS#12 file, a markup or an XFDF
 * file up to what markups.importXfdf takes (its reader then refuses one
 * over its limit with its own message), not a plan.
 */
const MAX_BODY_BYTES = 2 * exchangeLimits.maxXfdfChars;

/**
 * Runs the workstation services behind HTTP on 127.0.0.1, for a plain
 * browser instead of Electron. `POST /rpc/<kind>` answers requests,
 * `GET /events` streams events as newline-delimited JSON, everything
 * else is the built renderer. See HostGuard for who may call.
 */
export async function startBrowserHost(
  options: BrowserHostOptions,
): Promise<BrowserHost> {
  const workstation = await openWorkstation({
    dataDir: options.dataDir,
    serverUrl: options.serverUrl,
    secrets: new BrowserModeFileSecretStore(options.dataDir),
    printing: options.printing,
    ...(options.syncTiming ? { syncTiming: options.syncTiming } : {}),
  });
  const log = subsystemLogger(workstation.log, "host");
  const key = randomBytes(32).toString("hex");
  const streams = new Set<ServerResponse>();

  let guard: HostGuard | null = null;
  const server = createServer((request, response) => {
    if (!guard) return deny(response, 503);
    handle(request, response, guard).catch((error: unknown) => {
      log.error({ err: String(error) }, "host request failed");
      if (!response.headersSent) deny(response, 500);
      else response.end();
    });
  });

  const handle = async (
    request: IncomingMessage,
    response: ServerResponse,
    checks: HostGuard,
  ): Promise<void> => {
    if (!checks.sameSite(request)) return deny(response, 403);
    const url = new URL(request.url ?? "/", "http://127.0.0.1");

    if (url.pathname.startsWith("/rpc/") || url.pathname === "/events") {
      if (!checks.hasKey(request)) return deny(response, 403);
      if (url.pathname === "/events" && request.method === "GET") {
        return openEventStream(workstation, response, streams);
      }
      if (request.method !== "POST") return deny(response, 405);
      return answerRequest(
        workstation,
        url.pathname.slice(5),
        request,
        response,
      );
    }

    if (request.method !== "GET" && request.method !== "HEAD") {
      return deny(response, 405);
    }
    const served = await serveStatic(
      options.rendererDir,
      url.pathname,
      response,
    );
    if (served) return;
    if (url.pathname === "/") {
      // The page itself is missing: say how to build it instead of a
      // bare 404 (this is for the developer, hence not translated).
      response.writeHead(503, { "content-type": "text/plain" });
      response.end("The renderer is not built: run `npx vite build`.\n");
      return;
    }
    deny(response, 404);
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  guard = new HostGuard(port, key);
  const origin = `http://127.0.0.1:${port}`;
  log.info({ port }, "browser host listening");

  return {
    port,
    origin,
    url: `${origin}/#k=${key}`,
    workstation,
    close: async () => {
      for (const stream of streams) stream.end();
      await closeConnections(server, log);
      await workstation.close();
    },
  };
}

/** Stops listening, lets requests in flight end, then cuts the rest. */
async function closeConnections(server: Server, log: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  await stopWithin(closed, () => {
    log.warn("requests still open after the grace period; cut");
    server.closeAllConnections();
  });
}

async function answerRequest(
  workstation: Workstation,
  kind: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const text = await readBody(request);
  let answer: Answer;
  if (text === null) {
    answer = badRequest(kind);
  } else {
    let payload: unknown;
    try {
      payload = decodeWire(text);
      answer = await workstation.request(decodeURIComponent(kind), payload);
    } catch {
      answer = badRequest(kind);
    }
  }
  const body = encodeWire(answer);
  response.writeHead(200, {
    "content-type": "application/json",
    "cache-control": "no-store",
  });
  response.end(body);
}

function openEventStream(
  workstation: Workstation,
  response: ServerResponse,
  streams: Set<ServerResponse>,
): void {
  response.writeHead(200, {
    "content-type": "application/x-ndjson",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  const send = (event: LajnaEvent): void => {
    response.write(`${JSON.stringify(event)}\n`);
  };
  const unsubscribe = workstation.subscribe(send);
  streams.add(response);
  response.on("close", () => {
    unsubscribe();
    streams.delete(response);
  });

  // The page learns the current state at once, not at the next change.
  void workstation.handlers["sync.status"]({}).then((status) => {
    send({ type: "sync.status", status });
  });
}

/** The body as text, or null when it is too large. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function badRequest(kind: string): Answer {
  return {
    ok: false,
    error: { key: "error.badRequest", params: { kind: kind.slice(0, 80) } },
  };
}

function deny(response: ServerResponse, status: number): void {
  response.writeHead(status, { "content-type": "text/plain" });
  response.end(String(status));
}
