import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * Bundles the Electron shell into dist/electron:
 *
 * - main.mjs: the main process, ESM; npm packages stay external and load
 *   from node_modules (better-sqlite3 is native, pino and pdf.js are
 *   large), and `electron` is provided by the runtime;
 * - preload.cjs: the sandboxed preload, which must be one CommonJS file.
 */
const repoRoot = path.resolve(fileURLToPath(import.meta.url), "../..");
const outDir = path.join(repoRoot, "dist/electron");

await build({
  entryPoints: [path.join(repoRoot, "electron/main.ts")],
  outfile: path.join(outDir, "main.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});

await build({
  entryPoints: [path.join(repoRoot, "electron/preload.ts")],
  outfile: path.join(outDir, "preload.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["electron"],
  logLevel: "warning",
});

process.stdout.write(`built ${path.relative(repoRoot, outDir)}\n`);
