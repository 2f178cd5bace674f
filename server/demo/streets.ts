import { bounds } from "./geometry";
import type { Xy } from "./geometry";
import { DOSSIER_PARCEL_RINGS, STREET_WIDTH_M } from "./parcels";

/**
 * The local streets around the dossiers' parcels, in local metres: the
 * 12 m street each dossier's parcel fronts on (south side), and the 10 m
 * lanes either side of the two large blocks. Location and site plans draw
 * them; they are not zones of the plan, only its road network.
 */
export interface LocalStreet {
  readonly name: string;
  readonly ring: readonly Xy[];
}

/** How far a street runs beyond its parcel on either side, metres. */
const STREET_REACH_M = 150;

/** The width of the lanes beside the subdivision and housing group. */
const LANE_WIDTH_M = 10;

/** The streets of the demo, south fronts first. */
export function localStreets(): LocalStreet[] {
  const fronts: [keyof typeof DOSSIER_PARCEL_RINGS, string][] = [
    ["building_permit", "RUE AL MASSIRA"],
    ["subdivision", "RUE IBN SINA"],
    ["housing_group", "RUE AL QODS"],
  ];
  const streets = fronts.map(([key, name]) => {
    const box = bounds(DOSSIER_PARCEL_RINGS[key]);
    return {
      name,
      ring: rect(
        box.minX - STREET_REACH_M,
        box.minY - STREET_WIDTH_M,
        box.maxX + STREET_REACH_M,
        box.minY,
      ),
    };
  });
  const lanes = (["subdivision", "housing_group"] as const).flatMap((key) => {
    const box = bounds(DOSSIER_PARCEL_RINGS[key]);
    return [box.minX - LANE_WIDTH_M, box.maxX].map((x) => ({
      name: "",
      ring: rect(x, box.minY, x + LANE_WIDTH_M, box.maxY + LANE_WIDTH_M),
    }));
  });
  return [...streets, ...lanes];
}

/** The name of the street a dossier's parcel fronts on. */
export function frontStreetName(parcel: readonly Xy[]): string {
  const box = bounds(parcel);
  const street = localStreets().find((s) => {
    const b = bounds(s.ring);
    return Math.abs(b.maxY - box.minY) < 1e-6 && b.minX < box.minX;
  });
  return street?.name ?? "RUE EXISTANTE";
}

function rect(x0: number, y0: number, x1: number, y1: number): Xy[] {
  return [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
}
