import { pdfPoint } from "../../../shared/geo/coordinates";
import type { Xy } from "../geometry";
import type { DossierDrawingContext } from "./drawingContext";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { drawCaptionAt } from "./caption";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { drawParcel, drawStreet, drawSurroundings } from "./parcelSurroundings";
import { siteView } from "./sitePlan";
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
  const at = (x: number, y: number) =>
    view.toSheet({ x: origin.x + x, y: origin.y + y });
  const rectAt = (x0: number, y0: number, x1: number, y1: number) => [
    at(x0, y0),
    at(x1, y0),
    at(x1, y1),
    at(x0, y1),
  ];

  sheet.clipped(layout.drawing, () => {
    drawSurroundings(sheet, view, ctx);
    drawStreet(sheet, view, ctx.parcelRing);
  });

  const L = SUBDIVISION_LAYOUT;
  for (const road of L.roads) drawRoad(sheet, view, origin, road);
  const g = L.greenSpace;
  sheet.polygon(rectAt(g.x0, g.y0, g.x1, g.y1), GREEN, { weight: "thin" });
  for (let x = g.x0 + 5; x < g.x1; x += 10) {
    for (let y = g.y0 + 5; y < g.y1; y += 10)
      sheet.circle(at(x, y), mm(2.5), { weight: "fine" });
  }
  sheet.text("ESPACE VERT", at((g.x0 + g.x1) / 2, g.y0 + 9.2), {
    sizePt: 10,
    bold: true,
    align: "center",
  });
  const f = L.facility;
  sheet.polygon(rectAt(f.x0, f.y0, f.x1, f.y1), FACILITY, { weight: "thin" });
  sheet.text("ÉQUIPEMENT PUBLIC (ÉCOLE)", at((f.x0 + f.x1) / 2, f.y0 + 15), {
    sizePt: 10,
    bold: true,
    align: "center",
  });
  sheet.text("2 100.00 m²", at((f.x0 + f.x1) / 2, f.y0 + 11), {
    sizePt: 8,
    align: "center",
  });

  let number = 1;
  for (const y0 of L.lotRows) {
    for (let i = 0; i < L.lotsPerRow; i++) {
      const x0 = i * L.lotWidthM;
      sheet.polyline(
        rectAt(x0, y0, x0 + L.lotWidthM, y0 + L.lotDepthM),
        { weight: "medium" },
        true,
      );
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

  drawParcel(sheet, view, ctx.parcelRing);
  drawCaptionAt(
    sheet,
    pdfPoint(boxCentre(layout.drawing).x, layout.drawing.y + mm(6)),
    "PLAN DE LOTISSEMENT",
    scale,
  );

  const lots = L.lotRows.length * L.lotsPerRow;
  return [
    `Terrain : TF ${ctx.landTitle}, 15 400.00 m².`,
    `${lots} lots d'habitat individuel R+2 de ${L.lotWidthM * L.lotDepthM} m² : ${lots * L.lotWidthM * L.lotDepthM} m².`,
    "Voirie (voies A et B, 10 m) : 2 800.00 m².",
    "Espace vert : 2 100.00 m². Équipement public : 2 100.00 m².",
    "Réseaux : eau, assainissement, électricité, télécoms sous voies.",
  ];
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
