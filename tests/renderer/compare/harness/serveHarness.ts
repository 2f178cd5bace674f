import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { build } from "vite";
import { serveStatic } from "../../../../scripts/bench/viewer/staticServer";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../support/demoStack";
import type { HarnessApi } from "./harness";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The harness page open in Chromium, and how to stop everything. */
export interface OpenHarness {
  readonly page: Page;
  /** Calls the page's harness API with a JSON-serialisable argument. */
  call<K extends keyof HarnessApi>(
    name: K,
    arg: Parameters<HarnessApi[K]>[0],
  ): Promise<Awaited<ReturnType<HarnessApi[K]>>>;
  close(): Promise<void>;
}

/**
 * Builds the harness page (harness.ts) with Vite into a fresh temporary
 * folder, serves it on 127.0.0.1 and opens it in Chromium.
 */
export async function openHarness(): Promise<OpenHarness> {
  const outDir = mkdtempSync(path.join(tmpdir(), "lajna-compare-harness-"));
  await build({
    root: here,
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir, emptyOutDir: true, target: "es2022" },
  });
  const server = await serveStatic({ "/": outDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage();
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => "compareHarness" in window);

  return {
    page,
    call: (name, arg) =>
      page.evaluate(
        ([n, a]) =>
          (
            window as unknown as {
              compareHarness: Record<string, (x: unknown) => Promise<never>>;
            }
          ).compareHarness[n]?.(a) as Promise<never>,
        [name, arg] as const,
      ),
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
