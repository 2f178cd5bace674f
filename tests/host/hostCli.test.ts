import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../workstation/support/processes";

/** Runs the host CLI to its end and answers its exit code and output. */
function hostCli(args: readonly string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "electron/host/cli.ts"), ...args],
    { cwd: repoRoot, encoding: "utf8", timeout: 60_000 },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the workstation host command line", () => {
  it("answers --help with its usage", () => {
    const { code, output } = hostCli(["--help"]);
    expect(code).toBe(0);
    expect(output).toContain("--data <dir> --server <url>");
  });

  it("names an unknown option and shows the usage, without a stack", () => {
    const { code, output } = hostCli(["--bogus"]);
    expect(code).toBe(2);
    expect(output).toContain("Unknown option '--bogus'");
    expect(output).toContain("usage:");
    expect(output).not.toContain("TypeError");
  });
});
