import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import { ringArea } from "../geometry";
import type { Xy } from "../geometry";
import { isHorizontal } from "./buildingModel";
import type {
  BuildingModel,
  LevelModel,
  Opening,
  Stair,
  WallRect,
} from "./buildingModel";
import { drawDimension, metres } from "./dimensions";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { planView } from "./planView";
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
  level.walls.forEach((wall, index) => {
    const openings = level.openings.filter((o) => o.wall === index);
    drawWall(sheet, view, wall, openings);
  });
  for (const stair of level.stairs) drawStair(sheet, view, stair);
  for (const room of level.rooms) {
    drawRoomLabel(
      sheet,
      view.toSheet(room.labelAt),
      room.name,
      ringArea(room.ring),
    );
  }
  drawOverallDimensions(sheet, view, model, level);
  drawSectionMarker(sheet, view, model, sectionAtM);
  drawCaption(sheet, view, model, level.title.toUpperCase());
}

// A wall is drawn as its solid pieces between openings, then each opening.
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

  for (const opening of gaps) {
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
  sheet.polygon(rectPoints(view, rect), WALL_FILL, { weight: "thick" });
}

function drawDoor(
  sheet: Sheet,
  view: PlanView,
  wall: WallRect,
  horizontal: boolean,
  door: Opening,
): void {
  const swing = door.swing ?? 1;
  const width = door.end - door.start;
  const hingeAt = door.hinge === "end" ? door.end : door.start;
  const otherAt = door.hinge === "end" ? door.start : door.end;
  const face = horizontal
    ? swing > 0
      ? wall.y1
      : wall.y0
    : swing > 0
      ? wall.x1
      : wall.x0;
  const hinge = horizontal ? { x: hingeAt, y: face } : { x: face, y: hingeAt };
  const leafEnd = horizontal
    ? { x: hingeAt, y: face + swing * width }
    : { x: face + swing * width, y: hingeAt };

  const leafAngle = horizontal ? (swing > 0 ? 90 : 270) : swing > 0 ? 0 : 180;
  const jambAngle = horizontal
    ? otherAt > hingeAt
      ? 0
      : 180
    : otherAt > hingeAt
      ? 90
      : 270;
  let [a, b] = [leafAngle, jambAngle];
  if (Math.abs(a - b) > 180) {
    if (a < b) a += 360;
    else b += 360;
  }

  sheet.line(view.toSheet(hinge), view.toSheet(leafEnd), { weight: "thin" });
  sheet.arc(
    view.toSheet(hinge),
    view.length(width),
    Math.min(a, b),
    Math.max(a, b),
    {
      weight: "hairline",
    },
  );
}

// Glazing: the two wall faces and the glass line in the gap.
function drawWindow(
  sheet: Sheet,
  view: PlanView,
  wall: WallRect,
  horizontal: boolean,
  window: Opening,
): void {
  const faces = horizontal
    ? [wall.y0, (wall.y0 + wall.y1) / 2, wall.y1]
    : [wall.x0, (wall.x0 + wall.x1) / 2, wall.x1];
  faces.forEach((c, i) => {
    const a = horizontal
      ? { x: window.start, y: c }
      : { x: c, y: window.start };
    const b = horizontal ? { x: window.end, y: c } : { x: c, y: window.end };
    sheet.line(view.toSheet(a), view.toSheet(b), {
      weight: i === 1 ? "thin" : "fine",
    });
  });
}

function drawStair(sheet: Sheet, view: PlanView, stair: Stair): void {
  const alongY = stair.rise === "north" || stair.rise === "south";
  sheet.polyline(rectPoints(view, stair), { weight: "thin" }, true);

  for (let i = 1; i < stair.treads; i++) {
    const t = i / stair.treads;
    const a = alongY
      ? { x: stair.x0, y: stair.y0 + t * (stair.y1 - stair.y0) }
      : { x: stair.x0 + t * (stair.x1 - stair.x0), y: stair.y0 };
    const b = alongY ? { x: stair.x1, y: a.y } : { x: a.x, y: stair.y1 };
    sheet.line(view.toSheet(a), view.toSheet(b), { weight: "fine" });
  }

  const mid = { x: (stair.x0 + stair.x1) / 2, y: (stair.y0 + stair.y1) / 2 };
  const forward = stair.rise === "north" || stair.rise === "east" ? 1 : -1;
  const half = alongY ? (stair.y1 - stair.y0) / 2 : (stair.x1 - stair.x0) / 2;
  const from = alongY
    ? { x: mid.x, y: mid.y - forward * half }
    : { x: mid.x - forward * half, y: mid.y };
  const to = alongY
    ? { x: mid.x, y: mid.y + forward * half }
    : { x: mid.x + forward * half, y: mid.y };
  drawArrow(sheet, view.toSheet(from), view.toSheet(to));
}

function drawArrow(sheet: Sheet, from: PdfPoint, to: PdfPoint): void {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const dir = { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
  const head = mm(2);
  sheet.line(from, to, { weight: "thin" });
  sheet.polygon(
    [
      to,
      pdfPoint(
        to.x - dir.x * head - dir.y * head * 0.4,
        to.y - dir.y * head + dir.x * head * 0.4,
      ),
      pdfPoint(
        to.x - dir.x * head + dir.y * head * 0.4,
        to.y - dir.y * head - dir.x * head * 0.4,
      ),
    ],
    COLOURS.black,
  );
  sheet.circle(from, mm(0.6), { weight: "thin" }, COLOURS.black);
}

function drawRoomLabel(
  sheet: Sheet,
  at: PdfPoint,
  name: string,
  areaM2: number,
): void {
  const small = areaM2 < 5;
  sheet.text(name, at, { sizePt: small ? 6 : 9, bold: true, align: "center" });
  sheet.text(
    `S = ${areaM2.toFixed(2)} m²`,
    pdfPoint(at.x, at.y - mm(small ? 2.6 : 4)),
    {
      sizePt: small ? 5.5 : 7,
      align: "center",
    },
  );
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
  const bottom = view.toSheet({ x: xM, y: -2.2 });
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
  const at = view.toSheet({ x: model.widthM / 2, y: -4.5 });
  drawCaptionAt(sheet, at, title, view.scaleDenominator);
}

/** A caption centred at a sheet point. */
export function drawCaptionAt(
  sheet: Sheet,
  at: PdfPoint,
  title: string,
  scaleDenominator: number,
): void {
  const text = `${title} - ÉCH. 1/${scaleDenominator}`;
  const width = sheet.textWidth(text, 11, true);
  sheet.text(text, at, { sizePt: 11, bold: true, align: "center" });
  sheet.line(
    pdfPoint(at.x - width / 2, at.y - mm(1.5)),
    pdfPoint(at.x + width / 2, at.y - mm(1.5)),
    { weight: "thick" },
  );
}

function rectPoints(
  view: PlanView,
  r: { x0: number; y0: number; x1: number; y1: number },
): PdfPoint[] {
  const corners: Xy[] = [
    { x: r.x0, y: r.y0 },
    { x: r.x1, y: r.y0 },
    { x: r.x1, y: r.y1 },
    { x: r.x0, y: r.y1 },
  ];
  return corners.map(view.toSheet);
}
