import { describe, expect, it } from "vitest";
import { translate } from "../../renderer/i18n/catalog";
import { selectPlurals } from "../../renderer/i18n/plural";
import { registerAllMessages } from "../../renderer/i18n/registerAll";

/*
 * Counted messages agree with their number: "1 annotation importée", not
 * "1 annotations importées", and Arabic's six plural forms are told apart.
 */

registerAllMessages();

describe("plural-aware messages", () => {
  it("says one imported markup in the singular, in French", () => {
    expect(
      translate("fr", "exchange.imported", { imported: 1, skipped: 0 }),
    ).toBe(
      "1 annotation importée (0 élément non pris en compte : liens, champs).",
    );
    expect(
      translate("fr", "exchange.imported", { imported: 3, skipped: 2 }),
    ).toBe(
      "3 annotations importées (2 éléments non pris en compte : liens, champs).",
    );
  });

  it("says one imported markup in the singular, in English", () => {
    expect(
      translate("en", "exchange.imported", { imported: 1, skipped: 1 }),
    ).toBe("1 markup imported (1 item left out: links, fields).");
    expect(translate("en", "markup.table.more", { count: 2 })).toBe(
      "2 more markups not shown: narrow the filter.",
    );
  });

  it("tells Arabic's dual, few and many forms apart", () => {
    const imported = (n: number) =>
      translate("ar", "exchange.imported", { imported: n, skipped: 0 });
    expect(imported(1)).toContain("ملاحظة واحدة");
    expect(imported(2)).toContain("ملاحظتان");
    expect(imported(2)).not.toContain("2");
    expect(imported(5)).toContain("5 ملاحظات");
    expect(imported(11)).toContain("11 ملاحظةً");
    expect(imported(100)).toContain("100 ملاحظة");
    expect(imported(0)).toContain("لم تُستورد أي ملاحظة");
  });

  it("prefers an exact =N branch and keeps other placeholders", () => {
    const template =
      "{n, plural, =0 {nothing in {place}} one {# item} other {# items}}!";
    expect(selectPlurals(template, "en", { n: 0 })).toBe("nothing in {place}!");
    expect(selectPlurals(template, "en", { n: 1 })).toBe("1 item!");
    expect(selectPlurals(template, "en", { n: 7 })).toBe("7 items!");
    expect(translate("en", "missing.key {n}", { n: 2 })).toBe("missing.key 2");
  });
});
