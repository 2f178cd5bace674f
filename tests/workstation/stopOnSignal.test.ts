import { mkdtempSync, rmSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, it } from "vitest";
import {
  startHostProcess,
  startServer,
  type TsxProcess,
} from "./support/processes";

/*
 * The server and the workstation host stop on SIGTERM even while a client
 * holds a request open. CI once waited four minutes for one of them at
 * the end of the end-to-end flow; `kill` throws when a process outlives
 * its grace, so these fail instead of hanging.
 */

let dir = "";
const running: TsxProcess[] = [];
const sockets: Socket[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "lajna-stop-"));
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const proc of running.splice(0)) await proc.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a connection and sends only the first header lines of a GET. */
async function halfSentRequest(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  sockets.push(socket);
  socket.on("error", () => undefined);
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write(`GET / HTTP/1.1\r\nhost: ${hostname}:${port}\r\n`);
  await new Promise((resolve) => setTimeout(resolve, 200));
}

it("the server exits on SIGTERM while a request is half sent", async () => {
  const server = await startServer(path.join(dir, "server"));
  running.push(server.process);
  await halfSentRequest(server.url);

  await server.process.kill("SIGTERM", 10_000);
}, 60_000);

it("the host exits on SIGTERM while a request is half sent", async () => {
  const server = await startServer(path.join(dir, "server"));
  running.push(server.process);
  const host = await startHostProcess(path.join(dir, "host"), server.url);
  running.push(host.process);
  await halfSentRequest(host.pageUrl);

  await host.process.kill("SIGTERM", 10_000);
}, 60_000);
