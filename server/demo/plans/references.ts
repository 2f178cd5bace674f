import type { PdfPoint } from "../../../shared/geo/coordinates";
import { DOSSIER_PARCEL_RINGS } from "../parcels";
import { REFERENCE_WALL_M, apartmentBuilding } from "./apartmentBuilding";
import { sheetLayout } from "./layout";
import { buildingView } from "./levelPlan";
import { DOSSIER_SHEETS } from "./sheetSpecs";
import { siteControlPoints } from "./sitePlan";

/**
 * Known facts about the building permit's sheets, in sheet coordinates,
 * for tests of measuring and georeferencing: they are computed from the
 * same drawing model and view the sheets are drawn with.
 */
export interface DemoSheetReferences {
  /**
   * The ground floor's blind west wall, outer face, 10.00 m at 1/100: on
   * the A2 sheet "03-plan-rdc.pdf" of dossier KHE-AC-…-0147 it runs from
   * (360.00, 453.54) to (360.00, 737.01) pt, i.e. 283.46 pt.
   */
  readonly referenceWall: {
    readonly fileName: string;
    readonly sheetIndex: number;
    readonly start: PdfPoint;
    readonly end: PdfPoint;
    readonly lengthM: number;
    readonly scaleDenominator: number;
  };
  /** The site plan's corners B1 and B3, on the sheet and on the map. */
  readonly siteControlPoints: {
    readonly fileName: string;
    readonly sheetIndex: number;
    readonly sheetPoints: readonly [PdfPoint, PdfPoint];
    /** EPSG:26191 metres. */
    readonly mapPoints: readonly [
      { x: number; y: number },
      { x: number; y: number },
    ];
  };
}

/** The building permit dossier's sheet references. */
export function buildingPermitSheetReferences(): DemoSheetReferences {
  const sheets = DOSSIER_SHEETS.building_permit;
  const ground = sheets.find((s) => s.drawing === "groundFloor");
  const site = sheets.find((s) => s.drawing === "site");
  if (!ground || !site) throw new Error("The building permit lacks a sheet");

  const view = buildingView(sheetLayout(ground.format), apartmentBuilding());
  const ring = DOSSIER_PARCEL_RINGS.building_permit;
  const [b1, b3] = siteControlPoints(
    sheetLayout(site.format),
    ring,
    site.scaleDenominator,
  );
  if (!b1 || !b3) throw new Error("The site plan lacks its control points");

  return {
    referenceWall: {
      fileName: ground.fileName,
      sheetIndex: 0,
      start: view.toSheet(REFERENCE_WALL_M.start),
      end: view.toSheet(REFERENCE_WALL_M.end),
      lengthM: REFERENCE_WALL_M.end.y - REFERENCE_WALL_M.start.y,
      scaleDenominator: ground.scaleDenominator,
    },
    siteControlPoints: {
      fileName: site.fileName,
      sheetIndex: 0,
      sheetPoints: [b1.sheet, b3.sheet],
      mapPoints: [b1.map, b3.map],
    },
  };
}
