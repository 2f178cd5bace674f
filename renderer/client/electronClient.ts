import { UserError } from "../../shared/contract/errors";
import { eventSchema, type LajnaEvent } from "../../shared/contract/events";
import type { RequestKind } from "../../shared/contract/requests";
import { unwrapAnswer } from "./answer";
import type { LajnaClient } from "./LajnaClient";

/**
 * The narrow object Electron's preload exposes on `window.lajna`. Requests
 * answer with the same `{ ok, result | error }` envelope as the HTTP host.
 */
export interface LajnaBridge {
  request(kind: RequestKind, payload: unknown): Promise<unknown>;
  subscribe(listener: (event: unknown) => void): () => void;
}

/**
 * The transport for the desktop app. Answers and events are validated here
 * too: the preload is trusted code, but the schemas are the boundary.
 */
export function createElectronClient(bridge: LajnaBridge): LajnaClient {
  return {
    async request(kind, payload) {
      let answer: unknown;
      try {
        answer = await bridge.request(kind, payload);
      } catch (cause) {
        // The main process answers failures as envelopes; a rejection
        // means the IPC itself broke.
        throw new UserError("error.internal", {}, { cause });
      }
      return unwrapAnswer(kind, answer);
    },

    subscribe(listener: (event: LajnaEvent) => void) {
      return bridge.subscribe((raw) => {
        const event = eventSchema.safeParse(raw);
        if (event.success) listener(event.data);
      });
    },
  };
}
