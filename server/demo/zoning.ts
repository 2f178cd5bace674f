import type { DemoZone } from "./demoData";
import type { Xy } from "./geometry";
import { AREA_SIDE_M, ringToMap } from "./site";
import { ZONE_REGULATIONS } from "./zoneRules";
import type { ZoneCode } from "./zoneRules";

/**
 * The demo zoning plan: a 2 km square cut into bands by the RN6 road strip
 * and the rail strip, and into columns by two street lines and the wadi's
 * flood strip. Every cell is a convex quadrilateral between two column
 * lines and two band edges, so cells tile the square without overlap by
 * construction (tests check it anyway).
 */

/** The plan's name and approval date, as printed on its sheets. */
export const ZONING_PLAN = {
  name: "Plan d'aménagement de la ville de Khemisset",
  approvedOn: "2019-06-13",
} as const;

/** A column line: x as a function of y, straight (x = at0 + slope·y). */
interface ColumnLine {
  readonly at0: number;
  readonly slope: number;
}

const WEST: ColumnLine = { at0: 0, slope: 0 };
const STREET_WEST: ColumnLine = { at0: 480, slope: 0.06 };
const STREET_EAST: ColumnLine = { at0: 1120, slope: -0.04 };
const WADI_WEST: ColumnLine = { at0: 1420, slope: 0.12 };
const WADI_EAST: ColumnLine = { at0: 1480, slope: 0.12 };
const EAST: ColumnLine = { at0: AREA_SIDE_M, slope: 0 };

/** Band edges (local y, metres): the RN6 strip and the rail strip. */
export const BANDS = {
  roadSouth: 980,
  roadNorth: 1020,
  railSouth: 1800,
  railNorth: 1830,
} as const;

interface Cell {
  readonly code: ZoneCode;
  readonly west: ColumnLine;
  readonly east: ColumnLine;
  readonly south: number;
  readonly north: number;
}

const { roadSouth, roadNorth, railSouth, railNorth } = BANDS;

const CELLS: readonly Cell[] = [
  cell("E", WEST, STREET_WEST, 0, roadSouth),
  cell("HE", STREET_WEST, STREET_EAST, 0, 560),
  cell("HI", STREET_WEST, STREET_EAST, 560, roadSouth),
  cell("EQ", STREET_EAST, WADI_WEST, 0, 560),
  cell("ZV", STREET_EAST, WADI_WEST, 560, roadSouth),
  cell("ZNA", WADI_WEST, WADI_EAST, 0, roadSouth),
  cell("I", WADI_EAST, EAST, 0, roadSouth),
  cell("SV", WEST, EAST, roadSouth, roadNorth),
  cell("HI", WEST, STREET_WEST, roadNorth, railSouth),
  cell("D", STREET_WEST, STREET_EAST, roadNorth, railSouth),
  cell("EQ", STREET_EAST, WADI_WEST, roadNorth, 1420),
  cell("ZV", STREET_EAST, WADI_WEST, 1420, railSouth),
  cell("ZNA", WADI_WEST, WADI_EAST, roadNorth, railSouth),
  cell("RA", WADI_EAST, EAST, roadNorth, railSouth),
  cell("SF", WEST, EAST, railSouth, railNorth),
  cell("RA", WEST, WADI_WEST, railNorth, AREA_SIDE_M),
  cell("ZNA", WADI_WEST, WADI_EAST, railNorth, AREA_SIDE_M),
  cell("RA", WADI_EAST, EAST, railNorth, AREA_SIDE_M),
];

/** A zone in local metres, before the shift to EPSG:26191. */
export interface LocalZone {
  readonly code: ZoneCode;
  readonly ring: readonly Xy[];
}

/** The plan's zones in local metres (counter-clockwise rings). */
export function localZones(): LocalZone[] {
  return CELLS.map((c) => ({ code: c.code, ring: cellRing(c) }));
}

/** The plan's zones as the demo data carry them (EPSG:26191 metres). */
export function demoZones(): DemoZone[] {
  return localZones().map((zone) => {
    const regulation = ZONE_REGULATIONS[zone.code];
    return {
      code: regulation.code,
      name: regulation.name,
      rules: { ...regulation.rules, uses: [...regulation.rules.uses] },
      rings: [ringToMap(zone.ring)],
    };
  });
}

/** The wadi's axis, local metres from south to north (for drawing). */
export function wadiAxis(): [Xy, Xy] {
  const mid = (y: number) => (xAt(WADI_WEST, y) + xAt(WADI_EAST, y)) / 2;
  return [
    { x: mid(0), y: 0 },
    { x: mid(AREA_SIDE_M), y: AREA_SIDE_M },
  ];
}

function cell(
  code: ZoneCode,
  west: ColumnLine,
  east: ColumnLine,
  south: number,
  north: number,
): Cell {
  return { code, west, east, south, north };
}

function cellRing(c: Cell): Xy[] {
  return [
    { x: xAt(c.west, c.south), y: c.south },
    { x: xAt(c.east, c.south), y: c.south },
    { x: xAt(c.east, c.north), y: c.north },
    { x: xAt(c.west, c.north), y: c.north },
  ];
}

function xAt(line: ColumnLine, y: number): number {
  return line.at0 + line.slope * y;
}
