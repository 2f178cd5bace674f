import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { translate } from "../../renderer/i18n/catalog";
import { registerAllMessages } from "../../renderer/i18n/registerAll";

/*
 * Every error key the services, the server or shared code can raise must
 * reach the user as a sentence in each language. The keys are read from
 * the source, so a new failure without a translation fails here instead of
 * showing a raw key to a committee member.
 */

registerAllMessages();

const repoRoot = path.resolve(fileURLToPath(import.meta.url), "../../..");

const keyPatterns = [
  /(?:UserError|Rejection)\(\s*"([a-z][\w.]*\.[\w.]+)"/g,
  /errorKey:\s*"([a-z][\w.]*\.[\w.]+)"/g,
];

/**
 * Keys of the admin command line (registration, users, zoning import):
 * it describes them itself, in server/cli/cliMessages.ts, and they never
 * reach a workstation.
 */
const cliMessages = readFileSync(
  path.join(repoRoot, "server/cli/cliMessages.ts"),
  "utf8",
);
const cliOnly = (key: string) =>
  key.startsWith("cli.") || cliMessages.includes(`"${key}"`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function raisedKeys(): string[] {
  const keys = new Set<string>();
  for (const dir of ["electron", "server", "shared"]) {
    for (const file of sourceFiles(path.join(repoRoot, dir))) {
      const text = readFileSync(file, "utf8");
      for (const pattern of keyPatterns) {
        for (const match of text.matchAll(pattern)) keys.add(match[1] ?? "");
      }
    }
  }
  return [...keys].filter((k) => k !== "" && !cliOnly(k)).sort();
}

describe("error keys raised anywhere", () => {
  const keys = raisedKeys();

  it("are found in the source", () => {
    expect(keys).toContain("markup.error.notAuthor");
  });

  it.each(keys)("%s has a sentence in Arabic, French and English", (key) => {
    for (const language of ["ar", "fr", "en"] as const) {
      expect(translate(language, key)).not.toBe(key);
    }
  });
});
