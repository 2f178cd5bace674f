import { pdfPoint } from "../../../shared/geo/coordinates";
import { LOCAL_ORIGIN } from "../site";
import { formatCoordinate } from "./coordinateLabel";
import type { Box } from "./layout";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

const CROSS_MM = 2;

/**
 * The Lambert grid of a survey-based plan: a small cross at every round
 * `stepM` metres of EPSG:26191 inside the drawing area, and the values
 * along its bottom and left edges. With it, any two crosses georeference
 * the sheet, not only the labelled parcel corners.
 */
export function drawCoordinateGrid(
  sheet: Sheet,
  view: PlanView,
  box: Box,
  stepM: number,
): void {
  const low = view.toGround({ x: box.x, y: box.y });
  const high = view.toGround({ x: box.x + box.width, y: box.y + box.height });
  const xs = roundValues(
    low.x + LOCAL_ORIGIN.x,
    high.x + LOCAL_ORIGIN.x,
    stepM,
  );
  const ys = roundValues(
    low.y + LOCAL_ORIGIN.y,
    high.y + LOCAL_ORIGIN.y,
    stepM,
  );
  const pen = { weight: "fine", colour: COLOURS.grey } as const;
  const h = mm(CROSS_MM);

  for (const x of xs) {
    for (const y of ys) {
      const p = view.toSheet({ x: x - LOCAL_ORIGIN.x, y: y - LOCAL_ORIGIN.y });
      sheet.line(pdfPoint(p.x - h, p.y), pdfPoint(p.x + h, p.y), pen);
      sheet.line(pdfPoint(p.x, p.y - h), pdfPoint(p.x, p.y + h), pen);
    }
  }

  const style = { sizePt: 6, align: "center", colour: COLOURS.grey } as const;
  for (const x of xs) {
    const p = view.toSheet({ x: x - LOCAL_ORIGIN.x, y: 0 });
    const label = `X ${formatCoordinate(x).replace(/\.00$/, "")}`;
    sheet.text(label, pdfPoint(p.x, box.y + mm(1.5)), style);
  }
  for (const y of ys) {
    const p = view.toSheet({ x: 0, y: y - LOCAL_ORIGIN.y });
    const label = `Y ${formatCoordinate(y).replace(/\.00$/, "")}`;
    sheet.text(label, pdfPoint(box.x + mm(3.5), p.y), {
      ...style,
      rotateDeg: 90,
    });
  }
}

// Multiples of `step` strictly inside (from, to), leaving the edges free.
function roundValues(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let v = Math.ceil(from / step) * step; v < to; v += step) {
    if (v - from > step / 4 && to - v > step / 4) values.push(v);
  }
  return values;
}
