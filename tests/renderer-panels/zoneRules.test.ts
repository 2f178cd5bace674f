import { describe, expect, it } from "vitest";
import type { ZoneRules } from "../../shared/domain/entities";
import { missingKeys } from "../../renderer/i18n/catalog";
import {
  formatRuleNumber,
  zoneRuleRows,
} from "../../renderer/map/zoneRulesFormat";
import { zoneFill, zoneHue } from "../../renderer/map/zoneColours";
import { checkScale } from "../../renderer/map/standardScale";
import "../../renderer/i18n/messages/map";
import "../../renderer/i18n/messages/opinion";
import "../../renderer/i18n/messages/decision";

const housing: ZoneRules = {
  uses: ["individual_housing", "shops on the ground floor"],
  maxHeightM: 11.5,
  maxStoreys: "R+2",
  footprintRatio: 0.6,
  floorAreaRatio: 1.8,
  minLotAreaM2: 120,
  setbackStreetM: null,
  setbackNeighbourM: 3,
  notes: "",
};

function valueOf(rows: ReturnType<typeof zoneRuleRows>, rule: string) {
  return rows.find((r) => r.rule === rule)?.value;
}

describe("zone rules formatting", () => {
  it("lists every rule with its unit, in English", () => {
    const rows = zoneRuleRows(housing, "en");
    expect(rows.map((r) => r.rule)).toEqual([
      "uses",
      "maxHeight",
      "maxStoreys",
      "footprintRatio",
      "floorAreaRatio",
      "minLot",
      "setbackStreet",
      "setbackNeighbour",
    ]);
    expect(valueOf(rows, "uses")).toBe(
      "individual housing, shops on the ground floor",
    );
    expect(valueOf(zoneRuleRows(housing, "fr"), "uses")).toBe(
      "habitat individuel, shops on the ground floor",
    );
    expect(rows.find((r) => r.rule === "uses")?.wide).toBe(true);
    expect(valueOf(rows, "maxHeight")).toBe("11.5 m");
    expect(valueOf(rows, "maxStoreys")).toBe("R+2");
    expect(valueOf(rows, "footprintRatio")).toBe("0.6");
    expect(valueOf(rows, "minLot")).toBe("120 m²");
    expect(valueOf(rows, "setbackStreet")).toBe("not set");
    expect(rows.find((r) => r.rule === "footprintRatio")?.label).toBe(
      "Footprint ratio (CES)",
    );
  });

  it("says 'not set' in each language for an open rule", () => {
    const open: ZoneRules = {
      ...housing,
      uses: [],
      maxHeightM: null,
      maxStoreys: null,
      notes: "  Easement: rail line 20 m  ",
    };
    expect(valueOf(zoneRuleRows(open, "fr"), "maxHeight")).toBe("non fixé");
    expect(valueOf(zoneRuleRows(open, "ar"), "uses")).toBe("غير محدد");
    expect(valueOf(zoneRuleRows(open, "en"), "notes")).toBe(
      "Easement: rail line 20 m",
    );
  });

  it("writes decimals the way each language does, with Latin digits", () => {
    expect(formatRuleNumber(1.75, "fr")).toBe("1,75");
    expect(formatRuleNumber(1.75, "en")).toBe("1.75");
    expect(formatRuleNumber(1.75, "ar")).toMatch(/^1.75$/);
    expect(formatRuleNumber(0.333333, "en")).toBe("0.33");
  });
});

describe("zone colours", () => {
  it("gives one colour per code and family hues", () => {
    expect(zoneFill("HA")).toBe(zoneFill("HA"));
    expect(zoneHue("HA")).not.toBe(zoneHue("HB"));
    expect(zoneHue("ZV")).toBeGreaterThanOrEqual(120);
    expect(zoneHue("ZV")).toBeLessThan(150);
    expect(zoneHue("XYZ")).toBe(zoneHue("XYZ"));
  });
});

describe("panel messages", () => {
  it("exist in Arabic, French and English", () => {
    const mine = /^(map|opinion|decision)\./;
    const missing = missingKeys();
    expect(missing.ar.filter((k) => mine.test(k))).toEqual([]);
    expect(missing.fr.filter((k) => mine.test(k))).toEqual([]);
    expect(missing.en.filter((k) => mine.test(k))).toEqual([]);
  });
});

describe("the implied scale against usual ones", () => {
  it("recognises a placement drawn at a usual scale", () => {
    expect(checkScale(498)).toEqual({
      standard: 500,
      deviation: -0.004,
      matches: true,
    });
    expect(checkScale(201.5).standard).toBe(200);
    expect(checkScale(1).standard).toBe(50);
  });

  it("flags a placement far from any usual scale", () => {
    const check = checkScale(707);
    expect(check.matches).toBe(false);
    expect(check.standard).toBe(500);
    expect(checkScale(2300).matches).toBe(false);
  });
});
