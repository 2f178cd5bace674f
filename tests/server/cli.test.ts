import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../server/db/sqliteStore";
import {
  corpusFile,
  HAS_CORPUS,
  makePdf,
  quietLogger,
  registerDossierArgs,
  runCli,
  spawnCli,
  tempDataDir,
} from "./serverTestKit";

const SITE_PLAN =
  "plans/autocad2024_site_plan_existing_proposed_archD_10layers.pdf";
const ARCH_PLAN = "plans/pdfjs_issue12810_arch_plan_24x36_portrait.pdf";

let data: { dir: string; cleanup: () => void };

beforeAll(async () => {
  data = tempDataDir();
  const d = ["--data", data.dir];
  for (const args of [
    [
      "service",
      "add",
      ...d,
      "--key",
      "agence",
      "--name",
      "Agence urbaine",
      "--binding",
    ],
    [
      "commission",
      "add",
      ...d,
      "--name",
      "Khemisset",
      "--commune",
      "Khemisset",
      "--quorum",
      "3",
    ],
    [
      "session",
      "add",
      ...d,
      "--commission",
      "Khemisset",
      "--date",
      "2026-12-10",
      "--title",
      "S1",
    ],
    [
      "user",
      "add",
      ...d,
      "--username",
      "amina",
      "--password",
      "long-enough-1",
      "--name",
      "Amina",
      "--role",
      "member",
      "--service",
      "agence",
      "--commission",
      "Khemisset",
    ],
  ]) {
    const run = await runCli(args);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }
});
afterAll(() => data.cleanup());

function registerArgs(number: string, docs: readonly string[]): string[] {
  return registerDossierArgs(data.dir, number, docs, ["--session", "S1"]);
}

describe("cli dossier register", () => {
  it.skipIf(!HAS_CORPUS)(
    "registers real plan PDFs with their page counts",
    async () => {
      const run = await runCli(
        registerArgs("KH-2026-0001", [
          `site_plan:${corpusFile(SITE_PLAN)}:Plan de masse`,
          `level_plan:${corpusFile(ARCH_PLAN)}`,
        ]),
      );
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("dossier KH-2026-0001 registered");

      const store = openSqliteStore(data.dir, quietLogger());
      const dossier = store.dossiers.findDossierByNumber("KH-2026-0001");
      const documents = store.dossiers.listDocuments(dossier!.id);
      store.close();
      expect(dossier?.stages.map((s) => s.stage)).toEqual([
        "registered",
        "dispatched",
      ]);
      expect(
        documents.map((d) => [d.kind, d.title, d.pageCount, d.error]),
      ).toEqual([
        ["site_plan", "Plan de masse", 1, null],
        [
          "level_plan",
          "pdfjs_issue12810_arch_plan_24x36_portrait.pdf",
          1,
          null,
        ],
      ]);
    },
  );

  it("refuses a duplicate dossier number clearly", async () => {
    // A dossier needs a document; a small generated sheet will do.
    const sheet = join(data.dir, "dup.pdf");
    writeFileSync(sheet, await makePdf(1, "KH-DUP"));
    const docs = [`site_plan:${sheet}`];
    const first = await runCli(registerArgs("KH-DUP", docs));
    expect(first.code).toBe(0);
    const run = await runCli(registerArgs("KH-DUP", docs));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/KH-DUP.*already registered/);
  });

  it("refuses bad input with a message and a non-zero exit", async () => {
    const badProcedure = registerArgs("KH-X", []).map((a) =>
      a === "building_permit" ? "skyscraper" : a,
    );
    const cases: [string[], RegExp][] = [
      [badProcedure, /Invalid value for --procedure/],
      [registerArgs("KH-Y", ["plan:/nowhere.pdf"]), /Invalid --doc/],
      [
        registerArgs("KH-Z", ["site_plan:/nowhere.pdf"]),
        /Cannot read the document file/,
      ],
      [
        ["user", "add", "--data", data.dir, "--username", "x"],
        /Missing --role/,
      ],
      [["bogus"], /Lajna server commands/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      expect(run.code, args.join(" ")).not.toBe(0);
      expect(run.stderr).toMatch(message);
    }
  });
});

describe("cli dossier register with refused documents", () => {
  it("registers the dossier, says what was kept and exits 3", async () => {
    const good = join(data.dir, "good.pdf");
    writeFileSync(good, await makePdf(1, "KH-REF"));
    const broken = join(data.dir, "broken.pdf");
    writeFileSync(broken, "%PDF-1.7\nnot really a PDF\n");

    const run = await runCli(
      registerArgs("KH-REF", [`site_plan:${good}`, `facade:${broken}`]),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("dossier KH-REF registered");
    expect(run.stdout).toMatch(/facade broken\.pdf: REFUSED, not a readable/);
    expect(run.stderr).toMatch(
      /^warning: Dossier KH-REF is registered, but 1 of 2 document\(s\) were refused.*Do not register it again.*dossier resubmit/,
    );

    const store = openSqliteStore(data.dir, quietLogger());
    const dossier = store.dossiers.findDossierByNumber("KH-REF");
    const documents = store.dossiers.listDocuments(dossier!.id);
    store.close();
    expect(documents.map((d) => [d.fileName, d.error])).toEqual([
      ["good.pdf", null],
      ["broken.pdf", "document.error.unreadable"],
    ]);

    const again = await runCli(
      registerArgs("KH-REF", [`site_plan:${good}`, `facade:${broken}`]),
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/KH-REF.*already registered/);
  });

  it("exits 3 when every document is refused", async () => {
    const broken = join(data.dir, "all-broken.pdf");
    writeFileSync(broken, "not a PDF at all");
    const run = await runCli(
      registerArgs("KH-REF-2", [`site_plan:${broken}`, `facade:${broken}`]),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^warning: .*2 of 2 document\(s\) were refused/);
  });
});

describe("cli serve", () => {
  it("prints its address and serves sign-in on 127.0.0.1", async () => {
    const child = spawnCli(["serve", "--data", data.dir, "--port", "0"]);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        child.on("exit", (code) => reject(new Error(`serve exited ${code}`)));
      });

      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      const signIn = await fetch(`${url}/api/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "amina", password: "long-enough-1" }),
      });
      expect(signIn.status).toBe(200);

      const port = new URL(url).port;
      const second = await runCli([
        "serve",
        "--data",
        data.dir,
        "--port",
        port,
      ]);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/already in use/);
    } finally {
      const exited = new Promise((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  });
});
