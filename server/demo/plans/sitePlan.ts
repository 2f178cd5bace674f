import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import { ringArea, vertexCentroid } from "../geometry";
import type { Xy } from "../geometry";
import { toMap } from "../site";
import { formatCoordinate } from "./coordinateLabel";
import { drawParcel, drawStreet, drawSurroundings } from "./parcelSurroundings";
import { drawDimension, metres } from "./dimensions";
import type { DossierDrawingContext } from "./drawingContext";
import { insetRing } from "./inset";
import { boxCentre } from "./layout";
import type { SheetLayout } from "./layout";
import { drawCaptionAt } from "./caption";
import { drawCoordinateGrid } from "./coordinateGrid";
import { LAYERS } from "./optionalContent";
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

/** An internal lane across the parcel, y from B1, metres. */
export interface Lane {
  readonly y0: number;
  readonly y1: number;
  readonly label: string;
}

/** A building placed on the parcel: offset of its SW corner from B1. */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

/** The Lambert grid step for a site plan scale: 2 cm of paper or so. */
export function gridStepM(scale: number): number {
  return scale <= 200 ? 10 : 20;
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
    lanes?: readonly Lane[];
    lotLines?: readonly (readonly [Xy, Xy])[];
  },
): string[] {
  const view = siteView(layout, ctx.parcelRing, options.scale);
  sheet.clipped(layout.drawing, () => {
    sheet.layer(LAYERS.grid, () =>
      drawCoordinateGrid(sheet, view, layout.drawing, gridStepM(options.scale)),
    );
    sheet.layer(LAYERS.parcels, () => drawSurroundings(sheet, view, ctx));
    sheet.layer(LAYERS.roads, () => drawStreet(sheet, view, ctx.parcelRing));
  });
  sheet.layer(LAYERS.limits, () => drawParcel(sheet, view, ctx.parcelRing));
  sheet.layer(LAYERS.setbacks, () =>
    drawSetbacks(sheet, view, ctx.parcelRing, options.setbacks),
  );
  sheet.layer(LAYERS.roads, () => {
    for (const lane of options.lanes ?? []) drawLane(sheet, view, ctx, lane);
  });
  sheet.layer(LAYERS.lots, () =>
    drawLotLines(sheet, view, ctx, options.lotLines ?? []),
  );
  sheet.layer(LAYERS.buildings, () =>
    drawBuildings(sheet, view, ctx, options.placements),
  );
  sheet.layer(LAYERS.text, () =>
    drawCaptionAt(
      sheet,
      pdfPoint(boxCentre(layout.drawing).x, layout.drawing.y + mm(6)),
      "PLAN DE MASSE",
      options.scale,
    ),
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

// Limits between the private plots of a housing group.
function drawLotLines(
  sheet: Sheet,
  view: PlanView,
  ctx: DossierDrawingContext,
  lines: readonly (readonly [Xy, Xy])[],
): void {
  const origin = ctx.parcelRing[0] as Xy;
  for (const [a, b] of lines) {
    sheet.line(
      view.toSheet({ x: origin.x + a.x, y: origin.y + a.y }),
      view.toSheet({ x: origin.x + b.x, y: origin.y + b.y }),
      { weight: "fine", dashMm: [2, 1] },
    );
  }
}

// A lane crossing the parcel from its west limit to its east limit.
function drawLane(
  sheet: Sheet,
  view: PlanView,
  ctx: DossierDrawingContext,
  lane: Lane,
): void {
  const origin = ctx.parcelRing[0] as Xy;
  const east = Math.max(...ctx.parcelRing.map((p) => p.x));
  for (const y of [lane.y0, lane.y1]) {
    sheet.line(
      view.toSheet({ x: origin.x, y: origin.y + y }),
      view.toSheet({ x: east, y: origin.y + y }),
      { weight: "medium" },
    );
  }
  const mid = view.toSheet({
    x: (origin.x + east) / 2,
    y: origin.y + (lane.y0 + lane.y1) / 2,
  });
  sheet.text(lane.label, pdfPoint(mid.x, mid.y - mm(1)), {
    sizePt: 7,
    bold: true,
    align: "center",
  });
}

function footprintArea(ctx: DossierDrawingContext): number {
  return ctx.building ? ctx.building.widthM * ctx.building.depthM : 0;
}
