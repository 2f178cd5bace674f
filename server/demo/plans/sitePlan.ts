import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import { ringArea, vertexCentroid } from "../geometry";
import type { Xy } from "../geometry";
import { STREET_WIDTH_M } from "../parcels";
import { toMap } from "../site";
import { drawCornerLabel, formatCoordinate } from "./coordinateLabel";
import { drawDimension, metres } from "./dimensions";
import type { DossierDrawingContext } from "./drawingContext";
import { insetRing } from "./inset";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { drawCaptionAt } from "./levelPlan";
import { planView } from "./planView";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

/** Setbacks drawn on a site plan: street (south edge) and neighbours. */
export interface Setbacks {
  readonly streetM: number;
  readonly neighbourM: number;
}

/** A building placed on the parcel: offset of its SW corner from B1. */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

/**
 * The site plan's view: the parcel centred in the drawing area, north up,
 * at a true scale, so that its labelled corners georeference the sheet.
 */
export function siteView(
  layout: SheetLayout,
  ring: readonly Xy[],
  scale: number,
): PlanView {
  return planView(scale, vertexCentroid(ring), boxCentre(layout.drawing));
}

/**
 * The two corners labelled with coordinates on a site plan (B1, the
 * south-west corner, and B3, the north-east one): their sheet points and
 * their EPSG:26191 coordinates.
 */
export function siteControlPoints(
  layout: SheetLayout,
  ring: readonly Xy[],
  scale: number,
): { sheet: PdfPoint; map: { x: number; y: number } }[] {
  const view = siteView(layout, ring, scale);
  return [ring[0], ring[2]].map((p) => {
    const local = p as Xy;
    return { sheet: view.toSheet(local), map: toMap(local) };
  });
}

/**
 * The site plan (plan de masse): neighbours, the street, the parcel with
 * its corner coordinates and side lengths, setback lines and the footprint
 * of each planned building.
 */
export function drawSitePlan(
  sheet: Sheet,
  layout: SheetLayout,
  ctx: DossierDrawingContext,
  options: {
    scale: number;
    setbacks: Setbacks;
    placements: readonly Placement[];
  },
): string[] {
  const view = siteView(layout, ctx.parcelRing, options.scale);
  sheet.clipped(layout.drawing, () => {
    drawSurroundings(sheet, view, ctx);
    drawStreet(sheet, view, ctx.parcelRing);
  });
  drawParcel(sheet, view, ctx.parcelRing);
  drawSetbacks(sheet, view, ctx.parcelRing, options.setbacks);
  drawBuildings(sheet, view, ctx, options.placements);
  drawCaptionAt(
    sheet,
    pdfPoint(boxCentre(layout.drawing).x, layout.drawing.y + mm(6)),
    "PLAN DE MASSE",
    options.scale,
  );

  const area = ringArea(ctx.parcelRing);
  const footprint = options.placements.length * footprintArea(ctx);
  return [
    `Terrain : TF ${ctx.landTitle}, superficie ${area.toFixed(2)} m².`,
    `Emprise bâtie projetée : ${footprint.toFixed(2)} m² (CES ${(footprint / area).toFixed(2)}).`,
    `Reculs : ${metres(options.setbacks.streetM)} m sur rue, ${metres(options.setbacks.neighbourM)} m sur limites.`,
    "Bornes du terrain (Lambert Nord Maroc, EPSG:26191) :",
    ...ctx.parcelRing.map((p, i) => {
      const m = toMap(p);
      return `  B${i + 1}  X = ${formatCoordinate(m.x)}   Y = ${formatCoordinate(m.y)}`;
    }),
  ];
}

/** Neighbouring parcels with their land titles, thin and grey. */
export function drawSurroundings(
  sheet: Sheet,
  view: PlanView,
  ctx: DossierDrawingContext,
): void {
  for (const parcel of ctx.parcels) {
    if (parcel.landTitle === ctx.landTitle) continue;
    sheet.polyline(parcel.ring.map(view.toSheet), { weight: "thin" }, true);
    const at = view.toSheet(vertexCentroid(parcel.ring));
    sheet.text(`TF ${parcel.landTitle}`, at, {
      sizePt: 7,
      align: "center",
      colour: COLOURS.grey,
    });
    sheet.text("Propriété voisine", pdfPoint(at.x, at.y - mm(3.5)), {
      sizePt: 6,
      align: "center",
      colour: COLOURS.grey,
    });
  }
}

/** The existing street along the parcel's south edge, STREET_WIDTH_M wide. */
export function drawStreet(
  sheet: Sheet,
  view: PlanView,
  ring: readonly Xy[],
): void {
  const [sw, se] = ring as [Xy, Xy];
  const far = 400;
  const north = sw.y;
  const south = north - STREET_WIDTH_M;
  for (const y of [north, south]) {
    sheet.line(
      view.toSheet({ x: sw.x - far, y }),
      view.toSheet({ x: se.x + far, y }),
      {
        weight: "medium",
      },
    );
  }
  const axis = (north + south) / 2;
  sheet.line(
    view.toSheet({ x: sw.x - far, y: axis }),
    view.toSheet({ x: se.x + far, y: axis }),
    {
      weight: "fine",
      dashMm: [10, 2, 1, 2],
    },
  );
  const mid = view.toSheet({ x: (sw.x + se.x) / 2, y: axis });
  sheet.text(
    `RUE EXISTANTE - EMPRISE ${metres(STREET_WIDTH_M)} m`,
    pdfPoint(mid.x, mid.y + mm(2)),
    {
      sizePt: 8,
      bold: true,
      align: "center",
    },
  );
}

/** The parcel limit, its side lengths and its labelled corners. */
export function drawParcel(
  sheet: Sheet,
  view: PlanView,
  ring: readonly Xy[],
): void {
  const points = ring.map(view.toSheet);
  sheet.polyline(
    points,
    { weight: "heavy", colour: COLOURS.red, dashMm: [12, 2, 2, 2] },
    true,
  );

  points.forEach((a, i) => {
    const b = points[(i + 1) % points.length] as PdfPoint;
    const pa = ring[i] as Xy;
    const pb = ring[(i + 1) % ring.length] as Xy;
    drawDimension(
      sheet,
      a,
      b,
      -mm(6),
      metres(Math.hypot(pb.x - pa.x, pb.y - pa.y)),
    );
  });

  const [b1, , b3] = ring as [Xy, Xy, Xy, ...Xy[]];
  drawCornerLabel(sheet, view.toSheet(b1), "B1", toMap(b1), -1);
  drawCornerLabel(sheet, view.toSheet(b3), "B3", toMap(b3), 1);
  sheet.text(
    "B2",
    pdfPoint(
      (points[1] as PdfPoint).x + mm(3),
      (points[1] as PdfPoint).y - mm(4),
    ),
    {
      sizePt: 9,
      bold: true,
    },
  );
  sheet.text(
    "B4",
    pdfPoint(
      (points[3] as PdfPoint).x - mm(8),
      (points[3] as PdfPoint).y + mm(2),
    ),
    {
      sizePt: 9,
      bold: true,
    },
  );
}

function drawSetbacks(
  sheet: Sheet,
  view: PlanView,
  ring: readonly Xy[],
  setbacks: Setbacks,
): void {
  const distances = ring.map((_, i) =>
    i === 0 ? setbacks.streetM : setbacks.neighbourM,
  );
  const inner = insetRing(ring, distances);
  sheet.polyline(
    inner.map(view.toSheet),
    { weight: "thin", dashMm: [3, 1.5] },
    true,
  );

  const [sw] = ring as [Xy];
  const [innerSw] = inner as [Xy];
  const x = (sw.x + innerSw.x) / 2 + 1;
  drawDimension(
    sheet,
    view.toSheet({ x, y: sw.y }),
    view.toSheet({ x, y: sw.y + setbacks.streetM }),
    mm(2),
    metres(setbacks.streetM),
  );
}

function drawBuildings(
  sheet: Sheet,
  view: PlanView,
  ctx: DossierDrawingContext,
  placements: readonly Placement[],
): void {
  const building = ctx.building;
  const origin = ctx.parcelRing[0] as Xy;
  if (!building) return;
  for (const placement of placements) {
    const x0 = origin.x + placement.x;
    const y0 = origin.y + placement.y;
    const corners = [
      { x: x0, y: y0 },
      { x: x0 + building.widthM, y: y0 },
      { x: x0 + building.widthM, y: y0 + building.depthM },
      { x: x0, y: y0 + building.depthM },
    ].map(view.toSheet);
    sheet.polygon(corners, COLOURS.lightGrey, { weight: "heavy" });
    drawHatch(sheet, corners);
    const at = view.toSheet({
      x: x0 + building.widthM / 2,
      y: y0 + building.depthM / 2,
    });
    sheet.text(placement.label, at, { sizePt: 8, bold: true, align: "center" });
    sheet.text("+0.20", pdfPoint(at.x, at.y - mm(3.5)), {
      sizePt: 6.5,
      align: "center",
    });
  }
}

// Diagonal hatching of a footprint, clipped to its bounding rectangle.
function drawHatch(sheet: Sheet, corners: readonly PdfPoint[]): void {
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const box = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
  const step = mm(2.5);
  sheet.clipped(box, () => {
    for (let d = -box.height; d < box.width; d += step) {
      sheet.line(
        pdfPoint(box.x + d, box.y),
        pdfPoint(box.x + d + box.height, box.y + box.height),
        { weight: "hairline", colour: COLOURS.grey },
      );
    }
  });
}

function footprintArea(ctx: DossierDrawingContext): number {
  return ctx.building ? ctx.building.widthM * ctx.building.depthM : 0;
}
