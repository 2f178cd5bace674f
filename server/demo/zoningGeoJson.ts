import type { DemoData } from "./demoData";

/**
 * The demo zoning plan as a GeoJSON FeatureCollection in EPSG:26191. The
 * "crs" member is the old (2008) GeoJSON way to name a projected CRS; RFC
 * 7946 dropped it, but GIS tools still read it and Lajna's import expects
 * it for projected files.
 */
export function zoningGeoJson(data: DemoData): object {
  return {
    type: "FeatureCollection",
    name: data.zoningPlan.name,
    crs: {
      type: "name",
      properties: { name: "urn:ogc:def:crs:EPSG::26191" },
    },
    features: data.zoningPlan.zones.map((zone, index) => ({
      type: "Feature",
      id: index + 1,
      properties: { code: zone.code, name: zone.name, ...zone.rules },
      geometry: {
        type: "Polygon",
        coordinates: zone.rings.map((ring) =>
          closed(ring.map((p) => [p.x, p.y])),
        ),
      },
    })),
  };
}

function closed(ring: number[][]): number[][] {
  const first = ring[0];
  return first ? [...ring, first] : ring;
}
