import { pdfPoint } from "../../../shared/geo/coordinates";
import type { Box, SheetLayout } from "./layout";
import { drawNorthArrow } from "./northArrow";
import { LAYERS } from "./optionalContent";
import { drawScaleBar } from "./scaleBar";
import type { Sheet } from "./sheet";
import { drawTitleBlock } from "./titleBlock";
import type { TitleBlockInfo } from "./titleBlock";
import { mm } from "./units";

/**
 * The sheet's furniture: border, title block, north arrow, scale bar and
 * the notes column, drawn the same way on every demo sheet.
 */
export function drawSheetFrame(
  sheet: Sheet,
  layout: SheetLayout,
  info: TitleBlockInfo,
  notes: readonly string[] = [],
): void {
  sheet.layer(LAYERS.frame, () => {
    sheet.polyline(boxCorners(layout.frame), { weight: "heavy" }, true);
    drawTitleBlock(sheet, layout.titleBlock, info);
    drawScaleBar(sheet, layout.scaleBar, info.scaleDenominator);
    drawNorthArrow(sheet, layout.northArrow);
    drawNotes(sheet, layout.notes, notes);
  });
}

/** The four corners of a box, counter-clockwise from lower left. */
export function boxCorners(box: Box) {
  return [
    pdfPoint(box.x, box.y),
    pdfPoint(box.x + box.width, box.y),
    pdfPoint(box.x + box.width, box.y + box.height),
    pdfPoint(box.x, box.y + box.height),
  ];
}

function drawNotes(sheet: Sheet, box: Box, notes: readonly string[]): void {
  if (notes.length === 0) return;
  const x = box.x + mm(3);
  let y = box.y + box.height - mm(6);
  sheet.text("NOTES", pdfPoint(x, y), { sizePt: 9, bold: true });
  for (const note of notes) {
    y -= mm(5);
    sheet.text(note, pdfPoint(x, y), { sizePt: 7.5 });
  }
}
