import { writeFileSync } from "node:fs";

/**
 * Writes a GeoJSON file of one zone: a polygon of one closed ring of
 * `[x, y]` positions, with the zone's code and no `crs` member, so that
 * the import has to decide the coordinate system from the numbers alone
 * or be told it. Answers the file's path.
 */
export function writePolygonGeoJson(
  file: string,
  code: string,
  ring: readonly (readonly number[])[],
): string {
  const feature = {
    type: "Feature",
    properties: { code },
    geometry: { type: "Polygon", coordinates: [ring] },
  };
  writeFileSync(
    file,
    JSON.stringify({ type: "FeatureCollection", features: [feature] }),
  );
  return file;
}
