import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import type { BuildingModel } from "./buildingModel";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

/** Floor levels above ±0.00 from the ground floor up, and the roof. */
export function floorLevels(model: BuildingModel): number[] {
  const levels = [0];
  for (const h of model.storeyHeightsM)
    levels.push((levels[levels.length - 1] ?? 0) + h);
  return levels;
}

/** The top of the parapet, metres above ±0.00. */
export function totalHeight(model: BuildingModel): number {
  return (floorLevels(model).at(-1) ?? 0) + model.parapetM;
}

/** A level mark: open triangle on the line and the level, "+3.50". */
export function drawLevelMark(
  sheet: Sheet,
  at: PdfPoint,
  levelM: number,
): void {
  const s = mm(1.8);
  sheet.polygon(
    [
      at,
      pdfPoint(at.x - s, at.y + s * 1.4),
      pdfPoint(at.x + s, at.y + s * 1.4),
    ],
    COLOURS.white,
    { weight: "thin" },
  );
  sheet.line(pdfPoint(at.x - s * 2, at.y), pdfPoint(at.x + mm(12), at.y), {
    weight: "fine",
  });
  const sign = levelM < 0 ? "-" : levelM === 0 ? "±" : "+";
  sheet.text(
    `${sign}${Math.abs(levelM).toFixed(2)}`,
    pdfPoint(at.x + s * 1.5, at.y + mm(1)),
    {
      sizePt: 7,
    },
  );
}

/** The natural ground: a heavy line with short hatch strokes under it. */
export function drawGround(
  sheet: Sheet,
  view: PlanView,
  fromM: number,
  toM: number,
): void {
  sheet.line(view.toSheet({ x: fromM, y: 0 }), view.toSheet({ x: toM, y: 0 }), {
    weight: "heavy",
  });
  for (let x = fromM; x < toM; x += 0.4) {
    sheet.line(
      view.toSheet({ x, y: 0 }),
      view.toSheet({ x: x - 0.3, y: -0.3 }),
      {
        weight: "hairline",
      },
    );
  }
}
