import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import type { Xy } from "../geometry";
import type { DossierDrawingContext } from "./drawingContext";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { drawCaptionAt } from "./caption";
import { drawCoordinateGrid } from "./coordinateGrid";
import { LAYERS } from "./optionalContent";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { drawParcel, drawStreet, drawSurroundings } from "./parcelSurroundings";
import { gridStepM, siteView } from "./sitePlan";
import { mm } from "./units";

/**
 * The subdivision's layout (plan de lotissement), in metres from the
 * parcel's south-west corner: three rows of ten 14 × 20 m lots served by
 * two 10 m roads, a green space and a plot for a public facility.
 */
export const SUBDIVISION_LAYOUT = {
  lotWidthM: 14,
  lotDepthM: 20,
  lotRows: [0, 30, 50],
  lotsPerRow: 10,
  roads: [
    { name: "VOIE A", y0: 20, y1: 30 },
    { name: "VOIE B", y0: 70, y1: 80 },
  ],
  greenSpace: { x0: 0, y0: 80, x1: 70, y1: 110 },
  facility: { x0: 70, y0: 80, x1: 140, y1: 110 },
} as const;

const GREEN = { r: 0.8, g: 0.93, b: 0.78 };
const FACILITY = { r: 0.82, g: 0.88, b: 0.98 };

/** Draws the plan de lotissement and returns its notes. */
export function drawSubdivisionPlan(
  sheet: Sheet,
  layout: SheetLayout,
  ctx: DossierDrawingContext,
  scale: number,
): string[] {
  const view = siteView(layout, ctx.parcelRing, scale);
  const origin = ctx.parcelRing[0] as Xy;
  const at: LocalToSheet = (x, y) =>
    view.toSheet({ x: origin.x + x, y: origin.y + y });
  const L = SUBDIVISION_LAYOUT;

  sheet.clipped(layout.drawing, () => {
    sheet.layer(LAYERS.grid, () =>
      drawCoordinateGrid(sheet, view, layout.drawing, gridStepM(scale) * 2.5),
    );
    sheet.layer(LAYERS.parcels, () => drawSurroundings(sheet, view, ctx));
    sheet.layer(LAYERS.roads, () => drawStreet(sheet, view, ctx.parcelRing));
  });
  sheet.layer(LAYERS.roads, () => {
    for (const road of L.roads) drawRoad(sheet, view, origin, road);
  });
  sheet.layer(LAYERS.zoning, () => drawCommonAreas(sheet, at));
  sheet.layer(LAYERS.lots, () => drawLots(sheet, at));
  sheet.layer(LAYERS.limits, () => drawParcel(sheet, view, ctx.parcelRing));
  sheet.layer(LAYERS.text, () =>
    drawCaptionAt(
      sheet,
      pdfPoint(boxCentre(layout.drawing).x, layout.drawing.y + mm(6)),
      "PLAN DE LOTISSEMENT",
      scale,
    ),
  );

  const lots = L.lotRows.length * L.lotsPerRow;
  const lotArea = L.lotWidthM * L.lotDepthM;
  return [
    `Terrain : TF ${ctx.landTitle}, 15 400.00 m².`,
    `${lots} lots d'habitat individuel R+2 de ${lotArea} m² : ${lots * lotArea} m².`,
    "Voirie (voies A et B, 10 m) : 2 800.00 m².",
    "Espace vert : 2 100.00 m². Équipement public : 2 100.00 m².",
    "Réseaux : eau, assainissement, électricité, télécoms sous voies.",
  ];
}

/** Maps metres from the parcel's B1 corner to the sheet. */
type LocalToSheet = (x: number, y: number) => PdfPoint;

function rectAt(
  at: LocalToSheet,
  r: { x0: number; y0: number; x1: number; y1: number },
): PdfPoint[] {
  return [at(r.x0, r.y0), at(r.x1, r.y0), at(r.x1, r.y1), at(r.x0, r.y1)];
}

// The green space with its trees and the public facility's plot.
function drawCommonAreas(sheet: Sheet, at: LocalToSheet): void {
  const g = SUBDIVISION_LAYOUT.greenSpace;
  sheet.polygon(rectAt(at, g), GREEN, { weight: "thin" });
  for (let x = g.x0 + 5; x < g.x1; x += 10) {
    for (let y = g.y0 + 5; y < g.y1; y += 10) {
      sheet.circle(at(x, y), mm(2.5), { weight: "fine" });
    }
  }
  sheet.text("ESPACE VERT", at((g.x0 + g.x1) / 2, g.y0 + 9.2), {
    sizePt: 10,
    bold: true,
    align: "center",
  });

  const f = SUBDIVISION_LAYOUT.facility;
  sheet.polygon(rectAt(at, f), FACILITY, { weight: "thin" });
  const middle = (f.x0 + f.x1) / 2;
  sheet.text("ÉQUIPEMENT PUBLIC (ÉCOLE)", at(middle, f.y0 + 15), {
    sizePt: 10,
    bold: true,
    align: "center",
  });
  sheet.text("2 100.00 m²", at(middle, f.y0 + 11), {
    sizePt: 8,
    align: "center",
  });
}

// The lots, numbered row by row from the south-west, with their areas.
function drawLots(sheet: Sheet, at: LocalToSheet): void {
  const L = SUBDIVISION_LAYOUT;
  let number = 1;
  for (const y0 of L.lotRows) {
    for (let i = 0; i < L.lotsPerRow; i++) {
      const x0 = i * L.lotWidthM;
      const lot = { x0, y0, x1: x0 + L.lotWidthM, y1: y0 + L.lotDepthM };
      sheet.polyline(rectAt(at, lot), { weight: "medium" }, true);

      const c = at(x0 + L.lotWidthM / 2, y0 + L.lotDepthM / 2);
      sheet.circle(c, mm(4), { weight: "thin" });
      sheet.text(String(number), pdfPoint(c.x, c.y - mm(1.2)), {
        sizePt: 9,
        bold: true,
        align: "center",
      });
      sheet.text(
        `${L.lotWidthM * L.lotDepthM} m²`,
        pdfPoint(c.x, c.y - mm(8)),
        { sizePt: 6.5, align: "center" },
      );
      number += 1;
    }
  }
}

function drawRoad(
  sheet: Sheet,
  view: PlanView,
  origin: Xy,
  road: { name: string; y0: number; y1: number },
): void {
  const x0 = origin.x - 10;
  const x1 = origin.x + 150;
  const y = (v: number) => origin.y + v;
  for (const edge of [road.y0, road.y1]) {
    sheet.line(
      view.toSheet({ x: x0, y: y(edge) }),
      view.toSheet({ x: x1, y: y(edge) }),
      { weight: "medium" },
    );
  }
  for (const kerb of [road.y0 + 2, road.y1 - 2]) {
    sheet.line(
      view.toSheet({ x: origin.x, y: y(kerb) }),
      view.toSheet({ x: origin.x + 140, y: y(kerb) }),
      {
        weight: "fine",
      },
    );
  }
  const axis = (road.y0 + road.y1) / 2;
  sheet.line(
    view.toSheet({ x: x0, y: y(axis) }),
    view.toSheet({ x: x1, y: y(axis) }),
    {
      weight: "fine",
      dashMm: [8, 2, 1, 2],
    },
  );
  sheet.text(
    `${road.name} - EMPRISE 10.00 m`,
    view.toSheet({ x: origin.x + 70, y: y(axis) + 0.6 }),
    {
      sizePt: 8,
      bold: true,
      align: "center",
      colour: COLOURS.black,
    },
  );
}
