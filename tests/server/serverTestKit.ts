import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PDFDocument } from "pdf-lib";
import { startServer } from "../../server/app";
import type { RunningServer } from "../../server/app";
import { openSqliteStore } from "../../server/db/sqliteStore";
import type { Store } from "../../server/db/store";
import {
  addCommission,
  addService,
  addSession,
  addUser,
} from "../../server/directory/directoryAdmin";
import { BlobStore } from "../../server/documents/blobStore";
import { registerDossier } from "../../server/dossiers/registerDossier";
import type {
  DossierRegistration,
  RegisteredDossier,
} from "../../server/dossiers/registerDossier";
import { createRootLogger } from "../../server/log";
import type { Logger } from "../../server/log";

/** The repository root and the shared corpus beside it. */
export const REPO_ROOT = resolve(import.meta.dirname, "../..");
export const CORPUS_DIR = resolve(REPO_ROOT, "../shared/corpus");
export const HAS_CORPUS = existsSync(CORPUS_DIR);

/** A corpus file's path. */
export function corpusFile(relative: string): string {
  return join(CORPUS_DIR, relative);
}

/** A quiet logger for tests. */
export function quietLogger(): Logger {
  return createRootLogger({ level: "silent" });
}

/** A fresh temporary data directory, removed by the returned cleanup. */
export function tempDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "lajna-server-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small valid PDF with `pages` letter pages, made by pdf-lib. */
export async function makePdf(
  pages = 1,
  label = "sheet",
): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    pdf.addPage([612, 792]).drawText(`${label} ${i + 1}`, { x: 72, y: 700 });
  }
  // A copy over a plain ArrayBuffer, which fetch accepts as a body.
  return new Uint8Array(await pdf.save());
}

/** Two commissions, each with a member and a dossier; the usual test set. */
export interface TwoCommissions {
  readonly dossierA: RegisteredDossier;
  readonly dossierB: RegisteredDossier;
  readonly commissionAId: string;
  readonly commissionBId: string;
}

export const PASSWORD = "correct-horse-42";

/**
 * Seeds services, commissions A (Khemisset) and B (Tiflet), members
 * `member-a` and `member-b`, a secretary of A, an admin, and one dossier in
 * each commission. Uses the same functions as the admin CLI.
 */
export async function seedTwoCommissions(
  store: Store,
  dataDir: string,
): Promise<TwoCommissions> {
  addService(store, { key: "agence", name: "Agence urbaine", binding: true });
  addService(store, { key: "commune", name: "Commune", binding: false });
  const a = addCommission(store, {
    name: "A",
    commune: "Khemisset",
    quorum: 3,
  });
  const b = addCommission(store, { name: "B", commune: "Tiflet", quorum: 3 });
  addSession(store, { commissionName: "A", date: "2026-12-10", title: "S1" });

  const users = [
    ["member-a", "member", "agence", ["A"]],
    ["member-a2", "member", "commune", ["A"]],
    ["member-b", "member", "commune", ["B"]],
    ["secretary-a", "secretary", null, ["A"]],
    ["admin", "admin", null, []],
  ] as const;
  for (const [username, role, serviceKey, commissionNames] of users) {
    await addUser(store, {
      username,
      password: PASSWORD,
      displayName: username,
      role,
      serviceKey,
      commissionNames,
    });
  }

  const blobs = new BlobStore(dataDir);
  const logger = quietLogger();
  const dossierA = await registerDossier(store, blobs, logger, {
    ...dossierInput("KH-1", "A", "Applicant Alpha"),
    sessionTitle: "S1",
    documents: [
      {
        kind: "site_plan",
        title: "Plan A",
        fileName: "a.pdf",
        bytes: await makePdf(2, "A"),
      },
    ],
  });
  const dossierB = await registerDossier(store, blobs, logger, {
    ...dossierInput("TF/2026/1", "B", "Applicant Beta"),
    sessionTitle: null,
    documents: [
      {
        kind: "site_plan",
        title: "Plan B",
        fileName: "b.pdf",
        bytes: await makePdf(1, "B"),
      },
    ],
  });
  return { dossierA, dossierB, commissionAId: a.id, commissionBId: b.id };
}

function dossierInput(
  number: string,
  commissionName: string,
  applicant: string,
) {
  return {
    number,
    procedure: "building_permit" as const,
    commune: commissionName === "A" ? "Khemisset" : "Tiflet",
    applicant,
    architect: "Architect Gamma",
    landTitle: `T-${number}`,
    parcel: [
      { x: 400000, y: 370000 },
      { x: 400040, y: 370000 },
      { x: 400040, y: 370030 },
    ],
    commissionName,
    deadline: "2026-12-31",
  };
}

/** A seeded server listening on 127.0.0.1, with its seed. */
export interface TestServer extends TwoCommissions {
  readonly url: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** Seeds a temp data dir, then starts a real server on a free port. */
export async function startSeededServer(): Promise<TestServer> {
  const { dir, cleanup } = tempDataDir();
  const store = openSqliteStore(dir, quietLogger());
  const seed = await seedTwoCommissions(store, dir);
  store.close();

  const server: RunningServer = await startServer({
    dataDir: dir,
    port: 0,
    logger: quietLogger(),
  });
  return {
    ...seed,
    url: server.url,
    dataDir: dir,
    close: async () => {
      await server.close();
      cleanup();
    },
  };
}

/** Signs in and answers the bearer header value. */
export async function signInAs(
  url: string,
  username: string,
  password = PASSWORD,
): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in ${response.status}`);
  const body = (await response.json()) as { token: string };
  return `Bearer ${body.token}`;
}

/**
 * The admin CLI's arguments registering a Khemisset building permit in
 * `dataDir`, with its `--doc` values and any further options.
 */
export function registerDossierArgs(
  dataDir: string,
  number: string,
  docs: readonly string[],
  more: readonly string[] = [],
): string[] {
  return [
    ...["dossier", "register", "--data", dataDir, "--number", number],
    ...["--procedure", "building_permit", "--commune", "Khemisset"],
    ...["--applicant", "Ahmed Bennani", "--architect", "Salma Idrissi"],
    ...["--land-title", "12345/K", "--commission", "Khemisset"],
    ...["--parcel", "400000,370000 400040,370000 400040,370030"],
    ...["--deadline", "2026-12-31", ...more],
    ...docs.flatMap((doc) => ["--doc", doc]),
  ];
}

/** The result of running the real CLI. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node --import tsx`: one process, so a signal reaches the server itself. */
const NODE_ARGS = ["--import", "tsx", "server/cli.ts"];

/** Runs `tsx server/cli.ts ...args` to completion. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LAJNA_LOG_LEVEL: "warn" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Spawns the real CLI without waiting (for `serve`). */
export function spawnCli(args: readonly string[]) {
  return spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LAJNA_LOG_LEVEL: "warn" },
  });
}

/**
 * A building permit in Tiflet before commission "A" (as `addCommission`
 * sets it up in a test store), with `documents` as its files.
 */
export function tifletRegistration(
  number: string,
  documents: DossierRegistration["documents"],
): DossierRegistration {
  return {
    number,
    procedure: "building_permit",
    commune: "Tiflet",
    applicant: "x",
    architect: "y",
    landTitle: "z",
    parcel: [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 1, y: 1 },
    ],
    commissionName: "A",
    sessionTitle: null,
    deadline: "2026-12-31",
    documents,
  };
}
