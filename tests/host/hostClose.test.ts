import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import {
  startBrowserHost,
  type BrowserHost,
} from "../../electron/host/browserHost";
import { createPrintingPort } from "../../electron/services/printingPort";

/*
 * A host told to stop must stop, whatever the page does meanwhile: CI
 * once waited four minutes on a host whose page had reopened its event
 * stream on a kept-alive socket while the host was closing.
 */

let dir = "";

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function startHost(): Promise<{ host: BrowserHost; key: string }> {
  dir = mkdtempSync(path.join(tmpdir(), "lajna-host-close-"));
  const rendererDir = path.join(dir, "renderer");
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html>ok");
  const host = await startBrowserHost({
    dataDir: path.join(dir, "data"),
    serverUrl: "http://127.0.0.1:9",
    port: 0,
    rendererDir,
    printing: createPrintingPort,
  });
  return { host, key: new URL(host.url).hash.replace("#k=", "") };
}

/** Closes the host and checks it took less than the grace and a margin. */
async function expectClosedSoon(host: BrowserHost): Promise<void> {
  const started = Date.now();
  await host.close();
  expect(Date.now() - started).toBeLessThan(5_000);
}

/**
 * Opens the event stream as the page does and, each time the host ends
 * it, opens it again at once on the same kept-alive socket.
 */
function followForever(host: BrowserHost, key: string, agent: Agent): void {
  const open = (): void => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: host.port,
        path: "/events",
        agent,
        headers: { host: `127.0.0.1:${host.port}`, "x-lajna-key": key },
      },
      (res) => {
        res.resume();
        res.on("end", open);
      },
    );
    req.on("error", () => undefined);
    req.end();
  };
  open();
}

it("closes while a page keeps reopening its event stream", async () => {
  const { host, key } = await startHost();
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  followForever(host, key, agent);
  await new Promise((resolve) => setTimeout(resolve, 200));

  await expectClosedSoon(host);
  agent.destroy();
}, 20_000);

it("closes while a kept-alive socket sits idle", async () => {
  const { host } = await startHost();
  const agent = new Agent({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: host.port,
        path: "/",
        agent,
        headers: { host: `127.0.0.1:${host.port}` },
      },
      (res) => res.resume().on("end", resolve),
    );
    req.on("error", reject);
    req.end();
  });

  await expectClosedSoon(host);
  agent.destroy();
}, 20_000);

it("closes while a request is only half sent", async () => {
  const { host } = await startHost();
  const socket = connect(host.port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${host.port}\r\n`);
  socket.on("error", () => undefined);
  await new Promise((resolve) => setTimeout(resolve, 100));

  await expectClosedSoon(host);
  socket.destroy();
}, 20_000);
