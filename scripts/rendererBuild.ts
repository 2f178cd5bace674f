import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What the renderer's build is made from, relative to the repository. */
const SOURCES = [
  "renderer",
  "shared",
  "index.html",
  "vite.config.ts",
  "package-lock.json",
];

/**
 * Whether dist/renderer must be built: it is missing, or a source of it
 * changed since (a pull or an edit). Serving an old build after a pull
 * showed a newcomer yesterday's viewer without a word.
 */
export function rendererBuildStale(repoRoot: string): boolean {
  const built = path.join(repoRoot, "dist/renderer/index.html");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) =>
    changedSince(path.join(repoRoot, source), builtAt),
  );
}

/** Whether `file`, or any file under it, was modified after `since`. */
function changedSince(file: string, since: number): boolean {
  if (!existsSync(file)) return false;
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs > since;
  return readdirSync(file).some((name) =>
    changedSince(path.join(file, name), since),
  );
}
