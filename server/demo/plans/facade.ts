import { pdfPoint } from "../../../shared/geo/coordinates";
import type { BuildingModel, LevelModel, Opening } from "./buildingModel";
import { drawDimension, metres } from "./dimensions";
import { drawGround, drawLevelMark, floorLevels, totalHeight } from "./heights";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { drawCaptionAt } from "./caption";
import { LAYERS } from "./optionalContent";
import { BUILDING_SCALE } from "./levelPlan";
import { planView } from "./planView";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

const GLASS = { r: 0.86, g: 0.92, b: 0.97 };

/**
 * The street façade (south) at 1/100, drawn from the model: storeys,
 * the openings of each level's south wall at their sill and head heights,
 * the parapet, level marks and the overall height.
 */
export function drawFacade(
  sheet: Sheet,
  layout: SheetLayout,
  model: BuildingModel,
): string[] {
  const height = totalHeight(model);
  const view = planView(
    BUILDING_SCALE,
    { x: model.widthM / 2, y: height / 2 },
    boxCentre(layout.drawing),
  );

  sheet.layer(LAYERS.elevation, () => drawElevation(sheet, view, model));
  sheet.layer(LAYERS.openings, () => {
    const levels = floorLevels(model);
    model.storeyHeightsM.forEach((_, i) => {
      const south = levelOfStorey(model, i).openings.filter(
        (o) => o.wall === 0,
      );
      for (const o of south) drawOpening(sheet, view, o, levels[i] ?? 0);
    });
  });
  sheet.layer(LAYERS.dimensions, () => drawHeights(sheet, view, model));
  sheet.layer(LAYERS.text, () =>
    drawCaptionAt(
      sheet,
      pdfPoint(
        view.toSheet({ x: model.widthM / 2, y: 0 }).x,
        view.toSheet({ x: 0, y: -3 }).y,
      ),
      "FAÇADE PRINCIPALE (SUD)",
      BUILDING_SCALE,
    ),
  );

  return [
    `Hauteur totale : ${metres(height)} m (acrotère compris).`,
    "Enduit ciment peint, teinte blanc cassé.",
    "Menuiseries aluminium laqué gris, vitrage clair.",
  ];
}

// The ground, the building's outline, floor lines and the parapet coping.
function drawElevation(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
): void {
  const height = totalHeight(model);
  drawGround(sheet, view, -3, model.widthM + 3);
  sheet.polyline(
    [
      { x: 0, y: 0 },
      { x: model.widthM, y: 0 },
      { x: model.widthM, y: height },
      { x: 0, y: height },
    ].map(view.toSheet),
    { weight: "thick" },
    true,
  );
  for (const z of floorLevels(model).slice(1)) {
    sheet.line(
      view.toSheet({ x: 0, y: z }),
      view.toSheet({ x: model.widthM, y: z }),
      { weight: "fine" },
    );
  }
  sheet.line(
    view.toSheet({ x: -0.1, y: height - 0.1 }),
    view.toSheet({ x: model.widthM + 0.1, y: height - 0.1 }),
    { weight: "thin" },
  );
}

// Level marks at each floor and the top, overall height and width.
function drawHeights(sheet: Sheet, view: PlanView, model: BuildingModel): void {
  const height = totalHeight(model);
  for (const z of [...floorLevels(model), height]) {
    drawLevelMark(sheet, view.toSheet({ x: model.widthM + 1.5, y: z }), z);
  }
  drawDimension(
    sheet,
    view.toSheet({ x: 0, y: height }),
    view.toSheet({ x: 0, y: 0 }),
    -mm(12),
    metres(height),
  );
  drawDimension(
    sheet,
    view.toSheet({ x: 0, y: 0 }),
    view.toSheet({ x: model.widthM, y: 0 }),
    -mm(12),
    metres(model.widthM),
  );
}

/** The plan of storey `i`: the ground floor, then the typical upper floor. */
export function levelOfStorey(model: BuildingModel, i: number): LevelModel {
  const level = model.levels[Math.min(i, model.levels.length - 1)];
  if (!level) throw new Error("A building model needs at least one level");
  return level;
}

function drawOpening(
  sheet: Sheet,
  view: PlanView,
  o: Opening,
  floor: number,
): void {
  const x0 = o.start;
  const x1 = o.end;
  const y0 = floor + o.sillM;
  const y1 = floor + o.headM;
  const outer = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ].map(view.toSheet);
  sheet.polygon(outer, o.kind === "window" ? GLASS : COLOURS.white, {
    weight: "medium",
  });

  const f = 0.06;
  sheet.polyline(
    [
      { x: x0 + f, y: y0 + f },
      { x: x1 - f, y: y0 + f },
      { x: x1 - f, y: y1 - f },
      { x: x0 + f, y: y1 - f },
    ].map(view.toSheet),
    { weight: "fine" },
    true,
  );
  const mid = (x0 + x1) / 2;
  sheet.line(
    view.toSheet({ x: mid, y: y0 + f }),
    view.toSheet({ x: mid, y: y1 - f }),
    { weight: "fine" },
  );
  if (o.kind === "window") {
    sheet.line(
      view.toSheet({ x: x0 - 0.05, y: y0 - 0.04 }),
      view.toSheet({ x: x1 + 0.05, y: y0 - 0.04 }),
      {
        weight: "thick",
      },
    );
  }
}
