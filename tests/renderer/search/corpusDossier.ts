import { dataCli, seedCommission } from "../../workstation/support/seed";

/** A member who may sign in to the seeded commission. */
export interface SeededMember {
  readonly username: string;
  readonly password: string;
}

/**
 * Seeds a server data folder with one commission, one member and one
 * building-permit dossier holding the given documents, each given as
 * `kind:file:title` (the data CLI's `--doc`).
 */
export async function seedCorpusDossier(
  dataDir: string,
  number: string,
  member: SeededMember,
  documents: readonly string[],
): Promise<void> {
  const commission = "Commission locale de Khemisset";
  await seedCommission(dataDir, {
    services: [{ key: "au", name: "Agence urbaine", binding: true }],
    commission: { name: commission, commune: "Khemisset", quorum: 1 },
    users: [
      { ...member, name: "Salma Idrissi", role: "member", service: "au" },
    ],
  });
  await dataCli(dataDir)(
    ...["dossier", "register", "--number", number],
    ...["--procedure", "building_permit", "--commune", "Khemisset"],
    ...["--applicant", "Hicham Tazi", "--architect", "Atelier Zaer"],
    ...["--land-title", "5521/27", "--commission", commission],
    ...["--parcel", "438180,358580 438215,358580 438215,358610"],
    ...["--deadline", "2026-12-30"],
    ...documents.flatMap((doc) => ["--doc", doc]),
  );
}
