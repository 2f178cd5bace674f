import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parseDbf, parseShp } from "shpjs";
import { UserError } from "../../shared/contract/errors";
import type { Feature } from "./geoJson";
import { readZipEntries } from "./zipArchive";

/** What a zoning file declares about its coordinates. */
export type DeclaredCrs =
  | { readonly kind: "code"; readonly code: string }
  | { readonly kind: "esriPrj"; readonly wkt: string }
  | { readonly kind: "none" };

/** A zoning file's features, in their native coordinates. */
export interface ZoningSource {
  readonly fileName: string;
  readonly features: readonly Feature[];
  readonly declaredCrs: DeclaredCrs;
}

/** Reads a .geojson/.json file or a zipped shapefile with its .prj. */
export async function readZoningSource(path: string): Promise<ZoningSource> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new UserError(
      "zoning.error.unreadable",
      { file: fileName, detail: "not found" },
      {
        cause: error,
      },
    );
  }

  try {
    const extension = extname(path).toLowerCase();
    if (extension === ".zip") return readShapefileZip(fileName, bytes);
    if (extension === ".geojson" || extension === ".json") {
      return readGeoJson(fileName, bytes);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(
      "zoning.error.unreadable",
      { file: fileName, detail },
      { cause: error },
    );
  }
  throw new UserError("zoning.error.unreadable", {
    file: fileName,
    detail: "expected a .geojson file or a .zip shapefile",
  });
}

function readGeoJson(fileName: string, bytes: Uint8Array): ZoningSource {
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as {
    features?: Feature[];
    crs?: { properties?: { name?: string } };
  };
  if (!Array.isArray(parsed.features))
    throw new Error("not a GeoJSON FeatureCollection");

  const named = parsed.crs?.properties?.name;
  // RFC 7946: a GeoJSON without a crs member is WGS 84 longitude/latitude.
  const declaredCrs: DeclaredCrs =
    named === undefined
      ? { kind: "code", code: "EPSG:4326" }
      : { kind: "code", code: normaliseCrsName(named) };
  return { fileName, features: parsed.features, declaredCrs };
}

function readShapefileZip(fileName: string, bytes: Uint8Array): ZoningSource {
  const entries = readZipEntries(bytes);
  const find = (extension: string): Uint8Array | undefined => {
    for (const [name, data] of entries) {
      if (!name.includes("__MACOSX") && name.toLowerCase().endsWith(extension))
        return data;
    }
    return undefined;
  };

  const shp = find(".shp");
  if (shp === undefined) throw new Error("the archive holds no .shp file");
  const dbf = find(".dbf");
  const prj = find(".prj");
  const cpg = find(".cpg");

  const geometries = parseShp(toDataView(shp));
  const rows = dbf === undefined ? [] : parseDbf(toDataView(dbf), decode(cpg));
  const features = geometries.map((geometry, index) => ({
    geometry,
    properties: rows[index] ?? {},
  }));
  const declaredCrs: DeclaredCrs =
    prj === undefined
      ? { kind: "none" }
      : { kind: "esriPrj", wkt: decode(prj) ?? "" };
  return { fileName, features, declaredCrs };
}

/** "urn:ogc:def:crs:EPSG::26191" and the like become "EPSG:26191". */
export function normaliseCrsName(name: string): string {
  if (/CRS84$/i.test(name)) return "EPSG:4326";
  const match = /EPSG:{1,2}(\d+)$/i.exec(name.trim());
  return match?.[1] === undefined ? name : `EPSG:${match[1]}`;
}

function toDataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decode(bytes: Uint8Array | undefined): string | undefined {
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}
