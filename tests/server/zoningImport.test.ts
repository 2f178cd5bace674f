import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../shared/contract/errors";
import { openSqliteStore } from "../../server/db/sqliteStore";
import { lonLat } from "../../shared/geo/coordinates";
import { toProjected } from "../../shared/geo/projection";
import { importZoningPlan } from "../../server/zoning/importZoningPlan";
import {
  corpusFile,
  HAS_CORPUS,
  quietLogger,
  tempDataDir,
} from "./serverTestKit";
import { writePolygonGeoJson } from "./polygonGeoJson";

const data = tempDataDir();
const store = openSqliteStore(data.dir, quietLogger());
afterAll(() => {
  store.close();
  data.cleanup();
});

const HCP_ZIP = "zoning/ma_HCP2014_regions_lambert_nord_maroc.zip";

function importPlan(file: string, name: string, crs: string | null = null) {
  return importZoningPlan(store, quietLogger(), {
    commune: "Khemisset",
    name,
    file,
    crs,
    approvedOn: null,
  });
}

async function errorKeyOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
  return "no error";
}

describe("zoning import", () => {
  it("imports a GeoJSON plan in EPSG:26191 with its rules", async () => {
    const file = join(data.dir, "plan.geojson");
    const ring = [
      [400000, 370000],
      [400200, 370000],
      [400200, 370150],
      [400000, 370000],
    ];
    writeFileSync(
      file,
      JSON.stringify({
        type: "FeatureCollection",
        crs: {
          type: "name",
          properties: { name: "urn:ogc:def:crs:EPSG::26191" },
        },
        features: [
          {
            type: "Feature",
            properties: {
              code: "R+2",
              name: "Habitat continu",
              maxHeightM: 11.5,
              maxStoreys: "R+2",
              footprintRatio: "0,6",
              uses: "housing; shops",
            },
            geometry: { type: "Polygon", coordinates: [ring] },
          },
          {
            type: "Feature",
            properties: { LIBELLE: "N", LIBELONG: "Zone naturelle" },
            geometry: { type: "MultiPolygon", coordinates: [[ring], [ring]] },
          },
          {
            type: "Feature",
            properties: {},
            geometry: { type: "Point", coordinates: [1, 2] },
          },
        ],
      }),
    );

    const { plan, zoneCount } = await importPlan(file, "PA 2020");
    const zones = store.zoning.listZones(plan.id);
    expect(plan.crs).toBe("EPSG:26191");
    expect(zoneCount).toBe(3);
    expect(zones[0]).toMatchObject({
      code: "R+2",
      name: "Habitat continu",
      rules: { maxHeightM: 11.5, maxStoreys: "R+2", footprintRatio: 0.6 },
    });
    expect(zones[0]?.rules.uses).toEqual(["housing", "shops"]);
    expect(zones[0]?.rings[0]?.[1]).toEqual({ x: 400200, y: 370000 });
    expect(zones.slice(1).map((z) => [z.code, z.name])).toEqual([
      ["N", "Zone naturelle"],
      ["N", "Zone naturelle"],
    ]);
  });

  it("projects a WGS 84 GeoJSON (RFC 7946, no crs) to EPSG:26191", async () => {
    const file = join(data.dir, "wgs84.geojson");
    const khemisset = [-6.066, 33.824];
    const ring = [khemisset, [-6.06, 33.824], [-6.06, 33.83], khemisset];
    writePolygonGeoJson(file, "UA", ring);

    const { plan } = await importPlan(file, "wgs84");
    const first = store.zoning.listZones(plan.id)[0]?.rings[0]?.[0];
    const expected = toProjected(lonLat(-6.066, 33.824), "EPSG:26191");
    expect(plan.crs).toBe("EPSG:26191");
    expect(first?.x).toBeCloseTo(expected.x, 3);
    expect(first?.y).toBeCloseTo(expected.y, 3);
    // Khemisset sits west of the zone's central meridian and north of 33.3°.
    expect(first?.x).toBeGreaterThan(400_000);
    expect(first?.x).toBeLessThan(500_000);
    expect(first?.y).toBeGreaterThan(300_000);
  });

  it.skipIf(!HAS_CORPUS)(
    "refuses the ESRI Clarke 1880 Lambert shapefile without --crs",
    async () => {
      expect(await errorKeyOf(importPlan(corpusFile(HCP_ZIP), "regions"))).toBe(
        "zoning.error.ambiguousCrs",
      );
    },
  );

  it.skipIf(!HAS_CORPUS)(
    "imports the Moroccan regions shapefile as EPSG:26191 when told so",
    async () => {
      const { plan, zoneCount } = await importPlan(
        corpusFile(HCP_ZIP),
        "regions",
        "EPSG:26191",
      );
      const zones = store.zoning.listZones(plan.id);
      expect(plan.crs).toBe("EPSG:26191");
      expect(zoneCount).toBeGreaterThanOrEqual(12);
      // Native Lambert metres are kept: Morocco north of 31°30'N.
      const first = zones[0]?.rings[0]?.[0];
      expect(first?.x).toBeGreaterThan(100_000);
      expect(first?.y).toBeGreaterThan(100_000);
      expect(zones.map((z) => z.name)).toContain("Oriental");
    },
  );

  it.skipIf(!HAS_CORPUS)(
    "refuses an unknown CRS and asks for --crs",
    async () => {
      const pezou = corpusFile(
        "zoning/fr_41175_Pezou_PLU_20140603_ZONE_URBA.zip",
      );
      expect(await errorKeyOf(importPlan(pezou, "pezou"))).toBe(
        "zoning.error.unknownCrs",
      );
      expect(await errorKeyOf(importPlan(pezou, "pezou", "EPSG:2154"))).toBe(
        "zoning.error.unsupportedCrs",
      );
    },
  );

  it("refuses a second plan of the same name for the commune", async () => {
    expect(await errorKeyOf(importPlan("/nowhere.geojson", "PA 2020"))).toBe(
      "zoning.error.duplicate",
    );
  });
});
