import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EXIT_STATUS } from "../../../server/cli/exitStatus";
import {
  corpusDir,
  startHostProcess,
  startServer,
  type HostProcess,
  type ServerProcess,
} from "../../workstation/support/processes";
import {
  addUsers,
  dataCli,
  seedCommission,
  type DataCli,
} from "../../workstation/support/seed";

/**
 * The whole product for an end-to-end run: one central server process
 * seeded through its admin command line with real corpus plans, and two
 * workstation hosts (browser mode) with their own data folders.
 */
export interface Stack {
  readonly server: ServerProcess;
  readonly hostA: HostProcess;
  readonly hostB: HostProcess;
  readonly root: string;
  stop(): Promise<void>;
}

export const COMMISSION = "Commission provinciale de Khemisset";
export const DOSSIER_NUMBER = "KH-E2E-2026-0117";
export const APPLICANT = "Société Zemmour Immobilier";
export const SESSION_TITLE = "Séance du 15 décembre";

/** The corpus files the review flow registers as the dossier's sheets. */
export const SITE_PLAN = path.join(
  corpusDir,
  "plans/autocad2024_site_plan_existing_proposed_archD_10layers.pdf",
);
export const LEVEL_PLAN = path.join(
  corpusDir,
  "plans/pdfjs_issue12810_arch_plan_24x36_portrait.pdf",
);

/** A dossier of the corpus's hostile PDFs and one good sheet. */
export const DAMAGED_DOSSIER_NUMBER = "KH-E2E-2026-0118";
export const MALFORMED = [
  "pdfjs_poppler-85140-0_huge_mediabox.pdf",
  "qpdf_issue-146_deeply_nested_array.pdf",
  "qpdf_issue-147_truncated_garbage.pdf",
  "qpdf_pages_loop.pdf",
].map((name) => path.join(corpusDir, "malformed", name));
export const SMALL_PLAN = path.join(
  corpusDir,
  "plans/pdfjs_issue21570_freecad_techdraw_A4.pdf",
);

/** The parcel, in EPSG:26191 metres, a few hundred metres from Khemisset. */
export const PARCEL = [
  [438180, 358580],
  [438215, 358580],
  [438215, 358610],
  [438180, 358610],
] as const;

/** Demo accounts of the flow (test data only). */
export const ACCOUNTS = {
  agency: { username: "amal", password: "amal-e2e-pass" },
  commune: { username: "youssef", password: "youssef-e2e-pass" },
  secretary: { username: "salma", password: "salma-e2e-pass" },
} as const;

/** The parcel's zone and a neighbour, as a clerk imports them. */
function zoningGeoJson(): string {
  const square = (x0: number, y0: number, size: number) => [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ];
  const feature = (
    code: string,
    name: string,
    rings: unknown,
    rules: object,
  ) => ({
    type: "Feature",
    properties: { code, name, ...rules },
    geometry: { type: "Polygon", coordinates: rings },
  });
  return JSON.stringify({
    type: "FeatureCollection",
    crs: { type: "name", properties: { name: "EPSG:26191" } },
    features: [
      feature("D", "Zone d'immeubles R+3", square(438000, 358400, 400), {
        maxHeightM: 14.5,
        maxStoreys: "R+3",
        footprintRatio: 0.7,
        floorAreaRatio: 2.8,
        minLotAreaM2: 200,
        setbackStreetM: 0,
        setbackNeighbourM: 4,
        uses: "habitat,commerce",
      }),
      feature("ZV", "Espace vert", square(438400, 358400, 200), {
        uses: "espace vert",
      }),
    ],
  });
}

/** The services, commission, session and accounts of a run. */
async function seedCommittee(
  dataDir: string,
  cast: "review" | "viewer",
): Promise<void> {
  const agency = {
    ...ACCOUNTS.agency,
    name: "Amal Bennani",
    role: "member",
    service: "au",
  } as const;
  await seedCommission(dataDir, {
    services: [
      { key: "au", name: "Agence urbaine de Khemisset", binding: true },
      ...(cast === "review"
        ? [{ key: "commune", name: "Commune de Khemisset" }]
        : []),
    ],
    commission: { name: COMMISSION, commune: "Khemisset", quorum: 2 },
    users: [],
  });
  const cli = dataCli(dataDir);
  await cli(
    "session",
    "add",
    "--commission",
    COMMISSION,
    "--date",
    "2026-12-15",
    "--title",
    SESSION_TITLE,
  );
  if (cast === "viewer") {
    await addUsers(dataDir, COMMISSION, [agency]);
    return;
  }
  await addUsers(dataDir, COMMISSION, [
    agency,
    {
      ...ACCOUNTS.commune,
      name: "Youssef Alaoui",
      role: "member",
      service: "commune",
    },
    {
      ...ACCOUNTS.secretary,
      name: "Salma Idrissi",
      role: "secretary",
      service: null,
    },
  ]);
}

async function importZoning(cli: DataCli, root: string): Promise<void> {
  const zoning = path.join(root, "zoning.geojson");
  writeFileSync(zoning, zoningGeoJson());
  await cli(
    "zoning",
    "import",
    "--commune",
    "Khemisset",
    "--name",
    "Plan d'aménagement de Khemisset",
    "--file",
    zoning,
  );
}

/** The building permit of the site plan and the level plan. */
async function registerPlansDossier(cli: DataCli): Promise<void> {
  await cli(
    "dossier",
    "register",
    "--number",
    DOSSIER_NUMBER,
    "--procedure",
    "building_permit",
    "--commune",
    "Khemisset",
    "--applicant",
    APPLICANT,
    "--architect",
    "Cabinet Tazi Architectes",
    "--land-title",
    "48213/27",
    "--parcel",
    PARCEL.map(([x, y]) => `${x},${y}`).join(" "),
    "--commission",
    COMMISSION,
    "--session",
    SESSION_TITLE,
    "--deadline",
    "2026-12-22",
    "--doc",
    `site_plan:${SITE_PLAN}:Plan de masse`,
    "--doc",
    `level_plan:${LEVEL_PLAN}:Plan du rez-de-chaussée`,
  );
}

/** A dossier whose documents are hostile PDFs, but for one good section. */
async function registerDamagedDossier(cli: DataCli): Promise<void> {
  const parcel = PARCEL.map(([x, y]) => `${x + 40},${y}`).join(" ");
  const documents = MALFORMED.flatMap((file, i) => [
    "--doc",
    `other:${file}:Pièce ${i + 1}`,
  ]);
  await cli(
    ...["dossier", "register", "--number", DAMAGED_DOSSIER_NUMBER],
    ...["--procedure", "land_division", "--commune", "Khemisset"],
    ...["--applicant", APPLICANT, "--architect", "Cabinet Tazi Architectes"],
    ...["--land-title", "48214/27", "--parcel", parcel],
    ...["--commission", COMMISSION, "--session", SESSION_TITLE],
    ...["--deadline", "2026-12-29"],
    ...documents,
    ...["--doc", `section:${SMALL_PLAN}:Coupe A-A`],
  );
}

/** The running server and hosts of a seeded data folder. */
async function launch(
  root: string,
  serverDir: string,
  hostNames: readonly string[],
) {
  const server = await startServer(serverDir);
  const hosts: HostProcess[] = [];
  const stop = async () => {
    await Promise.all(hosts.map((host) => host.process.kill()));
    await server.process.kill();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    for (const name of hostNames) {
      const dataDir = path.join(root, name);
      hosts.push(await startHostProcess(dataDir, server.url, 1000));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { server, hosts, stop };
}

/**
 * Seeds a server with the three accounts, the zoning and both dossiers,
 * starts it and two workstation hosts.
 */
export async function startStack(): Promise<Stack> {
  const root = mkdtempSync(path.join(tmpdir(), "lajna-e2e-"));
  const serverDir = path.join(root, "server");
  const cli = dataCli(serverDir);
  await seedCommittee(serverDir, "review");
  await importZoning(cli, root);
  await registerPlansDossier(cli);
  // Its hostile documents are refused, and kept marked: exit 3.
  await registerDamagedDossier(
    dataCli(serverDir, EXIT_STATUS.documentsRefused),
  );

  const { server, hosts, stop } = await launch(root, serverDir, [
    "ws-a",
    "ws-b",
  ]);
  const [hostA, hostB] = hosts as [HostProcess, HostProcess];
  return { server, hostA, hostB, root, stop };
}

/** The product as one reviewer views the plans' dossier. */
export interface ViewerStack {
  readonly server: ServerProcess;
  readonly host: HostProcess;
  readonly root: string;
  stop(): Promise<void>;
}

/**
 * Seeds only what viewing the plans' dossier needs (the agency member and
 * that dossier, then `seedMore` through the same command line; `root` is
 * the run's folder, removed on stop) and starts one host: half the CLI
 * runs of `startStack`, which dominate its start on a busy machine.
 */
export async function startViewerStack(
  seedMore: (cli: DataCli, root: string) => Promise<void> = async () => {},
): Promise<ViewerStack> {
  const root = mkdtempSync(path.join(tmpdir(), "lajna-e2e-"));
  const serverDir = path.join(root, "server");
  const cli = dataCli(serverDir);
  await seedCommittee(serverDir, "viewer");
  await registerPlansDossier(cli);
  await seedMore(cli, root);

  const { server, hosts, stop } = await launch(root, serverDir, ["ws-a"]);
  return { server, host: hosts[0]!, root, stop };
}
