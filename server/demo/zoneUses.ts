import type { Procedure } from "../../shared/domain/entities";

/**
 * The land uses a demo zone may allow (`ZoneRules.uses`). Each names what
 * may be built or done there; the last three name the 25-90 operations
 * (subdivision, housing group, land division) the zone admits.
 */
export const ZONE_USES = [
  "collective_housing",
  "individual_housing",
  "villa",
  "commerce",
  "office",
  "craft",
  "industry",
  "warehouse",
  "public_facility",
  "green_space",
  "agriculture",
  "subdivision",
  "housing_group",
  "land_division",
] as const;

/** One allowed use of a zone. */
export type ZoneUse = (typeof ZONE_USES)[number];

// A building permit needs a use that puts up a building; open space and
// farming alone do not count.
const BUILDING_USES: readonly ZoneUse[] = [
  "collective_housing",
  "individual_housing",
  "villa",
  "commerce",
  "office",
  "craft",
  "industry",
  "warehouse",
  "public_facility",
];

/** Tells whether a zone with these uses admits a dossier's procedure. */
export function usesAllowProcedure(
  uses: readonly string[],
  procedure: Procedure,
): boolean {
  if (procedure === "building_permit") {
    return uses.some((use) => (BUILDING_USES as string[]).includes(use));
  }
  return uses.includes(procedure);
}
