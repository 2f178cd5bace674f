import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeWire, encodeWire } from "../../../shared/contract/wire";
import type { Answer } from "../../../shared/contract/dispatch";

/** The repository root, for spawning its entry points. */
export const repoRoot = path.resolve(
  fileURLToPath(import.meta.url),
  "../../../..",
);

/** The corpus beside the repository (read-only, never copied in). */
export const corpusDir = path.resolve(repoRoot, "../shared/corpus");

/**
 * A real child process started with `node --import tsx`, one process per
 * entry point, so that SIGKILL really kills the program under test (the
 * tsx CLI would leave its own child running).
 */
export class TsxProcess {
  private output = "";

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on("data", (chunk: Buffer) => (this.output += chunk));
    child.stderr?.on("data", (chunk: Buffer) => (this.output += chunk));
  }

  static start(script: string, args: readonly string[]): TsxProcess {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, script), ...args],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    return new TsxProcess(child);
  }

  /** Waits for a line matching `pattern` and answers its first group. */
  async waitForLine(pattern: RegExp, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = pattern.exec(this.output);
      if (match) return match[1] ?? match[0];
      if (this.child.exitCode !== null) break;
      await sleep(50);
    }
    throw new Error(`no line ${pattern} in output:\n${this.output}`);
  }

  /**
   * Ends the process and waits for it to exit. A program that outlives
   * SIGTERM by `graceMs` is killed outright and the call throws with its
   * output: not stopping when told to is a defect, and a test must say
   * so instead of hanging until its own timeout.
   */
  async kill(
    signal: NodeJS.Signals = "SIGTERM",
    graceMs = 20_000,
  ): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<boolean>((resolve) =>
      this.child.once("exit", () => resolve(true)),
    );
    this.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), graceMs);
    });
    const inTime = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (inTime) return;

    this.child.kill("SIGKILL");
    await exited;
    throw new Error(
      `${this.child.spawnargs.slice(2, 4).join(" ")} did not exit within ` +
        `${graceMs} ms of ${signal}; its output ends:\n` +
        this.output.slice(-4000),
    );
  }

  /**
   * Waits for a command to finish; throws with its output when it exits
   * with another status than `expected`.
   */
  async finished(expected = 0): Promise<string> {
    const code = await new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once("exit", resolve);
    });
    if (code !== expected) {
      throw new Error(`exit ${code}, not ${expected}:\n${this.output}`);
    }
    return this.output;
  }
}

/**
 * Runs one server CLI command to completion; it must exit with
 * `expected` (3: done, with a refused document kept).
 */
export async function serverCli(
  args: readonly string[],
  expected = 0,
): Promise<string> {
  return TsxProcess.start("server/cli.ts", args).finished(expected);
}

/** A running central server. */
export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly process: TsxProcess;
}

/** Starts `server/cli.ts serve` and waits until it listens. */
export async function startServer(
  dataDir: string,
  port = 0,
): Promise<ServerProcess> {
  const proc = TsxProcess.start("server/cli.ts", [
    "serve",
    "--data",
    dataDir,
    "--port",
    String(port),
  ]);
  const url = await proc.waitForLine(
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
  );
  return { url, port: Number(new URL(url).port), process: proc };
}

/** A running browser-mode host: its process and the page address with its key. */
export interface HostProcess {
  readonly process: TsxProcess;
  readonly pageUrl: string;
}

/** Starts `electron/host/cli.ts` on a free port and waits for its page URL. */
export async function startHostProcess(
  dataDir: string,
  serverUrl: string,
  syncIntervalMs = 500,
): Promise<HostProcess> {
  const proc = TsxProcess.start("electron/host/cli.ts", [
    "--data",
    dataDir,
    "--server",
    serverUrl,
    "--port",
    "0",
    "--sync-interval-ms",
    String(syncIntervalMs),
  ]);
  const pageUrl = await proc.waitForLine(
    /open (http:\/\/127\.0\.0\.1:\d+\/#k=[0-9a-f]{64})/,
  );
  return { process: proc, pageUrl };
}

/** A running browser-mode host and a way to call it. */
export class HostClient {
  private constructor(
    readonly process: TsxProcess,
    readonly origin: string,
    private readonly key: string,
  ) {}

  static async start(dataDir: string, serverUrl: string): Promise<HostClient> {
    const host = await startHostProcess(dataDir, serverUrl);
    const parsed = new URL(host.pageUrl);
    return new HostClient(host.process, parsed.origin, parsed.hash.slice(3));
  }

  /** Sends one request and answers the raw envelope. */
  async answer(kind: string, payload: unknown): Promise<Answer> {
    const response = await fetch(`${this.origin}/rpc/${kind}`, {
      method: "POST",
      headers: { "x-lajna-key": this.key, "content-type": "application/json" },
      body: encodeWire(payload),
    });
    return decodeWire(await response.text()) as Answer;
  }

  /**
   * Follows GET /events, collecting the events as they arrive, until
   * `stop` is called.
   */
  followEvents(): { readonly events: unknown[]; stop(): void } {
    const events: unknown[] = [];
    const abort = new AbortController();
    void (async () => {
      const response = await fetch(`${this.origin}/events`, {
        headers: { "x-lajna-key": this.key },
        signal: abort.signal,
      });
      const decoder = new TextDecoder();
      let pending = "";
      for await (const chunk of response.body!) {
        pending += decoder.decode(chunk as Uint8Array, { stream: true });
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) if (line) events.push(JSON.parse(line));
      }
    })().catch(() => undefined);
    return { events, stop: () => abort.abort() };
  }

  /** Sends one request; throws on an error answer. */
  async call<T>(kind: string, payload: unknown): Promise<T> {
    const answer = await this.answer(kind, payload);
    if (!answer.ok) throw new Error(`${kind}: ${answer.error.key}`);
    return answer.result as T;
  }
}

/** Polls `probe` until it answers a value other than undefined. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 45_000,
  what = "condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
