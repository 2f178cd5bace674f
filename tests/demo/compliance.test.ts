import { describe, expect, it } from "vitest";
import { convexContains, ringArea } from "../../server/demo/geometry";
import { insetRing } from "../../server/demo/plans/inset";
import { DOSSIER_PARCEL_RINGS } from "../../server/demo/parcels";
import { projectDesign } from "../../server/demo/plans/dossierDocuments";
import { totalHeight } from "../../server/demo/plans/heights";
import { ZONE_REGULATIONS } from "../../server/demo/zoneRules";

/*
 * The demo projects are meant to be approvable: reviewers checking them
 * against the zone's rules should find them compliant, so that remarks
 * made in a demo are about the review, not about broken demo data.
 */
describe("the demo projects against their zones' rules", () => {
  const cases = [
    { procedure: "building_permit", zone: "D", storeys: 3 },
    { procedure: "housing_group", zone: "HE", storeys: 1 },
  ] as const;

  for (const { procedure, zone, storeys } of cases) {
    it(`${procedure} complies with zone ${zone}`, () => {
      const design = projectDesign(procedure);
      const rules = ZONE_REGULATIONS[zone].rules;
      const building = design.building;
      if (!building) throw new Error("a building is expected");
      const lotArea = ringArea(DOSSIER_PARCEL_RINGS[procedure]);
      const footprint =
        building.widthM * building.depthM * design.placements.length;
      const floorArea = footprint * building.storeyHeightsM.length;

      expect(footprint / lotArea).toBeLessThanOrEqual(
        rules.footprintRatio ?? 1,
      );
      expect(floorArea / lotArea).toBeLessThanOrEqual(
        rules.floorAreaRatio ?? 1,
      );
      expect(totalHeight(building)).toBeLessThanOrEqual(rules.maxHeightM ?? 0);
      expect(building.storeyHeightsM.length - 1).toBe(storeys);
      expect(`R+${storeys}` <= (rules.maxStoreys ?? "")).toBe(true);
      expect(design.setbacks.streetM).toBeGreaterThanOrEqual(
        rules.setbackStreetM ?? 0,
      );
      expect(design.setbacks.neighbourM).toBeGreaterThanOrEqual(
        rules.setbackNeighbourM ?? 0,
      );
      expect(lotArea).toBeGreaterThanOrEqual(rules.minLotAreaM2 ?? 0);

      // Every footprint stands inside the area the setbacks leave.
      const ring = DOSSIER_PARCEL_RINGS[procedure];
      const buildable = insetRing(
        ring,
        ring.map((_, i) =>
          i === 0 ? design.setbacks.streetM : design.setbacks.neighbourM,
        ),
      );
      for (const { x, y } of design.placements) {
        const x0 = ring[0].x + x;
        const y0 = ring[0].y + y;
        const footprintRing = [
          { x: x0, y: y0 },
          { x: x0 + building.widthM, y: y0 },
          { x: x0 + building.widthM, y: y0 + building.depthM },
          { x: x0, y: y0 + building.depthM },
        ];
        expect(convexContains(buildable, footprintRing)).toBe(true);
      }
    });
  }
});
