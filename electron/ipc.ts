import type { Answer } from "../shared/contract/dispatch";
import type { LajnaEvent } from "../shared/contract/events";

/** The one channel requests travel on (renderer -> main, invoke). */
export const REQUEST_CHANNEL = "lajna:request";

/** The one channel events travel on (main -> renderer, send). */
export const EVENT_CHANNEL = "lajna:event";

/** What the main process learns about the frame that sent a request. */
export interface IpcSenderLike {
  readonly senderFrame: { readonly url: string } | null;
}

/**
 * The part of Electron's `ipcMain` this module uses, so that the
 * registration can be tested without the Electron binary.
 */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcSenderLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

/** The services as the IPC layer sees them. */
export interface RequestTarget {
  request(kind: string, payload: unknown): Promise<Answer>;
  subscribe(listener: (event: LajnaEvent) => void): () => void;
}

/**
 * Registers the request channel: every request goes through the
 * workstation's dispatch (validation, handler, error mapping). Requests
 * from a frame that is not the app's own page (a navigated or embedded
 * frame) are refused. Returns the function that unregisters.
 */
export function registerRequestChannel(
  ipcMain: IpcMainLike,
  target: RequestTarget,
  isTrustedPage: (url: string) => boolean,
): () => void {
  ipcMain.handle(REQUEST_CHANNEL, async (event, kind, payload) => {
    const url = event.senderFrame?.url ?? "";
    if (!isTrustedPage(url)) {
      return refusal("error.badRequest");
    }
    if (typeof kind !== "string") return refusal("error.badRequest");
    return target.request(kind, payload);
  });
  return () => ipcMain.removeHandler(REQUEST_CHANNEL);
}

/** Sends every workstation event to a window; returns the unsubscribe. */
export function forwardEvents(
  target: RequestTarget,
  send: (channel: string, event: LajnaEvent) => void,
): () => void {
  return target.subscribe((event) => send(EVENT_CHANNEL, event));
}

function refusal(key: string): Answer {
  return { ok: false, error: { key, params: {} } };
}
