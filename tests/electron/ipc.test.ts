import { describe, expect, it } from "vitest";
import {
  EVENT_CHANNEL,
  REQUEST_CHANNEL,
  forwardEvents,
  registerRequestChannel,
  type IpcMainLike,
  type IpcSenderLike,
  type RequestTarget,
} from "../../electron/ipc";
import type { Answer } from "../../shared/contract/dispatch";
import type { LajnaEvent } from "../../shared/contract/events";

type Listener = (event: IpcSenderLike, ...args: unknown[]) => Promise<unknown>;

/**
 * A fake of Electron's ipcMain (the Electron binary cannot run here): it
 * records handlers and lets the test invoke them as a renderer would.
 */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error("already registered");
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  invoke(url: string, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(REQUEST_CHANNEL);
    if (!listener) throw new Error("no handler");
    return listener({ senderFrame: { url } }, ...args);
  }
}

/** A small real target: answers echo the kind, events go to listeners. */
class EchoTarget implements RequestTarget {
  readonly listeners = new Set<(event: LajnaEvent) => void>();

  async request(kind: string, payload: unknown): Promise<Answer> {
    return { ok: true, result: { kind, payload } };
  }

  subscribe(listener: (event: LajnaEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const page = "file:///opt/lajna/dist/renderer/index.html";
const trusted = (url: string) =>
  url.startsWith("file:///opt/lajna/dist/renderer/");

describe("IPC registration", () => {
  it("registers one handler that dispatches kind and payload", async () => {
    const ipc = new FakeIpcMain();
    registerRequestChannel(ipc, new EchoTarget(), trusted);

    expect([...ipc.handlers.keys()]).toEqual([REQUEST_CHANNEL]);
    await expect(
      ipc.invoke(page, "dossiers.get", { dossierId: "d1" }),
    ).resolves.toEqual({
      ok: true,
      result: { kind: "dossiers.get", payload: { dossierId: "d1" } },
    });
  });

  it("refuses frames that are not the app's page, and bad kinds", async () => {
    const ipc = new FakeIpcMain();
    registerRequestChannel(ipc, new EchoTarget(), trusted);

    await expect(
      ipc.invoke("https://evil.example/", "session.status", {}),
    ).resolves.toMatchObject({ ok: false, error: { key: "error.badRequest" } });
    await expect(ipc.invoke(page, 42, {})).resolves.toMatchObject({
      ok: false,
      error: { key: "error.badRequest" },
    });
  });

  it("unregisters, so a reload can register again", () => {
    const ipc = new FakeIpcMain();
    const unregister = registerRequestChannel(ipc, new EchoTarget(), trusted);
    unregister();
    expect(ipc.handlers.size).toBe(0);
    registerRequestChannel(ipc, new EchoTarget(), trusted);
    expect(ipc.handlers.size).toBe(1);
  });

  it("forwards events on the event channel until unsubscribed", () => {
    const target = new EchoTarget();
    const sent: [string, LajnaEvent][] = [];
    const stop = forwardEvents(target, (channel, event) =>
      sent.push([channel, event]),
    );
    const event: LajnaEvent = { type: "dossiers.changed", dossierIds: ["d1"] };
    target.listeners.forEach((l) => l(event));
    stop();
    target.listeners.forEach((l) => l(event));

    expect(sent).toEqual([[EVENT_CHANNEL, event]]);
  });
});
