import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";

/*
 * The only bridge between the page and the main process. The page gets
 * one object, `window.lajna`, with two functions; it never sees
 * ipcRenderer. Channel names are repeated here rather than imported so
 * that the sandboxed preload bundle stays tiny (see electron/ipc.ts).
 */
const REQUEST_CHANNEL = "lajna:request";
const EVENT_CHANNEL = "lajna:event";

contextBridge.exposeInMainWorld("lajna", {
  /** Sends one request; answers the `{ ok, result | error }` envelope. */
  request: (kind: string, payload: unknown): Promise<unknown> =>
    ipcRenderer.invoke(REQUEST_CHANNEL, kind, payload),

  /** Subscribes to pushed events; returns the unsubscribe function. */
  subscribe: (listener: (event: unknown) => void): (() => void) => {
    const relay = (_event: IpcRendererEvent, payload: unknown): void =>
      listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
});
