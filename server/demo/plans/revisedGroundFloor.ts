import type { DemoDocument } from "../demoData";
import { rectRing } from "./buildingModel";
import type { BuildingModel, LevelModel } from "./buildingModel";
import type { DossierDrawingContext } from "./drawingContext";
import type { DossierSheetInfo } from "./dossierDocuments";
import { drawSheetFrame } from "./frame";
import { buildingView, drawLevelPlan } from "./levelPlan";
import { newPlanDocument, savePlanDocument } from "./pdfDocument";
import { DOSSIER_SHEETS } from "./sheetSpecs";

/**
 * A revised ground-floor plan of the building permit, so the Compare tab
 * has a real pair of Revisions to show: the architect moved the west
 * shop's WC partition 50 cm east and added a storeroom in the shop's
 * north-east corner. Drawn by the same model and at the same place as
 * 03-plan-rdc.pdf, so only those changes differ.
 */

/** The revised sheet's file; its title extends the original's. */
export const REVISED_GROUND_FLOOR_FILE = "03-plan-rdc-revision-1.pdf";

/** How far the WC partition moved east, metres. */
const WC_SHIFT_M = 0.5;

/** The storeroom's walls, metres (x east, y north, as the model). */
export const STOREROOM_WALLS_M = [
  { x0: 5.2, y0: 7.2, x1: 7.425, y1: 7.35 },
  { x0: 5.2, y0: 7.35, x1: 5.35, y1: 9.75 },
] as const;

/**
 * The revised sheets of a demo dossier: one for the building permit,
 * none for the others. Registered with the dossier's other sheets.
 */
export async function demoRevisions(
  ctx: DossierDrawingContext,
  info: DossierSheetInfo,
): Promise<DemoDocument[]> {
  const specs = DOSSIER_SHEETS[ctx.spec.procedure];
  const index = specs.findIndex((s) => s.drawing === "groundFloor");
  const spec = specs[index];
  const building = ctx.building;
  const level = building?.levels[0];
  if (spec === undefined || building == null || level === undefined) {
    return [];
  }

  const title = `${spec.title}, révision 1`;
  const doc = await newPlanDocument({
    format: spec.format,
    title: `${ctx.dossierNumber} - ${title}`,
    author: info.architect,
    date: info.date,
  });
  const revised = reviseGroundFloor(level);
  drawLevelPlan(
    doc.sheet,
    buildingView(doc.layout, building),
    building,
    revised,
    9,
  );
  drawSheetFrame(
    doc.sheet,
    doc.layout,
    {
      project: info.project,
      applicant: info.applicant,
      landTitle: ctx.landTitle,
      architect: info.architect,
      dossierNumber: ctx.dossierNumber,
      sheetTitle: title.toUpperCase(),
      scaleDenominator: spec.scaleDenominator,
      date: info.dateLabel,
      sheetNumber: index + 1,
      sheetCount: specs.length,
      format: spec.format,
    },
    revisionNotes(building),
  );
  const pdf = await savePlanDocument(doc);
  return [{ kind: spec.kind, title, fileName: REVISED_GROUND_FLOOR_FILE, pdf }];
}

/** The ground floor with the partition moved and the storeroom added. */
export function reviseGroundFloor(level: LevelModel): LevelModel {
  const walls = level.walls.map((wall) => {
    // The west WC's east partition, and the wall closing the WC's top.
    if (wall.x0 === 1.925) {
      return { ...wall, x0: wall.x0 + WC_SHIFT_M, x1: wall.x1 + WC_SHIFT_M };
    }
    if (wall.x0 === 0.25 && wall.x1 === 2.075) {
      return { ...wall, x1: wall.x1 + WC_SHIFT_M };
    }
    return wall;
  });
  const rooms = level.rooms.map((room, i) =>
    room.name === "WC" && i === level.rooms.findIndex((r) => r.name === "WC")
      ? { ...room, ring: rectRing(0.25, 8.275, 1.925 + WC_SHIFT_M, 9.75) }
      : room,
  );
  return {
    ...level,
    title: `${level.title}, révision 1`,
    walls: [...walls, ...STOREROOM_WALLS_M],
    rooms: [
      ...rooms,
      {
        name: "Réserve",
        ring: rectRing(5.35, 7.35, 7.425, 9.75),
        labelAt: { x: 6.4, y: 8.6 },
      },
    ],
  };
}

function revisionNotes(building: BuildingModel): string[] {
  return [
    `${building.name} : révision 1 du plan du rez-de-chaussée.`,
    "Réserve ajoutée dans le commerce ouest (cloison de 15 cm).",
    "Cloison du WC déplacée de 50 cm vers l'est.",
    "Cotes en mètres, surfaces habitables en m².",
  ];
}
