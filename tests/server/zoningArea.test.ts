import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../shared/contract/errors";
import { openSqliteStore } from "../../server/db/sqliteStore";
import { describeUserError } from "../../server/cli/cliMessages";
import { importZoningPlan } from "../../server/zoning/importZoningPlan";
import { writePolygonGeoJson } from "./polygonGeoJson";
import { quietLogger, tempDataDir } from "./serverTestKit";

/*
 * Review finding F7: `zoning import --crs EPSG:26191` took a GeoJSON in
 * degrees (-6.07, 33.82) as metres, putting the plan in the Atlantic.
 */

const data = tempDataDir();
const store = openSqliteStore(data.dir, quietLogger());
afterAll(() => {
  store.close();
  data.cleanup();
});

/** Writes a one-square GeoJSON around (x, y), without a crs member. */
function squareAt(x: number, y: number, size: number): string {
  const file = join(data.dir, `square-${x}-${y}.geojson`);
  const ring = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y],
  ];
  return writePolygonGeoJson(file, "Z1", ring);
}

async function refusal(file: string, crs: string): Promise<UserError> {
  try {
    await importZoningPlan(store, quietLogger(), {
      commune: "Khemisset",
      name: `${file} ${crs}`,
      file,
      crs,
      approvedOn: null,
    });
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("the import was accepted");
}

describe("zoning import coordinates", () => {
  it("refuses degrees read as EPSG:26191 metres, saying so", async () => {
    const error = await refusal(squareAt(-6.07, 33.82, 0.01), "EPSG:26191");
    expect(error.key).toBe("zoning.error.coordinatesLookLikeDegrees");
    const sentence = describeUserError(error);
    expect(sentence).toContain("degrees");
    expect(sentence).toContain("--crs");
  });

  it("refuses metres from another system (UTM, Lambert 93)", async () => {
    for (const [x, y] of [
      [350_000, 3_740_000],
      [600_000, 6_800_000],
    ] as const) {
      const error = await refusal(squareAt(x, y, 100), "EPSG:26191");
      expect(error.key).toBe("zoning.error.coordinatesOutOfArea");
      expect(describeUserError(error)).toContain("--crs");
    }
  });

  it("refuses metres read as EPSG:4326 degrees", async () => {
    const error = await refusal(squareAt(400_000, 370_000, 100), "EPSG:4326");
    expect(error.key).toBe("zoning.error.coordinatesOutOfArea");
  });

  it("still imports Khemisset in EPSG:26191 metres", async () => {
    const { zoneCount } = await importZoningPlan(store, quietLogger(), {
      commune: "Khemisset",
      name: "valid",
      file: squareAt(400_000, 370_000, 100),
      crs: "EPSG:26191",
      approvedOn: null,
    });
    expect(zoneCount).toBe(1);
  });
});
