import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rendererBuildStale } from "./rendererBuild";

/**
 * `npm start`: runs the desktop app when the Electron binary is installed,
 * otherwise explains browser mode.
 *
 * The binary is looked up by reading node_modules/electron/path.txt, never
 * by importing the `electron` package from Node: its index downloads the
 * binary when missing, and this workplace allows no such download.
 */
const repoRoot = path.resolve(fileURLToPath(import.meta.url), "../..");

function electronBinary(): string | null {
  const packageDir = path.join(repoRoot, "node_modules/electron");
  const pathFile = path.join(packageDir, "path.txt");
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, "dist", readFileSync(pathFile, "utf8"));
  if (!existsSync(binary)) return null;

  // Installed is not enough: a binary for another platform, or missing
  // system libraries, fails here instead of in front of the user.
  const probe = spawnSync(binary, ["--version"], {
    timeout: 20_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: "1" },
  });
  return probe.status === 0 ? binary : null;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const binary = electronBinary();
if (!binary) {
  process.stdout.write(
    [
      "The Electron binary is not installed or cannot run on this machine,",
      "so the desktop app cannot start.",
      "",
      "Use browser mode instead: `npm run demo` starts a demo server and the",
      "workstation services on 127.0.0.1 and prints a URL to open in",
      "Chromium. It is the same application, served to the browser by a",
      "local Node host instead of Electron's window.",
      "",
    ].join("\n"),
  );
  process.exit(1);
}

if (rendererBuildStale(repoRoot)) run("npx", ["vite", "build"]);
run("npx", ["tsx", "scripts/build-electron.ts"]);

const child = spawn(binary, [path.join(repoRoot, "dist/electron/main.mjs")], {
  cwd: repoRoot,
  stdio: "inherit",
});
child.on("exit", (code) => process.exit(code ?? 0));
