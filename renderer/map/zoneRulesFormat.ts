import type { ZoneRules } from "../../shared/domain/entities";
import { translate } from "../i18n/catalog";
import type { Language } from "../i18n/catalog";
import "../i18n/messages/map";

/** One line of the zone rules table: a translated label and its value. */
export interface RuleRow {
  /** Stable name of the rule, used as React key and test hook. */
  readonly rule: string;
  readonly label: string;
  readonly value: string;
  /** A long value (a list, a note) that reads better under its label. */
  readonly wide: boolean;
}

/**
 * Numbers as the committee reads them: Latin digits in every language
 * (Moroccan plans print them so) and at most two decimals, which is the
 * precision plans give for ratios and setbacks.
 */
export function formatRuleNumber(value: number, language: Language): string {
  const locale = language === "ar" ? "ar-MA-u-nu-latn" : language;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
    value,
  );
}

/**
 * The rows of the zone rules panel, in the order the zoning information
 * note lists them. A rule the plan leaves open reads "not set" rather
 * than vanishing, so the reader can tell "no limit" from "not shown".
 */
export function zoneRuleRows(
  rules: ZoneRules,
  language: Language,
): readonly RuleRow[] {
  const t = (key: string, params?: Record<string, string>) =>
    translate(language, key, params);
  const notSet = t("map.rules.notSet");
  const number = (v: number | null) =>
    v === null ? notSet : formatRuleNumber(v, language);
  const metres = (v: number | null) =>
    v === null ? notSet : t("map.unit.metres", { value: number(v) });

  const rows: RuleRow[] = [
    row("uses", rules.uses.length > 0 ? usesText(rules.uses) : notSet, true),
    row("maxHeight", metres(rules.maxHeightM)),
    row("maxStoreys", rules.maxStoreys ?? notSet),
    row("footprintRatio", number(rules.footprintRatio)),
    row("floorAreaRatio", number(rules.floorAreaRatio)),
    row(
      "minLot",
      rules.minLotAreaM2 === null
        ? notSet
        : t("map.unit.squareMetres", { value: number(rules.minLotAreaM2) }),
    ),
    row("setbackStreet", metres(rules.setbackStreetM)),
    row("setbackNeighbour", metres(rules.setbackNeighbourM)),
  ];
  if (rules.notes.trim() !== "") {
    rows.push(row("notes", rules.notes.trim(), true));
  }
  return rows;

  function row(rule: string, value: string, wide = false): RuleRow {
    return { rule, label: t(`map.rules.${rule}`), value, wide };
  }

  // Known use codes are translated; a plan imported with its own wording
  // keeps it, since that wording is the plan's.
  function usesText(uses: readonly string[]): string {
    return uses
      .map((use) => {
        const key = `map.use.${use}`;
        const text = t(key);
        return text === key ? use : text;
      })
      .join(", ");
  }
}
