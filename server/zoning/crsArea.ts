import { UserError } from "../../shared/contract/errors";
import type { Feature, Position } from "./geoJson";

/** A box in a CRS's own units. */
interface Area {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/**
 * Where each known CRS's coordinates can fall. The Merchich Lambert boxes
 * hold the whole of Morocco as each zone draws it, with a margin: national
 * files such as the HCP regions run to x -740 km and y -1030 km in
 * EPSG:26191, so a box fitted to Nord Maroc alone would refuse real data.
 * Degrees and metres of other systems (UTM, Lambert 93) still fall outside.
 */
const AREAS: Readonly<Record<string, Area>> = {
  "EPSG:26191": {
    minX: -1_000_000,
    maxX: 1_200_000,
    minY: -1_300_000,
    maxY: 900_000,
  },
  "EPSG:26192": {
    minX: -1_000_000,
    maxX: 1_200_000,
    minY: -900_000,
    maxY: 1_300_000,
  },
  "EPSG:4326": { minX: -180, maxX: 180, minY: -90, maxY: 90 },
};

/**
 * Refuses a zoning file whose coordinates cannot be in `crs`: a plan read
 * in the wrong system lands kilometres (or a continent) away, and every
 * parcel's zone would then be wrong. Coordinates that all fit in degrees
 * under a projected CRS are named as such, the usual mistake.
 *
 * @throws UserError `zoning.error.coordinatesLookLikeDegrees` or
 *   `zoning.error.coordinatesOutOfArea`.
 */
export function requireCoordinatesInArea(
  fileName: string,
  features: readonly Feature[],
  crs: string,
): void {
  const area = AREAS[crs];
  const positions = features.flatMap((f) => positionsOf(f.geometry));
  if (area === undefined || positions.length === 0) return;

  const projected = crs !== "EPSG:4326";
  if (projected && positions.every(looksLikeDegrees)) {
    throw new UserError("zoning.error.coordinatesLookLikeDegrees", {
      file: fileName,
      crs,
    });
  }
  const outside = positions.find((p) => !inside(p, area));
  if (outside !== undefined) {
    throw new UserError("zoning.error.coordinatesOutOfArea", {
      file: fileName,
      crs,
      x: outside[0] ?? Number.NaN,
      y: outside[1] ?? Number.NaN,
    });
  }
}

function looksLikeDegrees(position: Position): boolean {
  const [x = Number.NaN, y = Number.NaN] = position;
  return Math.abs(x) <= 180 && Math.abs(y) <= 90;
}

function inside(position: Position, area: Area): boolean {
  const [x = Number.NaN, y = Number.NaN] = position;
  return x >= area.minX && x <= area.maxX && y >= area.minY && y <= area.maxY;
}

/** Every position of a polygon or multipolygon; other shapes give none. */
function positionsOf(geometry: Feature["geometry"]): Position[] {
  if (geometry === null || !Array.isArray(geometry.coordinates)) return [];
  if (geometry.type === "Polygon") {
    return (geometry.coordinates as readonly (readonly Position[])[]).flat();
  }
  if (geometry.type === "MultiPolygon") {
    const parts = geometry.coordinates as readonly (readonly Position[])[][];
    return parts.flat(2);
  }
  return [];
}
