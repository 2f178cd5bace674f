import { pdfPoint } from "../../../shared/geo/coordinates";
import { bounds, ringArea } from "../geometry";
import { isHorizontal } from "./buildingModel";
import type {
  BuildingModel,
  LevelModel,
  Opening,
  Room,
  WallRect,
} from "./buildingModel";
import { drawDimension, metres } from "./dimensions";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { planView, viewRect } from "./planView";
import { drawDoor, drawStair, drawWindow } from "./planSymbols";
import { drawCaptionAt } from "./caption";
import { LAYERS } from "./optionalContent";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

/** Scale of the level plans, façades and sections. */
export const BUILDING_SCALE = 100;

const WALL_FILL = { r: 0.3, g: 0.3, b: 0.3 };

/**
 * Where a building's level plan sits on its sheet: centred in the drawing
 * area at 1/100. The level plans, façade and section share it so that one
 * building reads the same on every sheet, and tests derive sheet
 * coordinates of the model from it.
 */
export function buildingView(
  layout: SheetLayout,
  model: BuildingModel,
): PlanView {
  return planView(
    BUILDING_SCALE,
    { x: model.widthM / 2, y: model.depthM / 2 },
    boxCentre(layout.drawing),
  );
}

/** Draws one level of a building: walls, openings, stairs, rooms, dims. */
export function drawLevelPlan(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
  level: LevelModel,
  sectionAtM: number,
): void {
  const openingsOf = (index: number) =>
    level.openings.filter((o) => o.wall === index);

  sheet.layer(LAYERS.walls, () =>
    level.walls.forEach((wall, i) =>
      drawWall(sheet, view, wall, openingsOf(i)),
    ),
  );
  sheet.layer(LAYERS.openings, () =>
    level.walls.forEach((wall, i) =>
      drawOpenings(sheet, view, wall, openingsOf(i)),
    ),
  );
  sheet.layer(LAYERS.stairs, () => {
    for (const stair of level.stairs) drawStair(sheet, view, stair);
  });
  sheet.layer(LAYERS.text, () => {
    for (const room of level.rooms) drawRoomLabel(sheet, view, room);
    drawCaption(sheet, view, model, level.title.toUpperCase());
  });
  sheet.layer(LAYERS.dimensions, () =>
    drawOverallDimensions(sheet, view, model, level),
  );
  sheet.layer(LAYERS.sectionLines, () =>
    drawSectionMarker(sheet, view, model, sectionAtM),
  );
}

// A wall is drawn as its solid pieces between its openings.
function drawWall(
  sheet: Sheet,
  view: PlanView,
  wall: WallRect,
  openings: readonly Opening[],
): void {
  const horizontal = isHorizontal(wall);
  const [from, to] = horizontal ? [wall.x0, wall.x1] : [wall.y0, wall.y1];
  const gaps = [...openings].sort((a, b) => a.start - b.start);
  let cursor = from;
  for (const gap of gaps) {
    if (gap.start > cursor)
      drawPiece(sheet, view, wall, horizontal, cursor, gap.start);
    cursor = Math.max(cursor, gap.end);
  }
  if (cursor < to) drawPiece(sheet, view, wall, horizontal, cursor, to);
}

// The doors and windows in a wall's gaps.
function drawOpenings(
  sheet: Sheet,
  view: PlanView,
  wall: WallRect,
  openings: readonly Opening[],
): void {
  const horizontal = isHorizontal(wall);
  for (const opening of openings) {
    if (opening.kind === "door")
      drawDoor(sheet, view, wall, horizontal, opening);
    else drawWindow(sheet, view, wall, horizontal, opening);
  }
}

function drawPiece(
  sheet: Sheet,
  view: PlanView,
  wall: WallRect,
  horizontal: boolean,
  start: number,
  end: number,
): void {
  const rect = horizontal
    ? { x0: start, y0: wall.y0, x1: end, y1: wall.y1 }
    : { x0: wall.x0, y0: start, x1: wall.x1, y1: end };
  sheet.polygon(viewRect(view, rect), WALL_FILL, { weight: "thick" });
}

// The room's name and area, set as large as the room's width allows.
function drawRoomLabel(sheet: Sheet, view: PlanView, room: Room): void {
  const at = view.toSheet(room.labelAt);
  const areaM2 = ringArea(room.ring);
  const box = bounds(room.ring);
  const roomWidthPt = view.length(box.maxX - box.minX) - mm(2);
  const area = `S = ${areaM2.toFixed(2)} m²`;

  let size = 9;
  while (size > 5 && sheet.textWidth(room.name, size, true) > roomWidthPt) {
    size -= 0.5;
  }
  const areaSize = Math.min(7, size);
  sheet.text(room.name, at, { sizePt: size, bold: true, align: "center" });
  sheet.text(area, pdfPoint(at.x, at.y - mm(size * 0.45)), {
    sizePt: areaSize,
    align: "center",
  });
}

// Overall width and depth, and a chain along the street front through the
// partitions that reach it.
function drawOverallDimensions(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
  level: LevelModel,
): void {
  const sw = view.toSheet({ x: 0, y: 0 });
  const se = view.toSheet({ x: model.widthM, y: 0 });
  const nw = view.toSheet({ x: 0, y: model.depthM });
  drawDimension(sheet, sw, se, -mm(22), metres(model.widthM));
  drawDimension(sheet, nw, sw, -mm(14), metres(model.depthM));

  const cuts = level.walls
    .filter(
      (w) =>
        !isHorizontal(w) &&
        w.y0 <= 0.25 &&
        w.x0 > 0.5 &&
        w.x1 < model.widthM - 0.5,
    )
    .map((w) => (w.x0 + w.x1) / 2);
  const stops = [0, ...cuts.sort((a, b) => a - b), model.widthM];
  for (let i = 0; i + 1 < stops.length; i++) {
    const a = stops[i] as number;
    const b = stops[i + 1] as number;
    drawDimension(
      sheet,
      view.toSheet({ x: a, y: 0 }),
      view.toSheet({ x: b, y: 0 }),
      -mm(12),
      metres(b - a),
    );
  }
}

// The cut line of section A-A, looking east.
function drawSectionMarker(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
  xM: number,
): void {
  const bottom = view.toSheet({ x: xM, y: -3 });
  const top = view.toSheet({ x: xM, y: model.depthM + 1.2 });
  sheet.line(bottom, top, { weight: "thin", dashMm: [8, 1.5, 1, 1.5] });
  for (const p of [bottom, top]) {
    sheet.line(p, pdfPoint(p.x + mm(6), p.y), { weight: "thick" });
    sheet.polygon(
      [
        pdfPoint(p.x + mm(7.5), p.y),
        pdfPoint(p.x + mm(5), p.y + mm(1.2)),
        pdfPoint(p.x + mm(5), p.y - mm(1.2)),
      ],
      COLOURS.black,
    );
    sheet.text("A", pdfPoint(p.x - mm(3.5), p.y - mm(1.5)), {
      sizePt: 10,
      bold: true,
      align: "center",
    });
  }
}

/** The caption under a drawing: its title and scale, underlined. */
export function drawCaption(
  sheet: Sheet,
  view: PlanView,
  model: BuildingModel,
  title: string,
): void {
  const at = view.toSheet({ x: model.widthM / 2, y: -5 });
  drawCaptionAt(sheet, at, title, view.scaleDenominator);
}
