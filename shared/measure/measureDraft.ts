import type { SheetXy } from "./calibrate";
import type { MeasureKind } from "./measurementValue";

/** A measuring tool: a measurement kind, or picking two calibration points. */
export type MeasureTool = MeasureKind | "calibrate";

/**
 * A measurement being drawn: the points of the ring or line in progress
 * and, for an area, the rings already closed (the outline first, then the
 * cut-outs). Pure state, so the click rules are tested without a DOM.
 */
export interface MeasureDraft {
  readonly tool: MeasureTool;
  readonly points: readonly SheetXy[];
  readonly rings: readonly (readonly SheetXy[])[];
}

/** How many clicks finish a tool by themselves (null: Enter finishes). */
export function pointsToFinish(tool: MeasureTool): number | null {
  if (tool === "measure_length" || tool === "calibrate") return 2;
  if (tool === "measure_angle") return 3;
  return null;
}

/** An empty draft for a tool. */
export function newDraft(tool: MeasureTool): MeasureDraft {
  return { tool, points: [], rings: [] };
}

/** A click at `p`: adds the point. */
export function addPoint(draft: MeasureDraft, p: SheetXy): MeasureDraft {
  return { ...draft, points: [...draft.points, { x: p.x, y: p.y }] };
}

/** Whether the draft has all the points its tool needs to finish. */
export function isComplete(draft: MeasureDraft): boolean {
  const needed = pointsToFinish(draft.tool);
  if (needed !== null) return draft.points.length >= needed;
  if (draft.tool === "measure_area") {
    return draft.rings.length > 0 || draft.points.length >= 3;
  }
  if (draft.tool === "measure_polyline") return draft.points.length >= 2;
  return draft.points.length >= 1;
}

/**
 * Closes the ring in progress of an area (outline or cut-out), so the
 * next clicks start a cut-out. A ring needs three points; fewer are
 * dropped.
 */
export function closeRing(draft: MeasureDraft): MeasureDraft {
  if (draft.tool !== "measure_area") return draft;
  const rings =
    draft.points.length >= 3 ? [...draft.rings, draft.points] : draft.rings;
  return { ...draft, rings, points: [] };
}

/**
 * The points and cut-out rings a finished draft is saved with: an area's
 * outline goes to `points` and its cut-outs to `strokes`.
 */
export function finishedShape(draft: MeasureDraft): {
  points: SheetXy[];
  strokes: SheetXy[][];
} {
  if (draft.tool !== "measure_area") {
    return { points: [...draft.points], strokes: [] };
  }
  const [outline = [], ...holes] = closeRing(draft).rings;
  return { points: [...outline], strokes: holes.map((h) => [...h]) };
}
