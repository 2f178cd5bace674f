import { pdfPoint } from "../../../shared/geo/coordinates";
import type { Xy } from "../geometry";
import { isHorizontal } from "./buildingModel";
import type { BuildingModel, Opening, Stair } from "./buildingModel";
import { levelOfStorey } from "./facade";
import { drawDimension, metres } from "./dimensions";
import { drawGround, drawLevelMark, floorLevels, totalHeight } from "./heights";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { drawCaptionAt } from "./caption";
import { LAYERS } from "./optionalContent";
import { BUILDING_SCALE } from "./levelPlan";
import { planView } from "./planView";
import type { PlanView } from "./planView";
import type { Sheet } from "./sheet";
import { mm } from "./units";

const CUT_FILL = { r: 0.3, g: 0.3, b: 0.3 };
const SLAB_M = 0.2;
const WALL_M = 0.25;

/**
 * Section A-A at 1/100, cut at x = `cutAtM` and looking east, so north is
 * on the left: slabs and outer walls cut (filled), openings the cut goes
 * through, stair flights, footings and level marks.
 */
export function drawSection(
  sheet: Sheet,
  layout: SheetLayout,
  model: BuildingModel,
  cutAtM: number,
): string[] {
  const height = totalHeight(model);
  const view = planView(
    BUILDING_SCALE,
    { x: model.depthM / 2, y: height / 2 },
    boxCentre(layout.drawing),
  );
  // Section abscissa: distance from the north face, as seen looking east.
  const u = (y: number) => model.depthM - y;
  const levels = floorLevels(model);

  sheet.layer(LAYERS.structure, () => {
    drawGround(sheet, view, -3, model.depthM + 3);
    drawFootings(sheet, view, model);
    drawSlabs(sheet, view, model, levels);
  });
  sheet.layer(LAYERS.walls, () =>
    drawCutWalls(sheet, view, model, levels, cutAtM, u),
  );
  sheet.layer(LAYERS.stairs, () => drawStairs(sheet, view, model, levels, u));
  sheet.layer(LAYERS.dimensions, () => drawSectionHeights(sheet, view, model));
  sheet.layer(LAYERS.text, () => {
    sheet.text("NORD", view.toSheet({ x: -1.5, y: -1.2 }), {
      sizePt: 7,
      align: "center",
    });
    sheet.text("SUD (RUE)", view.toSheet({ x: model.depthM + 1.5, y: -1.2 }), {
      sizePt: 7,
      align: "center",
    });
    drawCaptionAt(
      sheet,
      pdfPoint(
        view.toSheet({ x: model.depthM / 2, y: 0 }).x,
        view.toSheet({ x: 0, y: -3 }).y,
      ),
      "COUPE A-A",
      BUILDING_SCALE,
    );
  });

  return [
    `Hauteur sous plafond du rez-de-chaussée : ${metres((model.storeyHeightsM[0] ?? 0) - SLAB_M)} m.`,
    `Planchers en corps creux de ${Math.round(SLAB_M * 100)} cm.`,
    "Fondations : semelles isolées et longrines en béton armé.",
  ];
}

// Level marks, overall height and each storey's floor-to-floor height.
function drawSectionHeights(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
): void {
  const height = totalHeight(model);
  const levels = floorLevels(model);
  for (const z of levels) {
    drawLevelMark(sheet, view.toSheet({ x: model.depthM + 1.5, y: z }), z);
  }
  drawDimension(
    sheet,
    view.toSheet({ x: 0, y: height }),
    view.toSheet({ x: 0, y: 0 }),
    -mm(14),
    metres(height),
  );
  model.storeyHeightsM.forEach((h, i) => {
    const z = levels[i] ?? 0;
    drawDimension(
      sheet,
      view.toSheet({ x: 0, y: z + h }),
      view.toSheet({ x: 0, y: z }),
      -mm(7),
      metres(h),
    );
  });
}

function drawFootings(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
): void {
  for (const x of [WALL_M / 2, model.depthM - WALL_M / 2]) {
    rect(sheet, view, x - 0.45, -1.2, x + 0.45, -0.8);
    rect(sheet, view, x - WALL_M / 2, -0.8, x + WALL_M / 2, 0);
  }
  rect(sheet, view, 0, -0.15, model.depthM, 0);
}

function drawSlabs(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
  levels: readonly number[],
): void {
  for (const z of levels.slice(1))
    rect(sheet, view, 0, z - SLAB_M, model.depthM, z);
  const roof = levels.at(-1) ?? 0;
  rect(sheet, view, 0, roof, WALL_M, roof + model.parapetM);
  rect(
    sheet,
    view,
    model.depthM - WALL_M,
    roof,
    model.depthM,
    roof + model.parapetM,
  );
}

// Every east-west wall the cut plane crosses, storey by storey, broken
// where the plane goes through a door or window.
function drawCutWalls(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
  levels: readonly number[],
  cutAtM: number,
  u: (y: number) => number,
): void {
  model.storeyHeightsM.forEach((h, i) => {
    const floor = levels[i] ?? 0;
    const top = floor + h - SLAB_M;
    const level = levelOfStorey(model, i);
    level.walls.forEach((wall, wallIndex) => {
      const crossed = wall.x0 <= cutAtM && wall.x1 >= cutAtM;
      if (!isHorizontal(wall) || !crossed) return;
      const [a, b] = [u(wall.y1), u(wall.y0)];
      const gap = level.openings.find(
        (o) => o.wall === wallIndex && o.start <= cutAtM && o.end >= cutAtM,
      );
      drawWallStrip(sheet, view, a, b, floor, top, gap);
    });
  });
}

function drawWallStrip(
  sheet: Sheet,
  view: PlanView,
  a: number,
  b: number,
  floor: number,
  top: number,
  gap: Opening | undefined,
): void {
  if (!gap) {
    rect(sheet, view, a, floor, b, top);
    return;
  }
  const sill = floor + gap.sillM;
  const head = floor + gap.headM;
  if (sill > floor) rect(sheet, view, a, floor, b, sill);
  if (head < top) rect(sheet, view, a, head, b, top);
  const mid = (a + b) / 2;
  sheet.line(
    view.toSheet({ x: mid, y: sill }),
    view.toSheet({ x: mid, y: head }),
    { weight: "thin" },
  );
}

// Flights rising north or south, drawn as stepped profiles between floors.
function drawStairs(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
  levels: readonly number[],
  u: (y: number) => number,
): void {
  model.storeyHeightsM.forEach((h, i) => {
    const floor = levels[i] ?? 0;
    const flights = levelOfStorey(model, i).stairs.filter(
      (s) => s.rise === "north" || s.rise === "south",
    );
    flights.forEach((stair, k) => {
      const from = floor + (k * h) / flights.length;
      const to = floor + ((k + 1) * h) / flights.length;
      drawFlight(sheet, view, stair, from, to, u, k === 0);
    });
    const first = flights[0];
    if (flights.length === 2 && first) {
      // The half-landing between the two flights, against the end wall.
      const mid = floor + h / 2;
      const [edge, wall] =
        first.rise === "north"
          ? [first.y1, model.depthM - WALL_M]
          : [first.y0, WALL_M];
      rect(sheet, view, u(wall), mid - 0.15, u(edge), mid);
    }
  });
}

function drawFlight(
  sheet: Sheet,
  view: PlanView,
  stair: Stair,
  fromZ: number,
  toZ: number,
  u: (y: number) => number,
  cut: boolean,
): void {
  const [startY, endY] =
    stair.rise === "north" ? [stair.y0, stair.y1] : [stair.y1, stair.y0];
  const steps = stair.treads + 1;
  const rise = (toZ - fromZ) / steps;
  const run = (endY - startY) / stair.treads;
  const points: Xy[] = [{ x: u(startY), y: fromZ }];
  for (let s = 0; s < steps; s++) {
    const y = startY + Math.min(s, stair.treads) * run;
    points.push({ x: u(y), y: fromZ + (s + 1) * rise });
    if (s < stair.treads)
      points.push({ x: u(y + run), y: fromZ + (s + 1) * rise });
  }
  sheet.polyline(points.map(view.toSheet), { weight: cut ? "thick" : "fine" });
  sheet.line(
    view.toSheet({ x: u(startY), y: fromZ - 0.15 }),
    view.toSheet({ x: u(endY), y: toZ - 0.15 - rise }),
    { weight: cut ? "thick" : "fine" },
  );
}

function rect(
  sheet: Sheet,
  view: PlanView,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): void {
  sheet.polygon(
    [
      { x: x0, y: y0 },
      { x: x1, y: y0 },
      { x: x1, y: y1 },
      { x: x0, y: y1 },
    ].map(view.toSheet),
    CUT_FILL,
    { weight: "thick" },
  );
}
