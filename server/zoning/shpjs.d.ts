/**
 * The two shpjs functions Lajna uses, typed here because shpjs ships no
 * declarations. We call them without a .prj so coordinates stay native.
 */
declare module "shpjs" {
  import type { Geometry } from "./geoJson";
  export function parseShp(shp: DataView | ArrayBuffer): Geometry[];
  export function parseDbf(
    dbf: DataView | ArrayBuffer,
    cpg?: string,
  ): Record<string, unknown>[];
}
