import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import type { Sheet } from "./sheet";
import { mm } from "./units";

const TICK_MM = 1.5;
const OVERSHOOT_MM = 1.5;
const GAP_MM = 1;

/**
 * An architectural dimension between two sheet points: extension lines,
 * the dimension line `offsetPt` away on the left of a→b (negative for the
 * right), oblique ticks and the value set above the line.
 */
export function drawDimension(
  sheet: Sheet,
  a: PdfPoint,
  b: PdfPoint,
  offsetPt: number,
  label: string,
): void {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length === 0) return;
  const dir = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
  const normal = { x: -dir.y, y: dir.x };
  const side = Math.sign(offsetPt) || 1;
  const shift = (p: PdfPoint, d: number) =>
    pdfPoint(p.x + normal.x * d, p.y + normal.y * d);

  const pen = { weight: "fine" } as const;
  const da = shift(a, offsetPt);
  const db = shift(b, offsetPt);
  sheet.line(
    shift(a, side * mm(GAP_MM)),
    shift(da, side * mm(OVERSHOOT_MM)),
    pen,
  );
  sheet.line(
    shift(b, side * mm(GAP_MM)),
    shift(db, side * mm(OVERSHOOT_MM)),
    pen,
  );
  sheet.line(
    pdfPoint(da.x - dir.x * mm(OVERSHOOT_MM), da.y - dir.y * mm(OVERSHOOT_MM)),
    pdfPoint(db.x + dir.x * mm(OVERSHOOT_MM), db.y + dir.y * mm(OVERSHOOT_MM)),
    pen,
  );
  for (const p of [da, db]) drawTick(sheet, p, dir, normal);

  const angle = (Math.atan2(dir.y, dir.x) * 180) / Math.PI;
  const upright = angle > 90 || angle <= -90 ? angle + 180 : angle;
  const mid = pdfPoint((da.x + db.x) / 2, (da.y + db.y) / 2);
  const up = upright === angle ? 1 : -1;
  sheet.text(
    label,
    pdfPoint(mid.x + normal.x * mm(1) * up, mid.y + normal.y * mm(1) * up),
    { sizePt: 7, align: "center", rotateDeg: upright },
  );
}

/** A length in metres as dimensions print it: "10.00". */
export function metres(value: number): string {
  return value.toFixed(2);
}

function drawTick(
  sheet: Sheet,
  p: PdfPoint,
  dir: { x: number; y: number },
  normal: { x: number; y: number },
): void {
  const h = mm(TICK_MM) / 2;
  const d = { x: (dir.x + normal.x) * h, y: (dir.y + normal.y) * h };
  sheet.line(pdfPoint(p.x - d.x, p.y - d.y), pdfPoint(p.x + d.x, p.y + d.y), {
    weight: "thick",
  });
}
