import type { DemoDocument } from "../demoData";
import { apartmentBuilding } from "./apartmentBuilding";
import type { BuildingModel } from "./buildingModel";
import type { DossierDrawingContext } from "./drawingContext";
import { drawFacade } from "./facade";
import { drawSheetFrame } from "./frame";
import type { SheetLayout } from "./layout";
import { buildingView, drawLevelPlan } from "./levelPlan";
import { drawLocationPlan } from "./locationPlan";
import { newPlanDocument, savePlanDocument } from "./pdfDocument";
import { drawRoadProfile } from "./roadProfile";
import { drawSection } from "./section";
import type { Sheet } from "./sheet";
import { DOSSIER_SHEETS } from "./sheetSpecs";
import type { DemoProcedure, SheetSpec } from "./sheetSpecs";
import { drawSitePlan } from "./sitePlan";
import type { Lane, Placement, Setbacks } from "./sitePlan";
import type { Xy } from "../geometry";
import { drawSubdivisionPlan } from "./subdivisionPlan";
import { typeHouse } from "./typeHouse";

/** How each procedure's project sits on its parcel. */
interface ProjectDesign {
  readonly building: BuildingModel | null;
  readonly setbacks: Setbacks;
  readonly placements: readonly Placement[];
  readonly lanes?: readonly Lane[];
  /** Limits between private plots, metres from the parcel's B1 corner. */
  readonly lotLines?: readonly (readonly [Xy, Xy])[];
  /** x of section A-A in the building's metres. */
  readonly sectionAtM: number;
}

const HOUSE_COLUMNS = [5, 27, 49, 71];

/** The project of each demo procedure. */
export function projectDesign(procedure: DemoProcedure): ProjectDesign {
  switch (procedure) {
    case "building_permit":
      return {
        building: apartmentBuilding(),
        setbacks: { streetM: 4, neighbourM: 3 },
        placements: [{ x: 3, y: 4, label: "IMMEUBLE PROJETÉ R+3" }],
        sectionAtM: 9,
      };
    case "housing_group":
      return {
        building: typeHouse(),
        setbacks: { streetM: 5, neighbourM: 3 },
        placements: [5, 30].flatMap((y, row) =>
          HOUSE_COLUMNS.map((x, i) => ({
            x,
            y,
            label: `MAISON ${row * 4 + i + 1}`,
          })),
        ),
        lanes: [{ y0: 19, y1: 25, label: "ALLÉE INTERNE - 6.00 m" }],
        lotLines: [16, 38, 60].flatMap((x) => [
          [
            { x, y: 0 },
            { x, y: 19 },
          ] as const,
          [
            { x, y: 25 },
            { x, y: 60 },
          ] as const,
        ]),
        sectionAtM: 8,
      };
    case "subdivision":
      return {
        building: null,
        setbacks: { streetM: 0, neighbourM: 0 },
        placements: [],
        sectionAtM: 0,
      };
  }
}

/** What the title blocks of one dossier share. */
export interface DossierSheetInfo {
  readonly project: string;
  readonly applicant: string;
  readonly architect: string;
  readonly dateLabel: string;
  readonly date: Date;
}

/**
 * Draws every sheet of a dossier, one PDF per sheet, in the order of
 * DOSSIER_SHEETS.
 */
export async function dossierDocuments(
  ctx: DossierDrawingContext,
  info: DossierSheetInfo,
): Promise<DemoDocument[]> {
  const specs = DOSSIER_SHEETS[ctx.spec.procedure];
  const documents: DemoDocument[] = [];
  for (const [index, spec] of specs.entries()) {
    const pdf = await drawDocument(ctx, info, spec, index + 1, specs.length);
    documents.push({
      kind: spec.kind,
      title: spec.title,
      fileName: spec.fileName,
      pdf,
    });
  }
  return documents;
}

async function drawDocument(
  ctx: DossierDrawingContext,
  info: DossierSheetInfo,
  spec: SheetSpec,
  sheetNumber: number,
  sheetCount: number,
): Promise<Uint8Array> {
  const doc = await newPlanDocument({
    format: spec.format,
    title: `${ctx.dossierNumber} - ${spec.title}`,
    author: info.architect,
    date: info.date,
  });
  const notes = drawContent(doc.sheet, doc.layout, ctx, spec);
  drawSheetFrame(
    doc.sheet,
    doc.layout,
    {
      project: info.project,
      applicant: info.applicant,
      landTitle: ctx.landTitle,
      architect: info.architect,
      dossierNumber: ctx.dossierNumber,
      sheetTitle: spec.title.toUpperCase(),
      scaleDenominator: spec.scaleDenominator,
      date: info.dateLabel,
      sheetNumber,
      sheetCount,
      format: spec.format,
    },
    notes,
  );
  return savePlanDocument(doc);
}

function drawContent(
  sheet: Sheet,
  layout: SheetLayout,
  ctx: DossierDrawingContext,
  spec: SheetSpec,
): string[] {
  const design = projectDesign(ctx.spec.procedure);
  const building = design.building;
  switch (spec.drawing) {
    case "location":
      return drawLocationPlan(sheet, layout, ctx);
    case "site":
      return drawSitePlan(sheet, layout, ctx, {
        scale: spec.scaleDenominator,
        ...design,
      });
    case "subdivision":
      return drawSubdivisionPlan(sheet, layout, ctx, spec.scaleDenominator);
    case "roadProfile":
      return drawRoadProfile(sheet, layout);
    case "groundFloor":
    case "upperFloor": {
      if (!building) return [];
      const level = building.levels[spec.drawing === "groundFloor" ? 0 : 1];
      if (!level) return [];
      drawLevelPlan(
        sheet,
        buildingView(layout, building),
        building,
        level,
        design.sectionAtM,
      );
      return levelNotes(building);
    }
    case "facade":
      return building ? drawFacade(sheet, layout, building) : [];
    case "section":
      return building
        ? drawSection(sheet, layout, building, design.sectionAtM)
        : [];
  }
}

function levelNotes(building: BuildingModel): string[] {
  return [
    `${building.name} : ${building.widthM.toFixed(2)} × ${building.depthM.toFixed(2)} m.`,
    "Murs extérieurs : double cloison en briques, 25 cm.",
    "Cloisons intérieures : briques creuses, 10 à 15 cm.",
    "Cotes en mètres, surfaces habitables en m².",
  ];
}
