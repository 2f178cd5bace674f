import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { startBrowserHost } from "./browserHost";
import { createPrintingPort } from "../services/printingPort";

/**
 * Starts the browser-mode host:
 *
 *   npx tsx electron/host/cli.ts --data <dir> --server <url> --port <n>
 *
 * and prints "open http://127.0.0.1:PORT/#k=<key>" on stdout, the one line
 * other tools wait for. Logs go to <dir>/lajna.log.
 */
const USAGE =
  "usage: npx tsx electron/host/cli.ts --data <dir> --server <url> " +
  "[--port <n>] [--renderer <dir>] [--sync-interval-ms <n>]";

function readOptions() {
  try {
    return parseArgs({
      options: {
        data: { type: "string" },
        server: { type: "string" },
        port: { type: "string", default: "0" },
        renderer: { type: "string" },
        "sync-interval-ms": { type: "string" },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const values = readOptions();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!values.data || !values.server) fail(USAGE);

  const repoRoot = path.resolve(fileURLToPath(import.meta.url), "../../..");
  const intervalMs = Number(values["sync-interval-ms"] ?? "3000");
  const port = Number(values.port);
  if (!Number.isInteger(intervalMs) || intervalMs < 100) {
    fail("--sync-interval-ms must be a whole number of at least 100");
  }
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    fail("--port must be 0 (any free port) to 65535");
  }
  const host = await startBrowserHost({
    dataDir: path.resolve(values.data),
    serverUrl: values.server,
    port,
    rendererDir: path.resolve(
      values.renderer ?? path.join(repoRoot, "dist/renderer"),
    ),
    printing: createPrintingPort,
    syncTiming: { intervalMs },
  });
  process.stdout.write(`open ${host.url}\n`);

  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

main().catch((error: unknown) => {
  // Startup failures (port taken, unreadable data dir) end here; the
  // details are in the message, there is no log file yet to point to.
  process.stderr.write(
    `the workstation host could not start: ${String(error)}\n`,
  );
  process.exit(1);
});
