import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startBrowserHost } from "../electron/host/browserHost";
import { createPrintingPort } from "../electron/services/printingPort";
import { rendererBuildStale } from "./rendererBuild";

/**
 * `npm run demo`: the whole application on one machine, in browser mode.
 *
 * 1. seeds a demo server in .data/demo-server (first run only);
 * 2. starts the server on 127.0.0.1:8470;
 * 3. builds the renderer if dist/renderer is missing or older than its
 *    sources;
 * 4. starts the workstation host on 127.0.0.1:8471 (.data/workstation-1);
 * 5. prints the URL to open and the demo accounts. Ctrl-C stops all.
 *
 * The server's log goes to .data/demo-server.log, the workstation's to
 * its data folder: in the terminal they buried the URL and the accounts
 * under a request line every few seconds. LAJNA_DEMO_DATA moves .data.
 */
const repoRoot = path.resolve(fileURLToPath(import.meta.url), "../..");
const dataRoot = path.resolve(
  repoRoot,
  process.env["LAJNA_DEMO_DATA"] ?? ".data",
);
const serverDir = path.join(dataRoot, "demo-server");
const serverLog = path.join(dataRoot, "demo-server.log");
const accountsFile = path.join(dataRoot, "demo-accounts.txt");
/** Ports of the demo; LAJNA_SERVER_PORT and LAJNA_HOST_PORT move them. */
const SERVER_PORT = Number(process.env["LAJNA_SERVER_PORT"] ?? 8470);
const HOST_PORT = Number(process.env["LAJNA_HOST_PORT"] ?? 8471);

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Runs a command to completion; stops the demo if it fails. */
function run(args: readonly string[], what: string): string {
  const result = spawnSync(args[0]!, args.slice(1), {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.status !== 0) {
    say(`${what} failed (exit ${result.status ?? "signal"}).`);
    process.exit(1);
  }
  return result.stdout;
}

function seedIfMissing(): void {
  if (existsSync(serverDir)) return;
  say("Seeding the demo server (first run)...");
  const output = run(
    [
      process.execPath,
      "--import",
      "tsx",
      "server/cli.ts",
      "demo",
      "--data",
      serverDir,
    ],
    "Seeding the demo server",
  );
  // The seed prints the accounts once; keep them for later runs.
  writeFileSync(accountsFile, output);
}

/** Starts the server and resolves once it listens. */
function startServer(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "server/cli.ts",
      "serve",
      "--data",
      serverDir,
      "--port",
      String(SERVER_PORT),
    ],
    { cwd: repoRoot, stdio: ["ignore", "pipe", openSync(serverLog, "a")] },
  );
  return new Promise((resolve, reject) => {
    let output: string | null = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      // Kept only until the server says it listens, then read and dropped.
      if (output === null) return;
      output += chunk.toString();
      if (/listening on http:\/\/127\.0\.0\.1:\d+/.test(output)) {
        output = null;
        resolve(child);
      }
    });
    child.once("exit", (code) =>
      reject(
        new Error(
          `the server stopped (exit ${code ?? "signal"}); see ${serverLog}`,
        ),
      ),
    );
  });
}

async function main(): Promise<void> {
  mkdirSync(dataRoot, { recursive: true });
  seedIfMissing();
  const server = await startServer();
  say(`Server: http://127.0.0.1:${SERVER_PORT}`);

  if (rendererBuildStale(repoRoot)) {
    say("Building the renderer (first run, or its sources changed)...");
    run(["npx", "vite", "build"], "Building the renderer");
  }

  const workstationDir = path.join(dataRoot, "workstation-1");
  const host = await startBrowserHost({
    dataDir: workstationDir,
    serverUrl: `http://127.0.0.1:${SERVER_PORT}`,
    port: HOST_PORT,
    rendererDir: path.join(repoRoot, "dist/renderer"),
    printing: createPrintingPort,
  });

  say("");
  say(`open ${host.url}`);
  say("");
  say("Open that URL in Chromium (it holds this launch's key).");
  if (existsSync(accountsFile))
    say(readFileSync(accountsFile, "utf8").trimEnd());
  say(`Logs: ${serverLog} and ${path.join(workstationDir, "lajna.log")}.`);
  say(`To start afresh, stop the demo and delete ${dataRoot}.`);
  say("Press Ctrl-C to stop the server and the workstation.");

  const stop = (): void => {
    void host.close().finally(() => {
      // Ctrl-C in a terminal reaches the server too; it may be gone already.
      if (server.exitCode !== null || server.signalCode !== null) {
        process.exit(0);
      }
      server.once("exit", () => process.exit(0));
      server.kill("SIGTERM");
    });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${String(error)}\n`);
  process.exit(1);
});
