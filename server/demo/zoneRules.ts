import type { ZoneRules } from "../../shared/domain/entities";
import type { ZoneUse } from "./zoneUses";

/**
 * The regulation of each demo zone code, written the way a Moroccan plan
 * d'aménagement states it. CES is the footprint over the lot area and COS
 * the floor area over the lot area; the notes restate it because some
 * plans use the words the other way round.
 */

/** A zone code with its name and rules. */
export interface ZoneRegulation {
  readonly code: string;
  readonly name: string;
  readonly rules: ZoneRules;
}

const RATIOS_NOTE =
  "CES = emprise au sol / surface du lot ; COS = surface de plancher / surface du lot.";

function rules(
  uses: readonly ZoneUse[],
  values: Omit<ZoneRules, "uses" | "notes">,
  notes: string,
): ZoneRules {
  return { uses: [...uses], ...values, notes };
}

const NONE = {
  maxHeightM: null,
  maxStoreys: null,
  footprintRatio: null,
  floorAreaRatio: null,
  minLotAreaM2: null,
  setbackStreetM: null,
  setbackNeighbourM: null,
};

/** Every zone code of the demo plan, by code. */
export const ZONE_REGULATIONS = {
  D: {
    code: "D",
    name: "Zone d'immeubles R+4",
    rules: rules(
      ["collective_housing", "commerce", "office", "housing_group"],
      {
        maxHeightM: 17,
        maxStoreys: "R+4",
        footprintRatio: 0.6,
        floorAreaRatio: 2.8,
        minLotAreaM2: 300,
        setbackStreetM: 4,
        setbackNeighbourM: 3,
      },
      `Commerces et bureaux admis au rez-de-chaussée. Retrait sur limites séparatives H/3, minimum 3 m. ${RATIOS_NOTE}`,
    ),
  },
  E: {
    code: "E",
    name: "Zone de villas",
    rules: rules(
      ["villa", "subdivision", "housing_group"],
      {
        maxHeightM: 8.5,
        maxStoreys: "R+1",
        footprintRatio: 0.3,
        floorAreaRatio: 0.5,
        minLotAreaM2: 400,
        setbackStreetM: 5,
        setbackNeighbourM: 4,
      },
      `Villas isolées ou jumelées ; clôture sur rue 1,80 m maximum. ${RATIOS_NOTE}`,
    ),
  },
  HE: {
    code: "HE",
    name: "Zone d'habitat économique",
    rules: rules(
      [
        "individual_housing",
        "commerce",
        "craft",
        "subdivision",
        "housing_group",
      ],
      {
        maxHeightM: 11.5,
        maxStoreys: "R+2",
        footprintRatio: 0.75,
        floorAreaRatio: 2.25,
        minLotAreaM2: 80,
        setbackStreetM: 0,
        setbackNeighbourM: 0,
      },
      `Ordre continu ; patio de 9 m² minimum par logement. ${RATIOS_NOTE}`,
    ),
  },
  HI: {
    code: "HI",
    name: "Zone d'habitat individuel R+2",
    rules: rules(
      [
        "individual_housing",
        "commerce",
        "subdivision",
        "housing_group",
        "land_division",
      ],
      {
        maxHeightM: 11.5,
        maxStoreys: "R+2",
        footprintRatio: 0.65,
        floorAreaRatio: 1.95,
        minLotAreaM2: 150,
        setbackStreetM: 0,
        setbackNeighbourM: 3,
      },
      `Alignement sur rue ; retrait de 3 m en fond de lot. ${RATIOS_NOTE}`,
    ),
  },
  I: {
    code: "I",
    name: "Zone industrielle",
    rules: rules(
      ["industry", "warehouse", "office", "subdivision", "land_division"],
      {
        maxHeightM: 12,
        maxStoreys: null,
        footprintRatio: 0.6,
        floorAreaRatio: 1.2,
        minLotAreaM2: 1000,
        setbackStreetM: 10,
        setbackNeighbourM: 5,
      },
      `Industries non polluantes et entrepôts ; logement de gardien seul admis. ${RATIOS_NOTE}`,
    ),
  },
  EQ: {
    code: "EQ",
    name: "Zone d'équipements publics",
    rules: rules(
      ["public_facility"],
      {
        maxHeightM: 15,
        maxStoreys: "R+3",
        footprintRatio: 0.5,
        floorAreaRatio: 1.5,
        minLotAreaM2: null,
        setbackStreetM: 5,
        setbackNeighbourM: 5,
      },
      `Écoles, santé, administration, lieux de culte, sport. ${RATIOS_NOTE}`,
    ),
  },
  ZV: {
    code: "ZV",
    name: "Espace vert public",
    rules: rules(
      ["green_space"],
      {
        ...NONE,
        maxHeightM: 4,
        maxStoreys: "R+0",
        footprintRatio: 0.02,
        floorAreaRatio: 0.02,
      },
      "Jardins et aires de jeux ; kiosques légers seulement.",
    ),
  },
  RA: {
    code: "RA",
    name: "Zone de réserve agricole",
    rules: rules(
      ["agriculture"],
      {
        maxHeightM: 7,
        maxStoreys: "R+1",
        footprintRatio: 0.01,
        floorAreaRatio: 0.02,
        minLotAreaM2: 20_000,
        setbackStreetM: 10,
        setbackNeighbourM: 10,
      },
      `Seules l'habitation de l'exploitant et les bâtiments agricoles sont admis. ${RATIOS_NOTE}`,
    ),
  },
  SV: {
    code: "SV",
    name: "Emprise de voie (RN6)",
    rules: rules(
      [],
      NONE,
      "Servitude de voirie : emprise de 40 m, non aedificandi.",
    ),
  },
  SF: {
    code: "SF",
    name: "Emprise ferroviaire",
    rules: rules(
      [],
      NONE,
      "Servitude ferroviaire : emprise de 30 m, non aedificandi.",
    ),
  },
  ZNA: {
    code: "ZNA",
    name: "Bande inondable de l'oued (non aedificandi)",
    rules: rules(
      ["green_space"],
      NONE,
      "Zone inondable de 60 m le long de l'oued : toute construction est interdite.",
    ),
  },
} as const satisfies Record<string, ZoneRegulation>;

/** A code of the demo plan. */
export type ZoneCode = keyof typeof ZONE_REGULATIONS;
