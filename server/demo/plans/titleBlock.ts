import { pdfPoint } from "../../../shared/geo/coordinates";
import type { Box } from "./layout";
import type { Sheet } from "./sheet";
import { mm } from "./units";
import type { SheetFormat } from "./units";

/** What a title block (cartouche) states about its sheet. */
export interface TitleBlockInfo {
  readonly project: string;
  readonly applicant: string;
  readonly landTitle: string;
  readonly architect: string;
  readonly dossierNumber: string;
  readonly sheetTitle: string;
  readonly scaleDenominator: number;
  readonly date: string;
  readonly sheetNumber: number;
  readonly sheetCount: number;
  readonly format: SheetFormat;
}

const THIN = { weight: "thin" } as const;
const THICK = { weight: "thick" } as const;

/** Draws the title block in its box, rows from the top down. */
export function drawTitleBlock(
  sheet: Sheet,
  box: Box,
  info: TitleBlockInfo,
): void {
  const left = box.x;
  const right = box.x + box.width;
  const top = box.y + box.height;
  const middle = left + box.width * 0.55;
  const rows = [10, 18, 9, 9, 17].map(mm);
  const edges = rowEdges(top, rows);

  sheet.polyline(corners(box), THICK, true);
  for (const y of edges.slice(1)) {
    sheet.line(pdfPoint(left, y), pdfPoint(right, y), THIN);
  }
  sheet.line(
    pdfPoint(middle, edges[2] ?? 0),
    pdfPoint(middle, edges[4] ?? 0),
    THIN,
  );

  const pad = mm(2);
  const at = (x: number, rowTop: number, down: number) =>
    pdfPoint(x + pad, rowTop - mm(down));

  sheet.text(
    "ROYAUME DU MAROC - PROVINCE ET COMMUNE DE KHEMISSET",
    at(left, edges[0] ?? 0, 6.5),
    { sizePt: 7.5, bold: true },
  );

  sheet.text("Projet", at(left, edges[1] ?? 0, 4), { sizePt: 6 });
  sheet.text(info.project, at(left, edges[1] ?? 0, 11), {
    sizePt: fitSize(sheet, info.project, box.width - 2 * pad, 11, true),
    bold: true,
  });

  labelled(
    sheet,
    at(left, edges[2] ?? 0, 6),
    "Maître d'ouvrage",
    info.applicant,
  );
  labelled(
    sheet,
    at(middle, edges[2] ?? 0, 6),
    "Titre foncier",
    info.landTitle,
  );
  labelled(sheet, at(left, edges[3] ?? 0, 6), "Architecte", info.architect);
  labelled(
    sheet,
    at(middle, edges[3] ?? 0, 6),
    "Dossier n°",
    info.dossierNumber,
  );

  sheet.text(info.sheetTitle, at(left, edges[4] ?? 0, 11), {
    sizePt: fitSize(sheet, info.sheetTitle, box.width - 2 * pad, 16, true),
    bold: true,
  });

  drawFooter(sheet, box, edges[5] ?? 0, info);
}

// The last row: scale, date, sheet number and format side by side.
function drawFooter(
  sheet: Sheet,
  box: Box,
  rowTop: number,
  info: TitleBlockInfo,
): void {
  const cells: [string, string][] = [
    ["Échelle", `1/${info.scaleDenominator}`],
    ["Date", info.date],
    ["Planche", `${info.sheetNumber}/${info.sheetCount}`],
    ["Format", info.format],
  ];
  const widths = [0.25, 0.37, 0.2, 0.18].map((f) => f * box.width);
  let x = box.x;
  cells.forEach(([label, value], i) => {
    if (i > 0) sheet.line(pdfPoint(x, rowTop), pdfPoint(x, box.y), THIN);
    sheet.text(label, pdfPoint(x + mm(2), rowTop - mm(5)), { sizePt: 6 });
    sheet.text(value, pdfPoint(x + mm(2), rowTop - mm(14)), {
      sizePt: i === 0 ? 14 : 10,
      bold: true,
    });
    x += widths[i] ?? 0;
  });
}

function labelled(
  sheet: Sheet,
  at: ReturnType<typeof pdfPoint>,
  label: string,
  value: string,
): void {
  sheet.text(`${label} :`, at, { sizePt: 6 });
  const labelWidth = sheet.textWidth(`${label} : `, 6);
  sheet.text(value, pdfPoint(at.x + labelWidth, at.y), {
    sizePt: 8,
    bold: true,
  });
}

// Shrinks a long line until it fits its cell.
function fitSize(
  sheet: Sheet,
  value: string,
  widthPt: number,
  sizePt: number,
  bold: boolean,
): number {
  let size = sizePt;
  while (size > 6 && sheet.textWidth(value, size, bold) > widthPt) size -= 0.5;
  return size;
}

function rowEdges(top: number, heights: readonly number[]): number[] {
  const edges = [top];
  for (const h of heights) edges.push((edges[edges.length - 1] ?? top) - h);
  return edges;
}

function corners(box: Box) {
  return [
    pdfPoint(box.x, box.y),
    pdfPoint(box.x + box.width, box.y),
    pdfPoint(box.x + box.width, box.y + box.height),
    pdfPoint(box.x, box.y + box.height),
  ];
}
