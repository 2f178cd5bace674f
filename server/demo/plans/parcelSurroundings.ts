import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import { vertexCentroid } from "../geometry";
import type { Xy } from "../geometry";
import { STREET_WIDTH_M } from "../parcels";
import { toMap } from "../site";
import { frontStreetName } from "../streets";
import { drawCornerLabel } from "./coordinateLabel";
import { drawDimension, metres } from "./dimensions";
import type { DossierDrawingContext } from "./drawingContext";
import type { PlanView } from "./planView";
import { COLOURS } from "./sheet";
import type { Sheet } from "./sheet";
import { mm } from "./units";

/*
 * What site plans and the subdivision plan share around the project: the
 * neighbouring parcels, the existing street and the parcel's limits with
 * their surveyed corners.
 */

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
    `${frontStreetName(ring)} - EMPRISE ${metres(STREET_WIDTH_M)} m`,
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
