import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { repoRoot } from "../workstation/support/processes";

/*
 * `npm run demo` prints the address to open and the demo accounts, and
 * keeps its terminal for them: the server's request lines, one every few
 * seconds while a workstation syncs, go to a log file. In the terminal
 * they scrolled the address away within a minute (tester).
 */

let root = "";
let demo: ChildProcess;
let terminal = "";
let serverUrl = "";

/** A port nothing listens on now, on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once the demo's terminal holds `text` (two minutes at most). */
function printed(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the demo never printed "${text}"`)),
      120_000,
    );
    const check = () => {
      if (!terminal.includes(text)) return;
      clearTimeout(timer);
      resolve();
    };
    demo.stdout?.on("data", check);
    demo.stderr?.on("data", check);
    check();
  });
}

describe("the demo's terminal", () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lajna-demo-terminal-"));
    const [serverPort, hostPort] = [await freePort(), await freePort()];
    serverUrl = `http://127.0.0.1:${serverPort}`;
    demo = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts"], {
      cwd: repoRoot,
      env: {
        ...process.env,
        LAJNA_DEMO_DATA: root,
        LAJNA_SERVER_PORT: String(serverPort),
        LAJNA_HOST_PORT: String(hostPort),
      },
    });
    const keep = (chunk: Buffer) => (terminal += chunk.toString());
    demo.stdout?.on("data", keep);
    demo.stderr?.on("data", keep);
    await printed("Press Ctrl-C");
  }, 150_000);

  afterAll(async () => {
    if (demo.exitCode === null) {
      const ended = new Promise((resolve) => demo.once("exit", resolve));
      demo.kill("SIGINT");
      await ended;
    }
    rmSync(root, { recursive: true, force: true });
  });

  it("keeps the address and accounts, and sends requests to the log", async () => {
    for (let i = 0; i < 3; i++) await fetch(`${serverUrl}/track`);
    // The server writes its lines asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(terminal).toMatch(/open http:\/\/127\.0\.0\.1:\d+\/#k=[0-9a-f]+/);
    expect(terminal).toContain("k.benali / demo-k.benali");
    expect(terminal).not.toContain('"level"');
    const log = readFileSync(path.join(root, "demo-server.log"), "utf8");
    expect(log.match(/"url":"\/track"/g)?.length).toBe(3);
  });
});
