import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import {
  bounds,
  clipConvex,
  containsPoint,
  ringArea,
  vertexCentroid,
} from "../geometry";
import { localStreets } from "../streets";
import type { Xy } from "../geometry";
import { AREA_SIDE_M } from "../site";
import { BANDS, wadiAxis } from "../zoning";
import type { DossierDrawingContext } from "./drawingContext";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { drawCaptionAt } from "./caption";
import { LAYERS } from "./optionalContent";
import { planView } from "./planView";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Colour, Sheet } from "./sheet";
import { mm } from "./units";

/** Zones smaller than this on the sheet get no code label. */
const MIN_LABELLED_AREA_M2 = 5000;

/** Scale of the location plans, as the regulation asks in town. */
export const LOCATION_SCALE = 2000;

const ZONE_TINTS: Readonly<Record<string, Colour>> = {
  D: { r: 0.99, g: 0.86, b: 0.72 },
  E: { r: 1, g: 0.95, b: 0.75 },
  HE: { r: 0.98, g: 0.8, b: 0.8 },
  HI: { r: 1, g: 0.9, b: 0.85 },
  I: { r: 0.88, g: 0.82, b: 0.95 },
  EQ: { r: 0.8, g: 0.88, b: 0.98 },
  ZV: { r: 0.8, g: 0.94, b: 0.8 },
  RA: { r: 0.9, g: 0.96, b: 0.85 },
  ZNA: { r: 0.82, g: 0.93, b: 0.95 },
  SV: { r: 0.95, g: 0.95, b: 0.95 },
  SF: { r: 0.93, g: 0.93, b: 0.93 },
};

/**
 * The location plan (plan de situation) at 1/2000: zoning, roads, the wadi
 * and neighbouring parcels around the dossier's parcel, which is filled.
 */
export function drawLocationPlan(
  sheet: Sheet,
  layout: SheetLayout,
  ctx: DossierDrawingContext,
): string[] {
  const centre = vertexCentroid(ctx.parcelRing);
  const view = planView(LOCATION_SCALE, centre, boxCentre(layout.drawing));

  const halfWidthM = layout.drawing.width / 2 / view.ptPerMetre;
  const halfHeightM = layout.drawing.height / 2 / view.ptPerMetre;
  const visible = [
    { x: centre.x - halfWidthM, y: centre.y - halfHeightM },
    { x: centre.x + halfWidthM, y: centre.y - halfHeightM },
    { x: centre.x + halfWidthM, y: centre.y + halfHeightM },
    { x: centre.x - halfWidthM, y: centre.y + halfHeightM },
  ];

  sheet.clipped(layout.drawing, () => {
    sheet.layer(LAYERS.zoning, () => drawZones(sheet, view, ctx));
    sheet.layer(LAYERS.roads, () => {
      drawStreets(sheet, view);
      drawNetworks(sheet, view);
    });
    sheet.layer(LAYERS.parcels, () => drawParcels(sheet, view, ctx));
    sheet.layer(LAYERS.text, () => drawZoneCodes(sheet, view, ctx, visible));
  });
  sheet.layer(LAYERS.text, () => {
    sheet.polyline(boxPoints(layout.drawing), { weight: "medium" }, true);
    drawSubjectLabel(sheet, view, ctx.parcelRing);
    drawCaption(sheet, layout);
  });

  return [
    "Extrait du plan d'aménagement de Khemisset (homologué).",
    `Terrain objet de la demande : TF ${ctx.landTitle} (en rouge).`,
    "Coordonnées Lambert Nord Maroc (EPSG:26191).",
  ];
}

function drawCaption(sheet: Sheet, layout: SheetLayout): void {
  drawCaptionAt(
    sheet,
    pdfPoint(boxCentre(layout.drawing).x, layout.drawing.y + mm(6)),
    "PLAN DE SITUATION",
    LOCATION_SCALE,
  );
}

function drawZones(
  sheet: Sheet,
  view: PlanView,
  ctx: DossierDrawingContext,
): void {
  for (const zone of ctx.zones) {
    const points = zone.ring.map(view.toSheet);
    sheet.polygon(points, ZONE_TINTS[zone.code] ?? COLOURS.white, {
      weight: "thin",
      colour: COLOURS.grey,
      dashMm: [6, 1.5, 1, 1.5],
    });
  }
}

// Each zone's code in the middle of its visible part, so that a zone whose
// centre is off the sheet is still named.
function drawZoneCodes(
  sheet: Sheet,
  view: PlanView,
  ctx: DossierDrawingContext,
  visible: readonly Xy[],
): void {
  for (const zone of ctx.zones) {
    if (zone.code === "SV" || zone.code === "SF") continue;
    const part = clipConvex(zone.ring, visible);
    if (part.length < 3 || ringArea(part) < MIN_LABELLED_AREA_M2) continue;
    const place = labelPlace(vertexCentroid(part), part, ctx);
    if (!place) continue;
    const at = view.toSheet(place);
    sheet.text(zone.code, at, {
      sizePt: 22,
      bold: true,
      align: "center",
      colour: COLOURS.grey,
    });
  }
}

// Where a zone code can stand without covering a parcel or a street: the
// centre of the zone's visible part, or the first free spot around it.
function labelPlace(
  centre: Xy,
  part: readonly Xy[],
  ctx: DossierDrawingContext,
): Xy | null {
  const obstacles = [
    ...ctx.parcels.map((p) => p.ring),
    ...localStreets().map((s) => s.ring),
  ];
  const offsets = [0, 60, -60, 120, -120, 180, -180];
  for (const dy of offsets) {
    for (const dx of [0, 150, -150]) {
      const p = { x: centre.x + dx, y: centre.y + dy };
      const box = [
        { x: p.x - 20, y: p.y - 4 },
        { x: p.x + 20, y: p.y - 4 },
        { x: p.x + 20, y: p.y + 18 },
        { x: p.x - 20, y: p.y + 18 },
      ];
      const inside = box.every((q) => containsPoint(part, q));
      const free = obstacles.every((ring) => {
        const overlap = clipConvex(box, ring);
        return overlap.length < 3 || ringArea(overlap) < 1e-6;
      });
      if (inside && free) return p;
    }
  }
  return null;
}

// Local streets in white over the zoning, with their names.
function drawStreets(sheet: Sheet, view: PlanView): void {
  for (const street of localStreets()) {
    sheet.polygon(street.ring.map(view.toSheet), COLOURS.white, {
      weight: "thin",
    });
  }
  for (const street of localStreets()) {
    if (!street.name) continue;
    const box = bounds(street.ring);
    const at = view.toSheet({
      x: (box.minX + box.maxX) / 2 - 110,
      y: (box.minY + box.maxY) / 2 - 2,
    });
    sheet.text(street.name, at, { sizePt: 6, bold: true, align: "center" });
  }
}

// The RN6, the railway and the wadi, drawn as their symbols.
function drawNetworks(sheet: Sheet, view: PlanView): void {
  const edge = (y: number): [PdfPoint, PdfPoint] => [
    view.toSheet({ x: 0, y }),
    view.toSheet({ x: AREA_SIDE_M, y }),
  ];
  for (const y of [BANDS.roadSouth + 8, BANDS.roadNorth - 8]) {
    const [a, b] = edge(y);
    sheet.line(a, b, { weight: "thick" });
  }
  const [roadAxisA, roadAxisB] = edge((BANDS.roadSouth + BANDS.roadNorth) / 2);
  sheet.line(roadAxisA, roadAxisB, { weight: "fine", dashMm: [6, 2] });

  const railY = (BANDS.railSouth + BANDS.railNorth) / 2;
  const [railA, railB] = edge(railY);
  sheet.line(railA, railB, { weight: "heavy" });
  for (let x = 0; x <= AREA_SIDE_M; x += 10) {
    sheet.line(
      view.toSheet({ x, y: railY - 3 }),
      view.toSheet({ x, y: railY + 3 }),
      {
        weight: "thin",
      },
    );
  }

  const [w0, w1] = wadiAxis();
  sheet.line(view.toSheet(w0), view.toSheet(w1), {
    weight: "thick",
    colour: COLOURS.blue,
  });

  drawRoadNames(sheet, view, railY, w0, w1);
}

function drawRoadNames(
  sheet: Sheet,
  view: PlanView,
  railY: number,
  w0: Xy,
  w1: Xy,
): void {
  const roadY = (BANDS.roadSouth + BANDS.roadNorth) / 2;
  for (const x of [250, 1000, 1750]) {
    sheet.text(
      "ROUTE NATIONALE N° 6 (RABAT - MEKNÈS)",
      view.toSheet({ x, y: roadY + 3 }),
      {
        sizePt: 7,
        bold: true,
        align: "center",
      },
    );
    sheet.text("VOIE FERRÉE", view.toSheet({ x, y: railY + 8 }), {
      sizePt: 6,
      align: "center",
    });
  }
  const angle = (Math.atan2(w1.y - w0.y, w1.x - w0.x) * 180) / Math.PI;
  for (const t of [0.2, 0.7]) {
    const p = { x: w0.x + t * (w1.x - w0.x) - 8, y: w0.y + t * (w1.y - w0.y) };
    sheet.text("OUED", view.toSheet(p), {
      sizePt: 8,
      bold: true,
      rotateDeg: angle,
      colour: COLOURS.blue,
    });
  }
}

function drawParcels(
  sheet: Sheet,
  view: PlanView,
  ctx: DossierDrawingContext,
): void {
  for (const parcel of ctx.parcels) {
    const subject = parcel.landTitle === ctx.landTitle;
    const points = parcel.ring.map(view.toSheet);
    if (subject) {
      sheet.polygon(points, COLOURS.red, { weight: "heavy" });
      continue;
    }
    sheet.polyline(points, { weight: "fine" }, true);
    sheet.text(parcel.landTitle, view.toSheet(vertexCentroid(parcel.ring)), {
      sizePt: 4,
      align: "center",
    });
  }
}

function drawSubjectLabel(
  sheet: Sheet,
  view: PlanView,
  ring: readonly Xy[],
): void {
  // From the parcel's north-east corner, away from the parcel itself.
  const corner = ring.reduce((best, p) =>
    p.x + p.y > best.x + best.y ? p : best,
  );
  const at = view.toSheet(corner);
  const label = pdfPoint(at.x + mm(15), at.y + mm(15));
  sheet.line(at, label, { weight: "thin" });
  sheet.text(
    "TERRAIN OBJET DE LA DEMANDE",
    pdfPoint(label.x + mm(1), label.y + mm(1)),
    {
      sizePt: 8,
      bold: true,
      colour: COLOURS.red,
    },
  );
}

function boxPoints(box: {
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  return [
    pdfPoint(box.x, box.y),
    pdfPoint(box.x + box.width, box.y),
    pdfPoint(box.x + box.width, box.y + box.height),
    pdfPoint(box.x, box.y + box.height),
  ];
}
