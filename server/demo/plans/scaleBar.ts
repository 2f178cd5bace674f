import { pdfPoint } from "../../../shared/geo/coordinates";
import type { Box } from "./layout";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm, ptPerMetre } from "./units";

const SEGMENTS = 5;
const BAR_LENGTH_MM = 50;
const BAR_HEIGHT_MM = 2.5;

/**
 * A graphic scale bar: five alternating blocks spanning 50 mm of paper,
 * i.e. 5 m at 1/100 or 100 m at 1/2000, so that a printed copy at any size
 * can still be measured.
 */
export function drawScaleBar(
  sheet: Sheet,
  box: Box,
  scaleDenominator: number,
): void {
  const totalM = (BAR_LENGTH_MM * scaleDenominator) / 1000;
  const stepM = totalM / SEGMENTS;
  const stepPt = stepM * ptPerMetre(scaleDenominator);
  const x0 = box.x + mm(10);
  const y0 = box.y + mm(8);
  const h = mm(BAR_HEIGHT_MM);

  for (let i = 0; i < SEGMENTS; i++) {
    const x = x0 + i * stepPt;
    const colour = i % 2 === 0 ? COLOURS.black : COLOURS.white;
    sheet.polygon(
      [
        pdfPoint(x, y0),
        pdfPoint(x + stepPt, y0),
        pdfPoint(x + stepPt, y0 + h),
        pdfPoint(x, y0 + h),
      ],
      colour,
      { weight: "fine" },
    );
  }

  for (let i = 0; i <= SEGMENTS; i++) {
    sheet.text(
      formatMetres(i * stepM),
      pdfPoint(x0 + i * stepPt, y0 + h + mm(1.5)),
      {
        sizePt: 6,
        align: "center",
      },
    );
  }
  sheet.text("m", pdfPoint(x0 + SEGMENTS * stepPt + mm(4), y0), { sizePt: 7 });
  sheet.text(
    `Échelle graphique - 1/${scaleDenominator}`,
    pdfPoint(x0, y0 - mm(4.5)),
    {
      sizePt: 7,
    },
  );
}

function formatMetres(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
