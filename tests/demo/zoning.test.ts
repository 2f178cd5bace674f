import { beforeAll, describe, expect, it } from "vitest";
import type { DemoData } from "../../server/demo/demoData";
import { generateDemoData } from "../../server/demo/generate";
import {
  clipConvex,
  containsPoint,
  convexContains,
  isConvex,
  ringArea,
} from "../../server/demo/geometry";
import { AREA_SIDE_M, KHEMISSET_CENTRE } from "../../server/demo/site";
import { usesAllowProcedure } from "../../server/demo/zoneUses";
import { projectedPoint } from "../../shared/geo/coordinates";
import { toLonLat, toProjected } from "../../shared/geo/projection";
import { FIXED_NOW } from "./demoTestKit";

describe("the demo zoning plan and parcels", () => {
  let data: DemoData;
  beforeAll(async () => {
    data = await generateDemoData({ now: FIXED_NOW });
  });

  it("has about a dozen zones with the expected codes", () => {
    const codes = new Set(data.zoningPlan.zones.map((z) => z.code));
    for (const code of [
      "D",
      "E",
      "HE",
      "HI",
      "I",
      "EQ",
      "ZV",
      "RA",
      "SV",
      "SF",
      "ZNA",
    ]) {
      expect(codes.has(code)).toBe(true);
    }
    expect(data.zoningPlan.zones.length).toBeGreaterThanOrEqual(11);
  });

  it("tiles the 2 km square without overlaps", () => {
    const rings = data.zoningPlan.zones.map((z) => z.rings[0] ?? []);
    const total = rings.reduce((sum, ring) => sum + ringArea(ring), 0);

    // Convex cells: pairwise clipping gives the exact overlap area.
    rings.forEach((ring) => expect(isConvex(ring)).toBe(true));
    for (let i = 0; i < rings.length; i++) {
      for (let j = i + 1; j < rings.length; j++) {
        const overlap = clipConvex(rings[i] ?? [], rings[j] ?? []);
        expect(overlap.length < 3 ? 0 : ringArea(overlap)).toBeLessThan(1e-3);
      }
    }
    // No overlap and a sum equal to the square: the zones cover it exactly.
    expect(Math.abs(total - AREA_SIDE_M ** 2) / AREA_SIDE_M ** 2).toBeLessThan(
      0.001,
    );
  });

  it("lies around Khemisset, whose centre falls inside the plan", () => {
    for (const zone of data.zoningPlan.zones) {
      for (const p of zone.rings.flat()) {
        const ll = toLonLat(projectedPoint(p.x, p.y));
        expect(ll.x).toBeGreaterThan(-6.2);
        expect(ll.x).toBeLessThan(-5.9);
        expect(ll.y).toBeGreaterThan(33.7);
        expect(ll.y).toBeLessThan(33.95);
      }
    }
    // Known point: the town centre projects to about (438 217, 358 586).
    const centre = toProjected(KHEMISSET_CENTRE);
    expect(centre.x).toBeCloseTo(438_217.4, 0);
    expect(centre.y).toBeCloseTo(358_585.7, 0);
    const inside = data.zoningPlan.zones.filter((z) =>
      containsPoint(z.rings[0] ?? [], centre),
    );
    expect(inside.length).toBeGreaterThanOrEqual(1);
  });

  it("puts every parcel in exactly one zone, without overlaps", () => {
    for (const parcel of data.parcels) {
      const zones = data.zoningPlan.zones.filter((z) =>
        convexContains(z.rings[0] ?? [], parcel.ring),
      );
      expect(zones).toHaveLength(1);
    }
    for (let i = 0; i < data.parcels.length; i++) {
      for (let j = i + 1; j < data.parcels.length; j++) {
        const a = data.parcels[i]?.ring ?? [];
        const b = data.parcels[j]?.ring ?? [];
        const overlap = clipConvex(a, b);
        expect(overlap.length < 3 ? 0 : ringArea(overlap)).toBeLessThan(1e-3);
      }
    }
  });

  it("puts each dossier on a parcel whose zone allows its procedure", () => {
    const expected = {
      building_permit: "D",
      subdivision: "HI",
      housing_group: "HE",
    };
    for (const dossier of data.dossiers) {
      const parcel = data.parcels.find(
        (p) => p.landTitle === dossier.landTitle,
      );
      const zones = data.zoningPlan.zones.filter((z) =>
        convexContains(z.rings[0] ?? [], parcel?.ring ?? []),
      );
      const zone = zones[0];

      expect(zones).toHaveLength(1);
      expect(zone?.code).toBe(
        expected[dossier.procedure as keyof typeof expected],
      );
      expect(
        usesAllowProcedure(zone?.rules.uses ?? [], dossier.procedure),
      ).toBe(true);
    }
  });
});
