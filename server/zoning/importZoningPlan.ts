import { randomUUID } from "node:crypto";
import type { Zone, ZoningPlan } from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import { DEFAULT_CRS, toProjected } from "../../shared/geo/projection";
import { lonLat } from "../../shared/geo/coordinates";
import type { Store } from "../db/store";
import type { Logger } from "../log";
import { publishChange } from "../sync/changeFeed";
import type { Feature, Position } from "./geoJson";
import { requireCoordinatesInArea } from "./crsArea";
import { readZoningSource } from "./readZoningSource";
import { resolveCrs } from "./resolveCrs";
import { zoneIdentity, zoneRules } from "./zoneProperties";

/** What the admin gives to import a zoning plan. */
export interface ZoningImport {
  readonly commune: string;
  readonly name: string;
  readonly file: string;
  /** An EPSG code that overrides what the file declares. */
  readonly crs: string | null;
  readonly approvedOn: string | null;
}

/** A plan's zones before they get ids. */
export type ZoneDraft = Omit<Zone, "id" | "planId">;

/**
 * Imports a zoning plan from GeoJSON or a zipped shapefile. Zones are kept
 * in the plan's CRS: a projected source (EPSG:26191/26192) keeps its
 * metres untouched; a WGS 84 source is projected to EPSG:26191, since zone
 * rings are metres by contract.
 */
export async function importZoningPlan(
  store: Store,
  logger: Logger,
  input: ZoningImport,
): Promise<{ plan: ZoningPlan; zoneCount: number }> {
  if (store.zoning.findPlan(input.commune, input.name) !== null) {
    throw new UserError("zoning.error.duplicate", {
      commune: input.commune,
      name: input.name,
    });
  }
  const source = await readZoningSource(input.file);
  const { sourceCrs } = resolveCrs(
    source.fileName,
    source.declaredCrs,
    input.crs,
    logger,
  );
  requireCoordinatesInArea(source.fileName, source.features, sourceCrs);
  const planCrs = sourceCrs === "EPSG:4326" ? DEFAULT_CRS : sourceCrs;

  const drafts = source.features.flatMap((feature, index) =>
    featureToZones(feature, index, sourceCrs),
  );
  if (drafts.length === 0)
    throw new UserError("zoning.error.noZones", { file: source.fileName });

  const plan: ZoningPlan = {
    id: randomUUID(),
    commune: input.commune,
    name: input.name,
    crs: planCrs,
    approvedOn: input.approvedOn,
  };
  saveZoningPlan(store, plan, drafts);
  logger.info(
    { commune: plan.commune, zones: drafts.length, sourceCrs, planCrs },
    "zoning plan imported",
  );
  return { plan, zoneCount: drafts.length };
}

/** Stores a plan and its zones and publishes them, atomically. */
export function saveZoningPlan(
  store: Store,
  plan: ZoningPlan,
  drafts: readonly ZoneDraft[],
): Zone[] {
  const zones = drafts.map((draft) => ({
    ...draft,
    id: randomUUID(),
    planId: plan.id,
  }));
  store.transaction(() => {
    store.zoning.putPlan(plan);
    publishChange(store, { entity: "zoning_plan", record: plan });
    for (const zone of zones) {
      store.zoning.putZone(zone);
      publishChange(store, { entity: "zone", record: zone });
    }
  });
  return zones;
}

/** A polygon feature gives one zone; a multipolygon one per part. */
function featureToZones(
  feature: Feature,
  index: number,
  sourceCrs: string,
): ZoneDraft[] {
  const geometry = feature.geometry;
  if (geometry === null) return [];
  let polygons: readonly (readonly (readonly Position[])[])[];
  if (geometry.type === "Polygon") {
    polygons = [geometry.coordinates as readonly (readonly Position[])[]];
  } else if (geometry.type === "MultiPolygon") {
    polygons =
      geometry.coordinates as readonly (readonly (readonly Position[])[])[];
  } else {
    return [];
  }

  const properties = feature.properties ?? {};
  const { code, name } = zoneIdentity(properties, index);
  const rules = zoneRules(properties);
  return polygons.map((polygon) => ({
    code,
    name,
    rules,
    rings: polygon.map((ring) =>
      ring.map((position) => toPlanPoint(position, sourceCrs)),
    ),
  }));
}

function toPlanPoint(
  position: Position,
  sourceCrs: string,
): { x: number; y: number } {
  const [x, y] = position;
  if (
    x === undefined ||
    y === undefined ||
    !Number.isFinite(x) ||
    !Number.isFinite(y)
  ) {
    throw new UserError("zoning.error.unreadable", {
      file: "",
      detail: "bad coordinate",
    });
  }
  if (sourceCrs !== "EPSG:4326") return { x, y };
  const projected = toProjected(lonLat(x, y), DEFAULT_CRS);
  return { x: projected.x, y: projected.y };
}
