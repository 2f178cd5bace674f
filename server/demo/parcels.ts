import type { DemoParcel } from "./demoData";
import { bounds, convexContains } from "./geometry";
import type { Xy } from "./geometry";
import type { Random } from "./random";
import { ringToMap } from "./site";
import type { ZoneCode } from "./zoneRules";
import { localZones } from "./zoning";

/**
 * The demo's parcels: the three dossiers' parcels, their neighbours along
 * the same streets (so the location plan shows a real street front), and
 * a few parcels elsewhere. Local metres; land titles in the Moroccan form
 * "number/conservation".
 */

/** A parcel in local metres with the zone it lies in. */
export interface LocalParcel {
  readonly landTitle: string;
  readonly ring: readonly Xy[];
  readonly zoneCode: ZoneCode;
}

/** The three dossiers' parcels, fixed so that their sheets are stable. */
export const DOSSIER_PARCEL_RINGS = {
  /** 24 m front on a 12 m street, in zone D (491.4 m²). */
  building_permit: [
    { x: 781.35, y: 1104.2 },
    { x: 805.35, y: 1104.2 },
    { x: 805.35, y: 1124.85 },
    { x: 781.35, y: 1124.5 },
  ],
  /** 1.54 ha in zone HI, to be divided into serviced lots. */
  subdivision: [
    { x: 700.4, y: 720.6 },
    { x: 840.4, y: 720.6 },
    { x: 840.4, y: 830.6 },
    { x: 700.4, y: 830.6 },
  ],
  /** 0.54 ha in zone HE for a group of eight houses. */
  housing_group: [
    { x: 690.2, y: 240.8 },
    { x: 780.2, y: 240.8 },
    { x: 780.2, y: 300.8 },
    { x: 690.2, y: 300.8 },
  ],
} as const satisfies Record<string, readonly Xy[]>;

/** The width of the streets the demo parcels front on, metres. */
export const STREET_WIDTH_M = 12;

/** The conservation foncière suffix of the demo's land titles. */
const CONSERVATION = "27";

/**
 * All demo parcels in local metres. The first three are the dossiers'
 * parcels, in the order building permit, subdivision, housing group.
 */
export function localParcels(random: Random): LocalParcel[] {
  const rings: Xy[][] = [
    ...Object.values(DOSSIER_PARCEL_RINGS).map((ring) => [...ring]),
    ...buildingPermitNeighbours(random),
    ...blockNeighbours(DOSSIER_PARCEL_RINGS.subdivision, random),
    ...blockNeighbours(DOSSIER_PARCEL_RINGS.housing_group, random),
    ...scatteredParcels(),
  ];
  const titles = uniqueTitles(rings.length, random);
  return rings.map((ring, i) => ({
    landTitle: titles[i] as string,
    ring,
    zoneCode: zoneOf(ring),
  }));
}

/** The parcels as the demo data carry them (EPSG:26191 metres). */
export function demoParcels(parcels: readonly LocalParcel[]): DemoParcel[] {
  return parcels.map((p) => ({
    landTitle: p.landTitle,
    ring: ringToMap(p.ring),
  }));
}

// Three lots each side of the building permit's parcel on the same street
// front, and a row facing them across the street.
function buildingPermitNeighbours(random: Random): Xy[][] {
  const [sw, se] = DOSSIER_PARCEL_RINGS.building_permit;
  const front = sw.y;
  const depth = 20.5;
  const lots: Xy[][] = [];

  let x: number = sw.x;
  for (let i = 0; i < 3; i++) {
    const width = round(random.between(17, 24));
    lots.push(rect(x - width, front, width, depth));
    x -= width;
  }

  x = se.x;
  for (let i = 0; i < 3; i++) {
    const width = round(random.between(17, 24));
    lots.push(rect(x, front, width, depth));
    x += width;
  }

  x = sw.x - 52;
  const across = front - STREET_WIDTH_M;
  for (let i = 0; i < 6; i++) {
    const width = round(random.between(18, 26));
    lots.push(rect(x, across - 22, width, 22));
    x += width;
  }
  return lots;
}

// Two parcels west and two east of a large block, across 10 m lanes,
// one at the block's south edge and one at its north edge.
function blockNeighbours(block: readonly Xy[], random: Random): Xy[][] {
  const box = bounds(block);
  const height = box.maxY - box.minY;
  const lots: Xy[][] = [];
  for (const side of [-1, 1]) {
    const x = side < 0 ? box.minX - 10 : box.maxX + 10;
    for (let i = 0; i < 2; i++) {
      const width = round(random.between(28, 40));
      const depth = round(height * random.between(0.45, 0.5));
      const y = i === 0 ? box.minY : box.maxY - depth;
      lots.push(rect(side < 0 ? x - width : x, y, width, depth));
    }
  }
  return lots;
}

// Parcels elsewhere in the plan so that the map is not empty there.
function scatteredParcels(): Xy[][] {
  return [
    rect(120.5, 300.25, 25, 30),
    rect(150.5, 300.25, 24, 30),
    rect(120.5, 640.75, 28, 32),
    rect(1650.3, 320.6, 70, 90),
    rect(1760.8, 520.4, 80, 100),
    rect(1200.6, 180.2, 90, 110),
    rect(1240.1, 1150.3, 75, 60),
  ];
}

function zoneOf(ring: readonly Xy[]): ZoneCode {
  const zones = localZones().filter((z) => convexContains(z.ring, ring));
  const zone = zones[0];
  if (zones.length !== 1 || !zone) {
    throw new Error("A demo parcel must lie in exactly one zone");
  }
  return zone.code;
}

function uniqueTitles(count: number, random: Random): string[] {
  const numbers = new Set<number>();
  while (numbers.size < count) numbers.add(random.integer(10_000, 69_999));
  return [...numbers].map((n) => `${n}/${CONSERVATION}`);
}

function rect(x: number, y: number, width: number, depth: number): Xy[] {
  return [
    { x: round(x), y: round(y) },
    { x: round(x + width), y: round(y) },
    { x: round(x + width), y: round(y + depth) },
    { x: round(x), y: round(y + depth) },
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
