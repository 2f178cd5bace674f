import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import type { Sheet } from "./sheet";
import { mm } from "./units";

/** A coordinate in metres as French survey plans print it: "437 981.35". */
export function formatCoordinate(value: number): string {
  const [whole, decimals] = value.toFixed(2).split(".");
  const grouped = (whole ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${grouped}.${decimals ?? "00"}`;
}

/**
 * A surveyed corner (borne) marked with a cross and circle, its name and
 * its EPSG:26191 coordinates, so a user can georeference the sheet by
 * picking it. `towards` puts the label on that side (+1 right, −1 left).
 */
export function drawCornerLabel(
  sheet: Sheet,
  at: PdfPoint,
  name: string,
  map: { x: number; y: number },
  towards: 1 | -1,
): void {
  const r = mm(1.5);
  sheet.circle(at, r, { weight: "thin" });
  sheet.line(pdfPoint(at.x - 2 * r, at.y), pdfPoint(at.x + 2 * r, at.y), {
    weight: "fine",
  });
  sheet.line(pdfPoint(at.x, at.y - 2 * r), pdfPoint(at.x, at.y + 2 * r), {
    weight: "fine",
  });

  const align = towards > 0 ? "left" : "right";
  // Clear of the side dimension lines, which stand 6 mm off the limits.
  const x = at.x + towards * mm(9);
  sheet.text(name, pdfPoint(x, at.y + mm(1.5)), {
    sizePt: 9,
    bold: true,
    align,
  });
  sheet.text(`X = ${formatCoordinate(map.x)}`, pdfPoint(x, at.y - mm(2.5)), {
    sizePt: 7,
    align,
  });
  sheet.text(`Y = ${formatCoordinate(map.y)}`, pdfPoint(x, at.y - mm(5.5)), {
    sizePt: 7,
    align,
  });
}
