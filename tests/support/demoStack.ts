import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import {
  repoRoot,
  serverCli,
  startHostProcess,
  startServer,
  type ServerProcess,
  type TsxProcess,
} from "../workstation/support/processes";

/**
 * The real stack the Chromium flow tests drive: a demo server process, a
 * browser-mode workstation host and the built renderer in Chromium.
 */

export const CHROMIUM = "/usr/bin/chromium";
export const BUILT_RENDERER = path.join(repoRoot, "dist/renderer/index.html");
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
];

/** Whether Chromium and the built renderer are there to run against. */
export const demoStackReady =
  existsSync(CHROMIUM) && existsSync(BUILT_RENDERER);

/**
 * Whether a flow test can run; says on stderr why it is skipped when it
 * cannot.
 */
export function demoStackReadyFor(testName: string): boolean {
  if (!demoStackReady) {
    process.stderr.write(
      `${testName}: needs /usr/bin/chromium and \`npx vite build\`; skipping\n`,
    );
  }
  return demoStackReady;
}

export interface DemoStack {
  readonly root: string;
  readonly server: ServerProcess;
  readonly host: TsxProcess;
  /** The host's page address, with its key. */
  readonly pageUrl: string;
  readonly browser: Browser;
  /** Closes the browser, stops both processes and removes the folder. */
  stop(): Promise<void>;
}

/**
 * Seeds a demo server in a fresh temporary folder (named from `prefix`),
 * starts it and a host syncing every second, and launches Chromium. What
 * was started is stopped again if a later step fails.
 */
export async function startDemoStack(prefix: string): Promise<DemoStack> {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  let server: ServerProcess | null = null;
  let host: TsxProcess | null = null;
  let browser: Browser | null = null;
  const stop = async (): Promise<void> => {
    await browser?.close();
    await host?.kill();
    await server?.process.kill();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await serverCli(["demo", "--data", path.join(root, "server")]);
    server = await startServer(path.join(root, "server"));
    const started = await startHostProcess(
      path.join(root, "host"),
      server.url,
      1000,
    );
    host = started.process;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    return {
      root,
      server,
      host,
      pageUrl: started.pageUrl,
      browser,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
