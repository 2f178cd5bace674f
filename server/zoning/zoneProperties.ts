import type { ZoneRules } from "../../shared/domain/entities";

type Properties = Readonly<Record<string, unknown>>;

/**
 * Reads a zone's code, name and rules from a feature's attributes. Lajna's
 * own names come first (code, name, maxHeightM, …), then the French CNIG
 * standard (LIBELLE, LIBELONG), then common spellings, so plans from other
 * tools import without a mapping step.
 */
export function zoneIdentity(
  properties: Properties,
  index: number,
): { code: string; name: string } {
  const code =
    text(properties, ["code", "CODE", "LIBELLE", "libelle", "zone", "ZONE"]) ??
    `Z${index + 1}`;
  const name =
    text(properties, ["name", "NAME", "LIBELONG", "libelong", "nom", "NOM"]) ??
    textMatching(properties, /^(nom|name)/i) ??
    code;
  return { code, name };
}

/** The zone's rules; null where the plan sets none. */
export function zoneRules(properties: Properties): ZoneRules {
  return {
    uses: uses(properties["uses"] ?? properties["USES"]),
    maxHeightM: number(properties["maxHeightM"]),
    maxStoreys: text(properties, ["maxStoreys"]),
    footprintRatio: number(properties["footprintRatio"]),
    floorAreaRatio: number(properties["floorAreaRatio"]),
    minLotAreaM2: number(properties["minLotAreaM2"]),
    setbackStreetM: number(properties["setbackStreetM"]),
    setbackNeighbourM: number(properties["setbackNeighbourM"]),
    notes: text(properties, ["notes", "NOTES"]) ?? "",
  };
}

function text(properties: Properties, names: readonly string[]): string | null {
  for (const name of names) {
    const value = properties[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value))
      return String(value);
  }
  return null;
}

function textMatching(properties: Properties, pattern: RegExp): string | null {
  const key = Object.keys(properties).find((name) => pattern.test(name));
  return key === undefined ? null : text(properties, [key]);
}

/** Accepts numbers and French-style decimal strings ("0,6"). */
function number(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const parsed = Number(value.trim().replace(",", "."));
  return Number.isFinite(parsed) ? parsed : null;
}

function uses(value: unknown): string[] {
  if (Array.isArray(value))
    return value.filter((v): v is string => typeof v === "string");
  if (typeof value !== "string") return [];
  return value
    .split(/[;,|]/)
    .map((use) => use.trim())
    .filter((use) => use !== "");
}
