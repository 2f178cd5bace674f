import { beforeAll, describe, expect, it } from "vitest";
import type { DemoData } from "../../server/demo/demoData";
import { generateDemoData } from "../../server/demo/generate";
import { FIXED_NOW } from "./demoTestKit";

describe("generateDemoData", () => {
  let data: DemoData;
  beforeAll(async () => {
    data = await generateDemoData({ now: FIXED_NOW });
  });

  it("gives the same data, PDF bytes included, for the same now", async () => {
    const first = data;
    const second = await generateDemoData({ now: new Date(FIXED_NOW) });

    expect(second).toEqual(first);
    const pdfs = (d: typeof first) =>
      d.dossiers.flatMap((x) => x.documents.map((doc) => doc.pdf));
    pdfs(second).forEach((pdf, i) => {
      expect(Buffer.from(pdf).equals(Buffer.from(pdfs(first)[i] ?? []))).toBe(
        true,
      );
    });
  });

  it("counts deadlines and the session from now", async () => {
    const later = await generateDemoData({
      now: new Date("2027-03-10T09:00:00Z"),
    });

    // FIXED_NOW is a Friday: 4 working days later is Thursday the 10th.
    expect(data.dossiers.map((d) => d.deadline)).toEqual([
      "2026-12-10",
      "2026-12-22",
      "2026-12-07",
    ]);
    expect(data.session.date).toBe("2026-12-08");
    expect(data.dossiers[0]?.number).toBe("KHE-AC-2026-0147");
    expect(later.dossiers[0]?.number).toBe("KHE-AC-2027-0147");
    for (const dossier of later.dossiers) {
      expect(dossier.deadline > "2027-03-10").toBe(true);
    }
    // The town itself does not move with the clock.
    expect(later.zoningPlan).toEqual(data.zoningPlan);
    expect(later.parcels).toEqual(data.parcels);
  });

  it("seats one member per service, a secretary and an admin", () => {
    expect(data.commission.quorum).toBe(3);
    expect(data.services.filter((s) => s.binding).map((s) => s.key)).toEqual([
      "urban_agency",
    ]);
    for (const service of data.services) {
      const members = data.users.filter((u) => u.serviceKey === service.key);
      expect(members.map((m) => m.role)).toEqual(["member"]);
    }
    expect(data.users.filter((u) => u.role === "secretary")).toHaveLength(1);
    expect(data.users.filter((u) => u.role === "admin")).toHaveLength(1);
    const usernames = new Set(data.users.map((u) => u.username));
    expect(usernames.size).toBe(data.users.length);
  });

  it("gives three dossiers, one per procedure, on listed parcels", () => {
    const titles = new Set(data.parcels.map((p) => p.landTitle));

    expect(data.dossiers.map((d) => d.procedure)).toEqual([
      "building_permit",
      "subdivision",
      "housing_group",
    ]);
    expect(data.parcels.length).toBeGreaterThanOrEqual(25);
    expect(titles.size).toBe(data.parcels.length);
    for (const parcel of data.parcels) {
      expect(parcel.landTitle).toMatch(/^\d{5}\/27$/);
    }
    for (const dossier of data.dossiers) {
      expect(titles.has(dossier.landTitle)).toBe(true);
      expect(dossier.documents.length).toBeGreaterThanOrEqual(3);
      expect(dossier.documents[0]?.kind).toBe("location_plan");
      expect(dossier.documents.map((d) => d.kind)).toContain("site_plan");
    }
  });
});
