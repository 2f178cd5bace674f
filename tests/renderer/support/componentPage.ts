import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS } from "../../support/demoStack";

/**
 * A page in Chromium that runs one small script bundled from the
 * renderer's own modules (React included), for testing a component's
 * behaviour with real DOM events without the whole stack. The entry's
 * source is bundled from `resolveDir`, so it imports by relative path.
 */
export interface ComponentPage {
  readonly page: Page;
  close(): Promise<void>;
}

/** Bundles `source` and opens it in a fresh Chromium page. */
export async function openComponentPage(
  source: string,
  resolveDir: string,
): Promise<ComponentPage> {
  const bundle = await build({
    stdin: { contents: source, resolveDir, loader: "tsx" },
    bundle: true,
    platform: "browser",
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"development"' },
    write: false,
    outdir: "bundle",
    logLevel: "silent",
  });
  // esbuild writes imported CSS beside the script; both go in the page.
  const files = bundle.outputFiles;
  const script = files.find((f) => f.path.endsWith(".js"))?.text ?? "";
  const styles = files.filter((f) => f.path.endsWith(".css"));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage();
  await page.setContent('<div id="root"></div>');
  for (const style of styles) await page.addStyleTag({ content: style.text });
  await page.addScriptTag({ content: script });
  return { page, close: () => browser.close() };
}

/**
 * Opens the bundled `source` before a describe block's tests and closes
 * it after them; call inside `describe`. The returned function gives the
 * page once it is open.
 */
export function usePageFor(source: string, resolveDir: string): () => Page {
  let opened: ComponentPage | null = null;
  beforeAll(async () => {
    opened = await openComponentPage(source, resolveDir);
  }, 60_000);
  afterAll(() => opened?.close());
  return () => {
    if (opened === null) throw new Error("the component page is not open");
    return opened.page;
  };
}
