import proj4 from "proj4";
import { lonLat, projectedPoint } from "./coordinates";
import type { LonLat, ProjectedPoint } from "./coordinates";

/**
 * The Moroccan Lambert zones in Merchich datum. The towgs84 shift is the one
 * published with EPSG:26191; copies with the sign flipped circulate, which
 * is why a unit test pins a known point.
 */
export const PROJ_DEFINITIONS: Readonly<Record<string, string>> = {
  "EPSG:26191":
    "+proj=lcc +lat_1=33.3 +lat_0=33.3 +lon_0=-5.4 +k_0=0.999625769 " +
    "+x_0=500000 +y_0=300000 +a=6378249.2 +b=6356515 " +
    "+towgs84=31,146,47,0,0,0,0 +units=m +no_defs",
  "EPSG:26192":
    "+proj=lcc +lat_1=29.7 +lat_0=29.7 +lon_0=-5.4 +k_0=0.999615596 " +
    "+x_0=500000 +y_0=300000 +a=6378249.2 +b=6356515 " +
    "+towgs84=31,146,47,0,0,0,0 +units=m +no_defs",
};

/** The CRS of Lajna's zoning plans and parcels unless a plan says otherwise. */
export const DEFAULT_CRS = "EPSG:26191";

let registered = false;

/** Registers Lajna's CRS definitions with proj4; safe to call repeatedly. */
export function registerProjections(): void {
  if (registered) return;
  for (const [code, definition] of Object.entries(PROJ_DEFINITIONS)) {
    proj4.defs(code, definition);
  }
  registered = true;
}

/** Tells whether Lajna knows how to transform the named CRS. */
export function isKnownCrs(code: string): boolean {
  return code === "EPSG:4326" || code in PROJ_DEFINITIONS;
}

/** Projects WGS 84 degrees into the given CRS (EPSG:26191 by default). */
export function toProjected(
  point: LonLat,
  crs: string = DEFAULT_CRS,
): ProjectedPoint {
  registerProjections();
  const [x, y] = proj4("EPSG:4326", crs, [point.x, point.y]);
  return projectedPoint(x ?? NaN, y ?? NaN);
}

/** Unprojects a point of the given CRS back to WGS 84 degrees. */
export function toLonLat(
  point: ProjectedPoint,
  crs: string = DEFAULT_CRS,
): LonLat {
  registerProjections();
  const [lon, lat] = proj4(crs, "EPSG:4326", [point.x, point.y]);
  return lonLat(lon ?? NaN, lat ?? NaN);
}
