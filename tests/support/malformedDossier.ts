import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EXIT_STATUS } from "../../server/cli/exitStatus";
import { hugeLastSheet } from "../viewer-reference/support/hostileSheets";
import {
  corpusDir,
  startHostProcess,
  startServer,
  type HostProcess,
  type ServerProcess,
} from "../workstation/support/processes";
import { dataCli, seedCommission } from "../workstation/support/seed";

/**
 * A server seeded through its admin command line with one dossier whose
 * documents are the corpus's hostile PDFs, a file registration accepts
 * but whose sheet 51 is hostile, and one good sheet; and a browser-mode
 * workstation host syncing with it.
 */

export const MALFORMED_DOSSIER = "KH-HOSTILE-2026-0042";
export const MEMBER = { username: "nadia", password: "nadia-hostile-pass" };

/** Corpus file name and the error key registration gives it. */
export const REFUSED: ReadonlyArray<readonly [string, string]> = [
  ["pdfjs_poppler-85140-0_huge_mediabox.pdf", "document.error.implausible"],
  ["qpdf_issue-146_deeply_nested_array.pdf", "document.error.unreadable"],
  ["qpdf_issue-147_truncated_garbage.pdf", "document.error.unreadable"],
  ["qpdf_pages_loop.pdf", "document.error.unreadable"],
];
export const LATE_HOSTILE_TITLE = "Plans 1 à 51";
export const GOOD_TITLE = "Coupe A-A";
export const GOOD_SHEET = path.join(
  corpusDir,
  "plans/pdfjs_issue21570_freecad_techdraw_A4.pdf",
);

/** A parcel near Khemisset, in EPSG:26191 metres. */
const PARCEL = "438300,358580 438340,358580 438340,358610 438300,358610";

export interface MalformedStack {
  readonly server: ServerProcess;
  readonly host: HostProcess;
  stop(): Promise<void>;
}

/** The title each refused corpus file is registered under. */
export function refusedTitle(index: number): string {
  return `Pièce ${index + 1}`;
}

async function seed(dataDir: string, root: string): Promise<void> {
  const commission = "Commission de Tiflet";
  await seedCommission(dataDir, {
    services: [{ key: "au", name: "Agence urbaine", binding: true }],
    commission: { name: commission, commune: "Tiflet", quorum: 1 },
    users: [
      { ...MEMBER, name: "Nadia Berrada", role: "member", service: "au" },
    ],
  });
  // The refused files are kept, marked: register exits 3 for them.
  const refusing = dataCli(dataDir, EXIT_STATUS.documentsRefused);
  const cli = dataCli(dataDir);
  await cli(
    ...["session", "add", "--commission", commission],
    ...["--date", "2026-12-20", "--title", "Séance hostile"],
  );

  const late = path.join(root, "late-hostile.pdf");
  writeFileSync(late, await hugeLastSheet());
  const docs = [
    ...REFUSED.map(([name], i) => [
      "--doc",
      `other:${path.join(corpusDir, "malformed", name)}:${refusedTitle(i)}`,
    ]),
    ["--doc", `other:${late}:${LATE_HOSTILE_TITLE}`],
    ["--doc", `section:${GOOD_SHEET}:${GOOD_TITLE}`],
  ].flat();
  await refusing(
    ...["dossier", "register", "--number", MALFORMED_DOSSIER],
    ...["--procedure", "building_permit", "--commune", "Tiflet"],
    ...["--applicant", "Société Atlas", "--architect", "Cabinet Idrissi"],
    ...["--land-title", "1234/27", "--parcel", PARCEL],
    ...["--commission", commission, "--session", "Séance hostile"],
    ...["--deadline", "2026-12-27"],
    ...docs,
  );
}

/** Seeds the server in a fresh folder, starts it and one host. */
export async function startMalformedStack(): Promise<MalformedStack> {
  const root = mkdtempSync(path.join(tmpdir(), "lajna-hostile-"));
  await seed(path.join(root, "server"), root);
  const server = await startServer(path.join(root, "server"));
  const host = await startHostProcess(path.join(root, "host"), server.url);
  return {
    server,
    host,
    async stop() {
      await host.process.kill();
      await server.process.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
