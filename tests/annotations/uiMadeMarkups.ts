import {
  drawnPoints,
  inkPoints,
  vertexPoints,
} from "../../renderer/markup/drawnPoints";
import {
  calibrationMarkup,
  measurementMarkup,
} from "../../renderer/measure/measureDrafts";
import type { SheetViewport } from "../../renderer/viewer/sheetCoordinates";
import type { Markup, MarkupKind } from "../../shared/domain/entities";
import { viewportPixel } from "../../shared/geo/coordinates";
import { calibrationFromTwoPoints } from "../../shared/measure/calibrate";
import type { SheetXy } from "../../shared/measure/calibrate";
import {
  addPoint,
  closeRing,
  newDraft,
  type MeasureDraft,
} from "../../shared/measure/measureDraft";
import { sheetViewports } from "../renderer/markup/sheetViewports";
import { markup } from "./sampleMarkups";

/*
 * Markups made the way the workstation makes them: the sheet viewer's own
 * point-making code (drawnPoints.ts, the measure drafts) run on a real
 * pdf.js viewport of an A3 landscape sheet (1190 x 842 pt) at 100 %, so
 * a text keeps only its anchor, a callout its tip then its box, a
 * highlight its corners going round, an area its outline and cut-outs.
 */

/** Sheet size of the fixture, in points. */
export const SHEET_PT = { width: 1190, height: 842 } as const;

type Px = readonly [number, number];

const px = ([x, y]: Px) => viewportPixel(x, y);

/** The comment a reviewer types, with the marks Helvetica used to lose. */
export const remark = (kind: string) => `Remarque ${kind} — à corriger`;

/** A drag from `a` to `b`, or a click at `a`, as the drawing hook saves it. */
function dragged(
  viewport: SheetViewport,
  kind: MarkupKind,
  a: Px,
  b: Px,
  fields: Partial<Markup> = {},
): Markup {
  const points = drawnPoints(kind, px(a), px(b), viewport);
  if (points === null) throw new Error(`${kind}: drag too small`);
  return reviewed(kind, points, fields);
}

/** A review markup as the drawing hook saves it, in review red. */
function reviewed(
  kind: MarkupKind,
  points: Markup["points"],
  fields: Partial<Markup> = {},
): Markup {
  return markup(kind, {
    kind,
    points,
    comment: remark(kind),
    color: "#d62828",
    style: {},
    ...fields,
  });
}

function clicked(
  viewport: SheetViewport,
  kind: "polyline" | "polygon",
  clicks: readonly Px[],
): Markup {
  const points = vertexPoints(kind, clicks.map(px), viewport);
  if (points === null) throw new Error(`${kind}: too few clicks`);
  return reviewed(kind, points);
}

function inked(viewport: SheetViewport, path: readonly Px[]): Markup {
  const points = inkPoints(path.map(px), viewport);
  if (points === null) throw new Error("ink: a dot");
  // The drawing hook saves the path as the points and the one stroke.
  return reviewed("ink", points, { strokes: [points] });
}

/** The sheet the measure tools save to; they read only the two ids. */
const SHEET = {
  document: { id: "doc1", dossierId: "d1" },
  sheetIndex: 0,
} as unknown as Parameters<typeof measurementMarkup>[0];

/** A measurement picked click by click, as MeasureTools saves it. */
function measured(
  viewport: SheetViewport,
  id: string,
  tool: MeasureDraft["tool"],
  rings: readonly (readonly Px[])[],
  calibration: Parameters<typeof measurementMarkup>[2],
): Markup {
  let draft = newDraft(tool);
  for (const ring of rings) {
    for (const p of ring) draft = addPoint(draft, toSheet(viewport, p));
    if (tool === "measure_area") draft = closeRing(draft);
  }
  const made = measurementMarkup(SHEET, draft, calibration);
  if (made === null) throw new Error(`${tool}: no value`);
  return markup(id, { ...made, id, style: {} });
}

function toSheet(viewport: SheetViewport, [x, y]: Px): SheetXy {
  const [sx = 0, sy = 0] = viewport.convertToPdfPoint(x, y);
  return { x: sx, y: sy };
}

/** One markup of every tool, as the viewer makes them, spread over A3. */
export async function uiMadeMarkups(): Promise<Markup[]> {
  const { upright: v } = await sheetViewports(1);
  const [a, b] = [toSheet(v, [60, 500]), toSheet(v, [400, 500])];
  const calibration = calibrationFromTwoPoints(a, b, 24);
  const calibrated = calibrationMarkup(SHEET, [a, b], calibration);
  return [
    dragged(v, "cloud", [60, 60], [200, 140]),
    dragged(v, "rectangle", [240, 60], [360, 140]),
    dragged(v, "ellipse", [400, 60], [520, 140]),
    dragged(v, "highlight", [560, 80], [760, 110], {
      color: "#ffd60a",
      style: { opacity: 0.35 },
    }),
    dragged(v, "arrow", [800, 140], [900, 60]),
    dragged(v, "line", [940, 100], [1120, 100]),
    clicked(v, "polyline", [
      [60, 200],
      [140, 260],
      [220, 200],
    ]),
    clicked(v, "polygon", [
      [260, 260],
      [340, 190],
      [420, 260],
    ]),
    dragged(v, "callout", [480, 290], [640, 220]),
    dragged(v, "text", [720, 220], [720, 220]),
    dragged(v, "note", [1000, 220], [1000, 220]),
    dragged(v, "stamp", [1080, 250], [1080, 250], {
      style: { stampLabel: "Approved" },
    }),
    inked(v, [
      [60, 330],
      [120, 360],
      [180, 340],
      [300, 400],
    ]),
    markup("calibration", {
      ...calibrated,
      id: "calibration",
      style: {},
    }),
    measured(
      v,
      "length",
      "measure_length",
      [
        [
          [460, 460],
          [460, 760],
        ],
      ],
      calibration,
    ),
    measured(
      v,
      "area",
      "measure_area",
      [
        [
          [540, 460],
          [900, 460],
          [900, 780],
          [540, 780],
        ],
        [
          [620, 540],
          [760, 540],
          [760, 660],
        ],
      ],
      calibration,
    ),
  ];
}
