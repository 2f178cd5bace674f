import { UserError } from "../../shared/contract/errors";
import type { LajnaEvent } from "../../shared/contract/events";
import type {
  RequestKind,
  RequestPayload,
  RequestResult,
} from "../../shared/contract/requests";
import { decodeWire, encodeWire } from "../../shared/contract/wire";
import { unwrapAnswer } from "./answer";
import { EventLineParser } from "./eventStream";
import type { LajnaClient } from "./LajnaClient";

/** Where the browser-mode host listens and the secret it expects. */
export interface HttpClientOptions {
  /** e.g. "http://127.0.0.1:5174"; no trailing slash needed. */
  baseUrl: string;
  /** The per-launch secret sent as X-Lajna-Key. */
  key: string;
  /** Wait before reconnecting the event stream after a drop. */
  reconnectDelayMs?: number;
}

const KEY_HEADER = "X-Lajna-Key";

/**
 * The transport for browser mode: each request is POST /rpc/<kind> with a
 * wire-encoded body; events come as newline-delimited JSON from GET
 * /events, reconnecting after a drop until every listener unsubscribes.
 */
export function createHttpClient(options: HttpClientOptions): LajnaClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const listeners = new Set<(event: LajnaEvent) => void>();
  let stream: AbortController | null = null;

  const emit = (event: LajnaEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  return {
    request: (kind, payload) => postRequest(base, options.key, kind, payload),

    subscribe(listener) {
      listeners.add(listener);
      if (stream === null) {
        stream = new AbortController();
        void followEvents(base, options, stream.signal, emit);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream !== null) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}

async function postRequest<K extends RequestKind>(
  base: string,
  key: string,
  kind: K,
  payload: RequestPayload<K>,
): Promise<RequestResult<K>> {
  let text: string;
  try {
    const response = await fetch(`${base}/rpc/${kind}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", [KEY_HEADER]: key },
      body: encodeWire(payload),
    });
    text = await response.text();
  } catch (cause) {
    throw new UserError("error.network", {}, { cause });
  }

  let decoded: unknown;
  try {
    decoded = decodeWire(text);
  } catch (cause) {
    throw new UserError("error.badRequest", {}, { cause });
  }
  return unwrapAnswer(kind, decoded);
}

/** Reads the event stream, reconnecting after a drop until aborted. */
async function followEvents(
  base: string,
  options: HttpClientOptions,
  signal: AbortSignal,
  emit: (event: LajnaEvent) => void,
): Promise<void> {
  const delayMs = options.reconnectDelayMs ?? 2000;
  while (!signal.aborted) {
    try {
      await readEventsOnce(base, options.key, signal, emit);
    } catch {
      // A drop is expected when the host restarts or the laptop sleeps;
      // the loop reconnects after a pause.
    }
    if (!signal.aborted) await sleep(delayMs, signal);
  }
}

async function readEventsOnce(
  base: string,
  key: string,
  signal: AbortSignal,
  emit: (event: LajnaEvent) => void,
): Promise<void> {
  const response = await fetch(`${base}/events`, {
    headers: { [KEY_HEADER]: key },
    signal,
  });
  if (!response.ok || response.body === null) return;

  const parser = new EventLineParser(emit);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.push(decoder.decode(value, { stream: true }));
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
