import { pdfPoint } from "../../../shared/geo/coordinates";
import type { Xy } from "../geometry";
import { drawDimension, metres } from "./dimensions";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { drawCaptionAt } from "./caption";
import { LAYERS } from "./optionalContent";
import { planView } from "./planView";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Colour, Sheet } from "./sheet";
import { mm } from "./units";

/** Scale of the road profile. */
export const ROAD_PROFILE_SCALE = 50;

const ASPHALT = { r: 0.35, g: 0.35, b: 0.35 };
const BASE = { r: 0.78, g: 0.72, b: 0.6 };
const SUBBASE = { r: 0.88, g: 0.84, b: 0.74 };
const CONCRETE = { r: 0.85, g: 0.85, b: 0.85 };

/**
 * The typical cross-section of the subdivision's 10 m roads at 1/50:
 * pavements, kerbs, the cambered carriageway and its layers, and the
 * networks under it (sewer, water, electricity, telecoms, lighting).
 */
export function drawRoadProfile(sheet: Sheet, layout: SheetLayout): string[] {
  const view = planView(
    ROAD_PROFILE_SCALE,
    { x: 5, y: -0.5 },
    boxCentre(layout.drawing),
  );
  sheet.layer(LAYERS.roads, () => drawPavement(sheet, view));
  sheet.layer(LAYERS.networks, () => drawNetworks(sheet, view));
  sheet.layer(LAYERS.dimensions, () => drawDimensions(sheet, view));
  sheet.layer(LAYERS.text, () => {
    sheet.line(view.toSheet({ x: 5, y: -2.6 }), view.toSheet({ x: 5, y: 1 }), {
      weight: "fine",
      dashMm: [8, 2, 1, 2],
    });
    drawCaptionAt(
      sheet,
      pdfPoint(
        view.toSheet({ x: 5, y: 0 }).x,
        view.toSheet({ x: 0, y: -3.4 }).y,
      ),
      "PROFIL EN TRAVERS TYPE - VOIES A ET B",
      ROAD_PROFILE_SCALE,
    );
  });

  return [
    "Chaussée : enrobé 6 cm, grave concassée 14 cm, tout-venant 25 cm.",
    "Pente transversale : 2 % de part et d'autre de l'axe.",
    "Trottoirs en béton dosé à 250 kg/m³, bordures T2.",
  ];
}

// The carriageway's layers, kerbs, pavements and their foundations.
function drawPavement(sheet: Sheet, view: PlanView): void {
  const box = (x0: number, y0: number, x1: number, y1: number, fill: Colour) =>
    sheet.polygon(
      [
        { x: x0, y: y0 },
        { x: x1, y: y0 },
        { x: x1, y: y1 },
        { x: x0, y: y1 },
      ].map(view.toSheet),
      fill,
      { weight: "thin" },
    );

  // Pavement foundations and the natural ground either side.
  box(-0.6, -0.45, 1.85, 0.05, SUBBASE);
  box(8.15, -0.45, 10.6, 0.05, SUBBASE);
  box(2, -0.45, 8, -0.2, SUBBASE);
  box(2, -0.2, 8, -0.06, BASE);
  sheet.polygon(
    [
      { x: 2, y: -0.06 },
      { x: 8, y: -0.06 },
      { x: 8, y: 0 },
      { x: 5, y: 0.06 },
      { x: 2, y: 0 },
    ].map(view.toSheet),
    ASPHALT,
    { weight: "thick" },
  );
  for (const x0 of [0, 8.15]) box(x0, 0.05, x0 + 1.85, 0.15, CONCRETE);
  box(1.85, -0.25, 2, 0.2, CONCRETE);
  box(8, -0.25, 8.15, 0.2, CONCRETE);
}

function drawNetworks(sheet: Sheet, view: PlanView): void {
  const pipe = (c: Xy, diameterM: number, label: string) => {
    sheet.circle(
      view.toSheet(c),
      view.length(diameterM / 2),
      { weight: "thick" },
      COLOURS.white,
    );
    sheet.text(
      label,
      view.toSheet({ x: c.x + diameterM / 2 + 0.1, y: c.y - 0.03 }),
      { sizePt: 7 },
    );
  };
  pipe({ x: 5, y: -1.8 }, 0.4, "Assainissement Ø 400 mm");
  pipe({ x: 1, y: -0.9 }, 0.11, "Eau potable PEHD Ø 110");
  pipe({ x: 9, y: -0.8 }, 0.16, "Électricité BT");
  pipe({ x: 9.4, y: -0.6 }, 0.1, "Télécoms 2 × Ø 45");

  const pole = [
    { x: 0.4, y: 0.15 },
    { x: 0.4, y: 2.6 },
    { x: 1.4, y: 2.9 },
  ].map(view.toSheet);
  sheet.polyline(pole, { weight: "thick" });
  sheet.text("Candélabre h = 8 m (coupé)", view.toSheet({ x: 0.5, y: 3.05 }), {
    sizePt: 7,
  });
}

function drawDimensions(sheet: Sheet, view: PlanView): void {
  const stops = [0, 2, 8, 10];
  for (let i = 0; i + 1 < stops.length; i++) {
    const a = stops[i] as number;
    const b = stops[i + 1] as number;
    drawDimension(
      sheet,
      view.toSheet({ x: a, y: 0.15 }),
      view.toSheet({ x: b, y: 0.15 }),
      mm(18),
      metres(b - a),
    );
  }
  drawDimension(
    sheet,
    view.toSheet({ x: 0, y: 0.15 }),
    view.toSheet({ x: 10, y: 0.15 }),
    mm(28),
    metres(10),
  );
  const labels: [number, string][] = [
    [1, "TROTTOIR"],
    [5, "CHAUSSÉE"],
    [9, "TROTTOIR"],
  ];
  for (const [x, label] of labels) {
    sheet.text(label, view.toSheet({ x, y: 0.5 }), {
      sizePt: 9,
      bold: true,
      align: "center",
    });
  }
  sheet.text("2 %", view.toSheet({ x: 3.5, y: 0.12 }), {
    sizePt: 7,
    align: "center",
  });
  sheet.text("2 %", view.toSheet({ x: 6.5, y: 0.12 }), {
    sizePt: 7,
    align: "center",
  });
}
