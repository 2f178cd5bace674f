import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SyncChange } from "../../shared/contract/sync";
import { tokenDigest } from "../../server/auth/tokens";
import { openSqliteStore } from "../../server/db/sqliteStore";
import { importZoningPlan } from "../../server/zoning/importZoningPlan";
import { quietLogger, signInAs, startSeededServer } from "./serverTestKit";
import type { TestServer } from "./serverTestKit";

let server: TestServer;

/** Writes a one-zone GeoJSON plan in EPSG:26191. */
function planFile(dir: string, name: string): string {
  const file = join(dir, `${name}.geojson`);
  const ring = [
    [400000, 370000],
    [400100, 370000],
    [400100, 370100],
    [400000, 370000],
  ];
  writeFileSync(
    file,
    JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "EPSG:26191" } },
      features: [
        {
          type: "Feature",
          properties: { code: name },
          geometry: { type: "Polygon", coordinates: [ring] },
        },
      ],
    }),
  );
  return file;
}

beforeAll(async () => {
  server = await startSeededServer();

  // A second connection on the running server's database, as the admin
  // CLI would open it: WAL lets both work at once.
  const store = openSqliteStore(server.dataDir, quietLogger());
  for (const commune of ["Khemisset", "Tiflet"]) {
    await importZoningPlan(store, quietLogger(), {
      commune,
      name: "PA",
      file: planFile(server.dataDir, commune),
      crs: null,
      approvedOn: null,
    });
  }
  const user = store.directory.findUserByUsername("member-a");
  const past = new Date(Date.now() - 1000).toISOString();
  store.directory.saveToken(tokenDigest("expired-token"), user!.id, past);
  store.close();
});
afterAll(async () => server.close());

async function pullAs(username: string): Promise<SyncChange[]> {
  const auth = await signInAs(server.url, username);
  const response = await fetch(`${server.url}/api/sync/changes?limit=1000`, {
    headers: { authorization: auth },
  });
  return ((await response.json()) as { changes: SyncChange[] }).changes;
}

describe("what a pull contains", () => {
  it("gives a member the zoning of their commissions' communes only", async () => {
    const changes = await pullAs("member-a");
    const communes = changes.flatMap((c) =>
      c.entity === "zoning_plan" ? [c.record.commune] : [],
    );
    const zones = changes.flatMap((c) =>
      c.entity === "zone" ? [c.record.code] : [],
    );
    expect(communes).toEqual(["Khemisset"]);
    expect(zones).toEqual(["Khemisset"]);
  });

  it("gives a member their own service and commission, and their sessions", async () => {
    const changes = await pullAs("member-a");
    const of = (entity: string) =>
      changes.filter((c) => c.entity === entity).map((c) => c.record.id);
    expect(of("service")).toEqual(["agence"]);
    expect(of("commission")).toEqual([server.commissionAId]);
    expect(of("session")).toHaveLength(1);
  });
});

describe("tokens and guessing", () => {
  it("refuses an expired token", async () => {
    const response = await fetch(`${server.url}/api/auth/me`, {
      headers: { authorization: "Bearer expired-token" },
    });
    expect(response.status).toBe(401);
  });

  it("stops answering a username after repeated wrong passwords", async () => {
    const attempt = () =>
      fetch(`${server.url}/api/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "ghost", password: "guess-guess" }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
