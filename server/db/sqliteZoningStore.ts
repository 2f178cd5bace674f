import type { Database as SqliteDatabase } from "better-sqlite3";
import { zoneSchema, zoningPlanSchema } from "../../shared/domain/entities";
import type { Zone, ZoningPlan } from "../../shared/domain/entities";
import type { ZoningStore } from "./store";
import { RecordTable } from "./sqliteRecords";

/** Zoning plans and zones in SQLite. */
export class SqliteZoningStore implements ZoningStore {
  private readonly plans;
  private readonly zones;

  constructor(db: SqliteDatabase) {
    this.plans = new RecordTable(db, "zoning_plans", zoningPlanSchema);
    this.zones = new RecordTable(db, "zones", zoneSchema);
  }

  getPlan(id: string): ZoningPlan | null {
    return this.plans.get(id);
  }

  findPlan(commune: string, name: string): ZoningPlan | null {
    return (
      this.plans.where("commune = ? AND name = ?", commune, name)[0] ?? null
    );
  }

  putPlan(plan: ZoningPlan): void {
    this.plans.put(plan.id, plan, { commune: plan.commune, name: plan.name });
  }

  putZone(zone: Zone): void {
    this.zones.put(zone.id, zone, { plan_id: zone.planId });
  }

  listZones(planId: string): Zone[] {
    return this.zones.where("plan_id = ? ORDER BY rowid", planId);
  }
}
