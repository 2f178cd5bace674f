import { pdfPoint } from "../../../shared/geo/coordinates";
import { boxCentre } from "./layout";
import type { Box } from "./layout";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

/**
 * A north arrow: a circle with a half-filled needle pointing up, since
 * every demo drawing is north up.
 */
export function drawNorthArrow(sheet: Sheet, box: Box): void {
  const c = boxCentre(box);
  const r = mm(12);
  const tip = pdfPoint(c.x, c.y + r * 1.1);
  const tail = pdfPoint(c.x, c.y - r * 0.8);
  const left = pdfPoint(c.x - r * 0.35, c.y - r * 0.8);
  const right = pdfPoint(c.x + r * 0.35, c.y - r * 0.8);

  sheet.circle(pdfPoint(c.x, c.y), r, { weight: "thin" });
  sheet.polygon([tip, tail, left], COLOURS.black, { weight: "thin" });
  sheet.polygon([tip, right, tail], COLOURS.white, { weight: "thin" });
  sheet.text("N", pdfPoint(c.x, c.y + r * 1.25), {
    sizePt: 12,
    align: "center",
    bold: true,
  });
}
