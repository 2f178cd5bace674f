import { serverCli } from "./processes";

/**
 * Seeding a server's data folder through its admin command line, as an
 * administrator would: services, a commission and its members, dossiers.
 */

/** Runs `server/cli.ts <noun> <verb> --data <dataDir> ...rest`. */
export type DataCli = (...args: string[]) => Promise<string>;

/**
 * The server's command line bound to one data folder, its commands
 * expected to exit with `status` (EXIT_STATUS in server/cli).
 */
export function dataCli(dataDir: string, status = 0): DataCli {
  return (...args) =>
    serverCli(
      [...args.slice(0, 2), "--data", dataDir, ...args.slice(2)],
      status,
    );
}

export interface SeedService {
  readonly key: string;
  readonly name: string;
  /** Whether the service's opinion binds the decision. */
  readonly binding?: boolean;
}

export interface SeedCommission {
  readonly name: string;
  readonly commune: string;
  readonly quorum: number;
}

export interface SeedUser {
  readonly username: string;
  readonly password: string;
  readonly name: string;
  readonly role: "member" | "secretary";
  /** The user's service; null for none. */
  readonly service: string | null;
}

/** Adds services, then the commission, then its users, in that order. */
export async function seedCommission(
  dataDir: string,
  seed: {
    readonly services: readonly SeedService[];
    readonly commission: SeedCommission;
    readonly users: readonly SeedUser[];
  },
): Promise<void> {
  const cli = dataCli(dataDir);
  for (const service of seed.services) {
    await cli(
      ...["service", "add", "--key", service.key, "--name", service.name],
      ...(service.binding === true ? ["--binding"] : []),
    );
  }
  const { name, commune, quorum } = seed.commission;
  await cli(
    ...["commission", "add", "--name", name, "--commune", commune],
    ...["--quorum", String(quorum)],
  );
  await addUsers(dataDir, name, seed.users);
}

/** Adds users, in order, as members of the named commission. */
export async function addUsers(
  dataDir: string,
  commission: string,
  users: readonly SeedUser[],
): Promise<void> {
  const cli = dataCli(dataDir);
  for (const user of users) {
    await cli(
      ...["user", "add", "--username", user.username],
      ...["--password", user.password, "--name", user.name],
      ...["--role", user.role],
      ...(user.service === null ? [] : ["--service", user.service]),
      ...["--commission", commission],
    );
  }
}

/** A building-permit dossier to register, with its site plan. */
export interface SeedDossier {
  readonly number: string;
  readonly landTitle: string;
  /** The site plan's file and the title it is listed under. */
  readonly sitePlan: string;
  readonly sitePlanTitle?: string;
  /** Vertices `x,y` in EPSG:26191 metres, space-separated. */
  readonly parcel?: string;
}

/**
 * Registers a dossier of the commission's commune, before the commission
 * and due at the end of 2026, as the secretariat would.
 */
export async function registerDossier(
  dataDir: string,
  commission: Pick<SeedCommission, "name" | "commune">,
  dossier: SeedDossier,
): Promise<void> {
  const parcel = dossier.parcel ?? "420000,360000 420030,360000 420030,360025";
  const sitePlanTitle = dossier.sitePlanTitle ?? "Site plan";
  await dataCli(dataDir)(
    ...["dossier", "register", "--number", dossier.number],
    ...["--procedure", "building_permit", "--commune", commission.commune],
    ...["--applicant", "Demo applicant", "--architect", "Demo architect"],
    ...["--land-title", dossier.landTitle, "--parcel", parcel],
    ...["--commission", commission.name, "--deadline", "2026-12-31"],
    ...["--doc", `site_plan:${dossier.sitePlan}:${sitePlanTitle}`],
  );
}
