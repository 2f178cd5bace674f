import type { PdfPoint, ProjectedPoint } from "../../shared/geo/coordinates";
import {
  DegenerateControlPointsError,
  similarityFromTwoPoints,
} from "../../shared/geo/similarity";
import type { Similarity } from "../../shared/geo/similarity";

/**
 * The steps of placing a sheet on the map: pick two points on the sheet,
 * then the two matching points on the map, then the sheet is placed.
 * A reducer, so the panel's clicks become plain, testable transitions.
 */
export type PlacementState =
  | { readonly step: "idle"; readonly problemKey: string | null }
  | {
      readonly step: "sheet";
      readonly sheetPoints: readonly PdfPoint[];
      readonly problemKey: string | null;
    }
  | {
      readonly step: "map";
      readonly sheetPoints: readonly [PdfPoint, PdfPoint];
      readonly mapPoints: readonly ProjectedPoint[];
      readonly problemKey: string | null;
    }
  | PlacedState;

/** A sheet placed by two pairs of control points. */
export interface PlacedState {
  readonly step: "placed";
  readonly sheetPoints: readonly [PdfPoint, PdfPoint];
  readonly mapPoints: readonly [ProjectedPoint, ProjectedPoint];
  readonly similarity: Similarity;
  readonly problemKey: null;
}

/** What the user does while placing a sheet. */
export type PlacementAction =
  | { readonly type: "start" }
  | { readonly type: "cancel" }
  | { readonly type: "sheetPoint"; readonly point: PdfPoint }
  | { readonly type: "mapPoint"; readonly point: ProjectedPoint }
  | {
      readonly type: "restore";
      readonly sheetPoints: readonly [PdfPoint, PdfPoint];
      readonly mapPoints: readonly [ProjectedPoint, ProjectedPoint];
    };

/** Nothing picked, nothing placed. */
export const IDLE: PlacementState = { step: "idle", problemKey: null };

const SAME_POINTS = "map.place.samePoints";

/** The next state after a user action; unexpected actions change nothing. */
export function placementReducer(
  state: PlacementState,
  action: PlacementAction,
): PlacementState {
  switch (action.type) {
    case "start":
      return { step: "sheet", sheetPoints: [], problemKey: null };
    case "cancel":
      return IDLE;
    case "restore":
      return placed(action.sheetPoints, action.mapPoints) ?? IDLE;
    case "sheetPoint":
      return state.step === "sheet"
        ? addSheetPoint(state, action.point)
        : state;
    case "mapPoint":
      return state.step === "map" ? addMapPoint(state, action.point) : state;
  }
}

function addSheetPoint(
  state: Extract<PlacementState, { step: "sheet" }>,
  point: PdfPoint,
): PlacementState {
  const [first] = state.sheetPoints;
  if (first === undefined) {
    return { step: "sheet", sheetPoints: [point], problemKey: null };
  }
  if (first.x === point.x && first.y === point.y) {
    return { ...state, problemKey: SAME_POINTS };
  }
  return {
    step: "map",
    sheetPoints: [first, point],
    mapPoints: [],
    problemKey: null,
  };
}

function addMapPoint(
  state: Extract<PlacementState, { step: "map" }>,
  point: ProjectedPoint,
): PlacementState {
  const [first] = state.mapPoints;
  if (first === undefined) {
    return { ...state, mapPoints: [point], problemKey: null };
  }
  return (
    placed(state.sheetPoints, [first, point]) ?? {
      ...state,
      problemKey: SAME_POINTS,
    }
  );
}

function placed(
  sheetPoints: readonly [PdfPoint, PdfPoint],
  mapPoints: readonly [ProjectedPoint, ProjectedPoint],
): PlacedState | null {
  try {
    const similarity = similarityFromTwoPoints(sheetPoints, mapPoints);
    return {
      step: "placed",
      sheetPoints,
      mapPoints,
      similarity,
      problemKey: null,
    };
  } catch (error) {
    if (error instanceof DegenerateControlPointsError) return null;
    throw error;
  }
}

/** How many points of the current step are picked, for the step hint. */
export function pickedCount(state: PlacementState): number {
  if (state.step === "sheet") return state.sheetPoints.length;
  if (state.step === "map") return state.mapPoints.length;
  return 0;
}
