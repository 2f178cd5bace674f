import type { DocumentKind, Procedure } from "../../../shared/domain/entities";
import type { SheetFormat } from "./units";

/** Which drawing a sheet carries. */
export type DrawingKind =
  | "location"
  | "site"
  | "subdivision"
  | "groundFloor"
  | "upperFloor"
  | "facade"
  | "section"
  | "roadProfile";

/** One sheet of a dossier: its Document kind, title, file, format, scale. */
export interface SheetSpec {
  readonly kind: DocumentKind;
  readonly drawing: DrawingKind;
  readonly title: string;
  readonly fileName: string;
  readonly format: SheetFormat;
  readonly scaleDenominator: number;
}

/** The procedures the demo has a dossier for. */
export type DemoProcedure = Exclude<Procedure, "land_division">;

function spec(
  kind: DocumentKind,
  drawing: DrawingKind,
  title: string,
  fileName: string,
  format: SheetFormat,
  scaleDenominator: number,
): SheetSpec {
  return { kind, drawing, title, fileName, format, scaleDenominator };
}

const LOCATION = spec(
  "location_plan",
  "location",
  "Plan de situation",
  "01-plan-de-situation.pdf",
  "A2",
  2000,
);

/**
 * The sheets of each demo dossier, one PDF each, in dossier order. Tests
 * read this table to know each file's intended format and scale.
 */
export const DOSSIER_SHEETS: Readonly<
  Record<DemoProcedure, readonly SheetSpec[]>
> = {
  building_permit: [
    LOCATION,
    spec(
      "site_plan",
      "site",
      "Plan de masse",
      "02-plan-de-masse.pdf",
      "A2",
      200,
    ),
    spec(
      "level_plan",
      "groundFloor",
      "Plan du rez-de-chaussée",
      "03-plan-rdc.pdf",
      "A2",
      100,
    ),
    spec(
      "level_plan",
      "upperFloor",
      "Plan de l'étage courant",
      "04-plan-etage.pdf",
      "A2",
      100,
    ),
    spec(
      "facade",
      "facade",
      "Façade principale (sud)",
      "05-facade-sud.pdf",
      "A2",
      100,
    ),
    spec("section", "section", "Coupe A-A", "06-coupe-aa.pdf", "A2", 100),
  ],
  subdivision: [
    LOCATION,
    spec(
      "site_plan",
      "subdivision",
      "Plan de lotissement",
      "02-plan-de-lotissement.pdf",
      "A1",
      500,
    ),
    spec(
      "section",
      "roadProfile",
      "Profil en travers type des voies",
      "03-profil-voies.pdf",
      "A2",
      50,
    ),
  ],
  housing_group: [
    LOCATION,
    spec(
      "site_plan",
      "site",
      "Plan de masse",
      "02-plan-de-masse.pdf",
      "A2",
      500,
    ),
    spec(
      "level_plan",
      "groundFloor",
      "Plan du rez-de-chaussée - maison type",
      "03-plan-rdc.pdf",
      "A2",
      100,
    ),
    spec(
      "level_plan",
      "upperFloor",
      "Plan de l'étage - maison type",
      "04-plan-etage.pdf",
      "A2",
      100,
    ),
    spec(
      "facade",
      "facade",
      "Façade principale - maison type",
      "05-facade.pdf",
      "A2",
      100,
    ),
    spec(
      "section",
      "section",
      "Coupe A-A - maison type",
      "06-coupe-aa.pdf",
      "A2",
      100,
    ),
  ],
};
