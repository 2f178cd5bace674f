import { SHEET_FORMATS, mm } from "./units";
import type { SheetFormat } from "./units";

/**
 * Where things go on a demo sheet, in points: a frame with a binding margin
 * on the left, a side column on the right for the notes, the north arrow,
 * the scale bar and the title block, and the drawing area beside it.
 */
export interface SheetLayout {
  readonly format: SheetFormat;
  readonly widthPt: number;
  readonly heightPt: number;
  readonly frame: Box;
  readonly drawing: Box;
  readonly titleBlock: Box;
  readonly scaleBar: Box;
  readonly northArrow: Box;
  readonly notes: Box;
}

/** A rectangle in points, from its lower-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const BINDING_MARGIN_MM = 20;
const MARGIN_MM = 10;
const COLUMN_WIDTH_MM = 170;
const GAP_MM = 5;
const TITLE_BLOCK_HEIGHT_MM = 85;

/** The layout of a landscape sheet of the given format. */
export function sheetLayout(format: SheetFormat): SheetLayout {
  const { widthMm, heightMm } = SHEET_FORMATS[format];
  const right = widthMm - MARGIN_MM;
  const top = heightMm - MARGIN_MM;
  const columnLeft = right - COLUMN_WIDTH_MM;
  const columnBox = (bottom: number, height: number) =>
    boxMm(columnLeft, bottom, COLUMN_WIDTH_MM, height);

  return {
    format,
    widthPt: mm(widthMm),
    heightPt: mm(heightMm),
    frame: boxMm(
      BINDING_MARGIN_MM,
      MARGIN_MM,
      right - BINDING_MARGIN_MM,
      top - MARGIN_MM,
    ),
    drawing: boxMm(
      BINDING_MARGIN_MM + GAP_MM,
      MARGIN_MM + GAP_MM,
      columnLeft - GAP_MM - BINDING_MARGIN_MM - GAP_MM,
      top - MARGIN_MM - 2 * GAP_MM,
    ),
    titleBlock: columnBox(MARGIN_MM, TITLE_BLOCK_HEIGHT_MM),
    scaleBar: columnBox(MARGIN_MM + TITLE_BLOCK_HEIGHT_MM, 25),
    northArrow: columnBox(MARGIN_MM + TITLE_BLOCK_HEIGHT_MM + 25, 40),
    notes: columnBox(
      MARGIN_MM + TITLE_BLOCK_HEIGHT_MM + 65,
      top - (MARGIN_MM + TITLE_BLOCK_HEIGHT_MM + 65),
    ),
  };
}

/** The centre of a box. */
export function boxCentre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function boxMm(x: number, y: number, width: number, height: number): Box {
  return { x: mm(x), y: mm(y), width: mm(width), height: mm(height) };
}
