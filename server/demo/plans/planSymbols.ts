import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import type { Opening, Stair, WallRect } from "./buildingModel";
import { viewRect } from "./planView";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

/*
 * The symbols of a level plan drawn at true scale: a door's leaf and
 * swing, a window's glazing in its wall gap, a stair flight with its
 * treads and walking arrow.
 */

/** A door: its leaf (or two), open at 90°, and the swing arcs. */
export function drawDoor(
  sheet: Sheet,
  view: PlanView,
  wall: WallRect,
  horizontal: boolean,
  door: Opening,
): void {
  if (door.leaves === 2) {
    // A double door: two half leaves hinged on either jamb.
    const mid = (door.start + door.end) / 2;
    const leaf = { ...door, leaves: 1 } as const;
    drawDoor(sheet, view, wall, horizontal, {
      ...leaf,
      end: mid,
      hinge: "start",
    });
    drawDoor(sheet, view, wall, horizontal, {
      ...leaf,
      start: mid,
      hinge: "end",
    });
    return;
  }
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

/** A window: the two wall faces and the glass line in the gap. */
export function drawWindow(
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

/** A stair flight: outline, treads and the arrow pointing up. */
export function drawStair(sheet: Sheet, view: PlanView, stair: Stair): void {
  const alongY = stair.rise === "north" || stair.rise === "south";
  sheet.polyline(viewRect(view, stair), { weight: "thin" }, true);

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
