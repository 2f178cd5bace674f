import { randomUUID } from "node:crypto";
import type { Role } from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import type { Store } from "../db/store";
import {
  addCommission,
  addService,
  addSession,
  addUser,
} from "../directory/directoryAdmin";
import type { BlobStore } from "../documents/blobStore";
import { registerDossier } from "../dossiers/registerDossier";
import type { Logger } from "../log";
import { subsystemLogger } from "../log";
import { saveZoningPlan } from "../zoning/importZoningPlan";
import type { DemoData } from "./demoData";
import { generateDemoData } from "./generate";

/** A demo account to print for the operator (public demo passwords). */
export interface DemoAccount {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
}

/**
 * Loads the demo data into an empty server: services, the commission and
 * its session, users, the zoning plan, and the dossiers with their PDFs,
 * through the same code paths as the admin commands.
 */
export async function seedDemo(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
): Promise<DemoAccount[]> {
  const data = await generateDemoData();
  if (store.directory.findCommissionByName(data.commission.name) !== null) {
    throw new UserError("demo.error.alreadySeeded", {
      name: data.commission.name,
    });
  }

  for (const service of data.services) addService(store, service);
  const commission = addCommission(store, data.commission);
  addSession(store, { commissionName: commission.name, ...data.session });
  for (const user of data.users) {
    await addUser(store, {
      username: user.username,
      password: user.password,
      displayName: user.displayName,
      role: user.role,
      serviceKey: user.serviceKey,
      commissionNames: user.role === "admin" ? [] : [commission.name],
    });
  }

  seedZoning(store, data);
  await seedDossiers(store, blobs, logger, data, commission.name);
  subsystemLogger(logger, "demo").info(
    { dossiers: data.dossiers.length },
    "demo data seeded",
  );
  return data.users.map(({ username, password, role }) => ({
    username,
    password,
    role,
  }));
}

function seedZoning(store: Store, data: DemoData): void {
  const plan = {
    id: randomUUID(),
    commune: data.commune,
    name: data.zoningPlan.name,
    crs: data.crs,
    approvedOn: data.zoningPlan.approvedOn,
  };
  saveZoningPlan(
    store,
    plan,
    data.zoningPlan.zones.map((zone) => ({
      code: zone.code,
      name: zone.name,
      rules: zone.rules,
      rings: zone.rings.map((ring) => ring.map(({ x, y }) => ({ x, y }))),
    })),
  );
}

async function seedDossiers(
  store: Store,
  blobs: BlobStore,
  logger: Logger,
  data: DemoData,
  commissionName: string,
): Promise<void> {
  for (const dossier of data.dossiers) {
    const parcel = data.parcels.find((p) => p.landTitle === dossier.landTitle);
    await registerDossier(store, blobs, subsystemLogger(logger, "documents"), {
      number: dossier.number,
      procedure: dossier.procedure,
      commune: data.commune,
      applicant: dossier.applicant,
      architect: dossier.architect,
      landTitle: dossier.landTitle,
      parcel: parcel?.ring ?? [],
      commissionName,
      sessionTitle: data.session.title,
      deadline: dossier.deadline,
      documents: [...dossier.documents, ...(dossier.revisions ?? [])].map(
        (doc) => ({
          kind: doc.kind,
          title: doc.title,
          fileName: doc.fileName,
          bytes: doc.pdf,
        }),
      ),
    });
  }
}
