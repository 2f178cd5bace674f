import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

/** A caption centred at a sheet point. */
export function drawCaptionAt(
  sheet: Sheet,
  at: PdfPoint,
  title: string,
  scaleDenominator: number,
): void {
  const text = `${title} - ÉCH. 1/${scaleDenominator}`;
  const width = sheet.textWidth(text, 11, true);
  // A white ground keeps the caption legible over the drawing beneath it.
  const pad = mm(2);
  sheet.polygon(
    [
      pdfPoint(at.x - width / 2 - pad, at.y - mm(3)),
      pdfPoint(at.x + width / 2 + pad, at.y - mm(3)),
      pdfPoint(at.x + width / 2 + pad, at.y + mm(5)),
      pdfPoint(at.x - width / 2 - pad, at.y + mm(5)),
    ],
    COLOURS.white,
  );
  sheet.text(text, at, { sizePt: 11, bold: true, align: "center" });
  sheet.line(
    pdfPoint(at.x - width / 2, at.y - mm(1.5)),
    pdfPoint(at.x + width / 2, at.y - mm(1.5)),
    { weight: "thick" },
  );
}
