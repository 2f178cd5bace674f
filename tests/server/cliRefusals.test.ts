import { spawn } from "node:child_process";
import { closeSync, ftruncateSync, openSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  REPO_ROOT,
  registerDossierArgs,
  runCli,
  tempDataDir,
} from "./serverTestKit";

/*
 * Review finding F10, the command line: clean sentences instead of stack
 * traces, and refusals before work that cannot succeed.
 */

let data: { dir: string; cleanup: () => void };

beforeAll(() => {
  data = tempDataDir();
});
afterAll(() => data.cleanup());

function registerArgs(docs: readonly string[]): string[] {
  return registerDossierArgs(data.dir, "KH-F10", docs);
}

describe("the admin command line", () => {
  it("says in one sentence that a data directory cannot be used", async () => {
    const run = await runCli(["serve", "--data", "/dev/null/x", "--port", "0"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: .*\/dev\/null\/x/);
    expect(run.stderr).not.toContain("{");
    expect(run.stderr).not.toContain("    at ");
  });

  it("refuses to register a dossier without any document", async () => {
    const run = await runCli(registerArgs([]));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: .*--doc/);
  });

  it("refuses a document over the upload limit before reading it", async () => {
    const file = join(data.dir, "huge.pdf");
    const fd = openSync(file, "w");
    // Sparse: 101 MB announced, nothing written.
    ftruncateSync(fd, 101 * 1024 * 1024);
    closeSync(fd);

    const run = await runCli(registerArgs([`site_plan:${file}`]));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: .*huge\.pdf.*100 MB/);
  });

  it("refuses a device instead of reading it for ever", async () => {
    const run = await runCli(registerArgs(["site_plan:/dev/zero"]));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: '\/dev\/zero' is not a regular file/);
  }, 20_000);

  it("stops quietly when its output pipe closes", async () => {
    const command =
      `"${process.execPath}" --import tsx server/cli.ts ` +
      `service add --data "${data.dir}" --key k --name N | true`;
    const stderr = await new Promise<string>((resolve) => {
      const child = spawn("sh", ["-c", command], { cwd: REPO_ROOT });
      let text = "";
      child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
      child.on("close", () => resolve(text));
    });
    expect(stderr).not.toContain("EPIPE");
  });
});
