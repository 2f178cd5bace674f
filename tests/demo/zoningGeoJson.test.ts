import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateDemoData } from "../../server/demo/generate";
import { zoningGeoJson } from "../../server/demo/zoningGeoJson";
import { readZoningSource } from "../../server/zoning/readZoningSource";
import { zoneIdentity, zoneRules } from "../../server/zoning/zoneProperties";
import { FIXED_NOW } from "./demoTestKit";

const dir = mkdtempSync(path.join(tmpdir(), "lajna-demo-geojson-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the demo zoning GeoJSON", () => {
  it("reads back through the server's zoning reader as EPSG:26191", async () => {
    const data = await generateDemoData({ now: FIXED_NOW });
    const file = path.join(dir, "zoning-plan.geojson");
    writeFileSync(file, JSON.stringify(zoningGeoJson(data)));

    const source = await readZoningSource(file);

    expect(source.declaredCrs).toEqual({ kind: "code", code: "EPSG:26191" });
    expect(source.features).toHaveLength(data.zoningPlan.zones.length);
    source.features.forEach((feature, i) => {
      const zone = data.zoningPlan.zones[i];
      const properties = feature.properties ?? {};
      expect(zoneIdentity(properties, i)).toEqual({
        code: zone?.code,
        name: zone?.name,
      });
      expect(zoneRules(properties)).toEqual(zone?.rules);
      // Rings are closed, as GeoJSON requires.
      const ring = (feature.geometry as { coordinates: number[][][] })
        .coordinates[0];
      expect(ring?.[0]).toEqual(ring?.at(-1));
    });
  });
});
