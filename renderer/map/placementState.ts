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
 *
 * `S` is the sheet being placed (the panel's rendered image); each state
 * carries it, so the overlay, the picker and the saved georeference can
 * never disagree about which sheet the points belong to.
 */
export type PlacementState<S> =
  | { readonly step: "idle"; readonly problemKey: string | null }
  | PickingSheet<S>
  | PickingMap<S>
  | PlacedState<S>;

interface Picking<S> {
  readonly sheet: S;
  /** The placement shown before this one began; cancel goes back to it. */
  readonly previous: PlacedState<S> | null;
  readonly problemKey: string | null;
}

/** Picking the two points on the sheet. */
export interface PickingSheet<S> extends Picking<S> {
  readonly step: "sheet";
  readonly sheetPoints: readonly PdfPoint[];
}

/** Picking the two matching points on the map. */
export interface PickingMap<S> extends Picking<S> {
  readonly step: "map";
  readonly sheetPoints: readonly [PdfPoint, PdfPoint];
  readonly mapPoints: readonly ProjectedPoint[];
}

/** A sheet placed by two pairs of control points. */
export interface PlacedState<S> {
  readonly step: "placed";
  readonly sheet: S;
  readonly sheetPoints: readonly [PdfPoint, PdfPoint];
  readonly mapPoints: readonly [ProjectedPoint, ProjectedPoint];
  readonly similarity: Similarity;
  readonly problemKey: null;
}

/** What the user does while placing a sheet. */
export type PlacementAction<S> =
  | { readonly type: "start"; readonly sheet: S }
  | { readonly type: "cancel" }
  | { readonly type: "sheetPoint"; readonly point: PdfPoint }
  | { readonly type: "mapPoint"; readonly point: ProjectedPoint }
  | {
      readonly type: "restore";
      readonly sheet: S;
      readonly sheetPoints: readonly [PdfPoint, PdfPoint];
      readonly mapPoints: readonly [ProjectedPoint, ProjectedPoint];
    };

/** Nothing picked, nothing placed. */
export const IDLE = { step: "idle", problemKey: null } as const;

const SAME_POINTS = "map.place.samePoints";

/** The next state after a user action; unexpected actions change nothing. */
export function placementReducer<S>(
  state: PlacementState<S>,
  action: PlacementAction<S>,
): PlacementState<S> {
  switch (action.type) {
    case "start":
      return {
        step: "sheet",
        sheet: action.sheet,
        sheetPoints: [],
        previous: shownPlacement(state),
        problemKey: null,
      };
    case "cancel":
      return shownPlacement(state) ?? IDLE;
    case "restore":
      return placed(action.sheet, action.sheetPoints, action.mapPoints) ?? IDLE;
    case "sheetPoint":
      return state.step === "sheet"
        ? addSheetPoint(state, action.point)
        : state;
    case "mapPoint":
      return state.step === "map" ? addMapPoint(state, action.point) : state;
  }
}

/** The placement on show: the placed one, or the one picking replaces. */
function shownPlacement<S>(state: PlacementState<S>): PlacedState<S> | null {
  if (state.step === "placed") return state;
  if (state.step === "idle") return null;
  return state.previous;
}

function addSheetPoint<S>(
  state: PickingSheet<S>,
  point: PdfPoint,
): PlacementState<S> {
  const [first] = state.sheetPoints;
  if (first === undefined) {
    return { ...state, sheetPoints: [point], problemKey: null };
  }
  if (first.x === point.x && first.y === point.y) {
    return { ...state, problemKey: SAME_POINTS };
  }
  return {
    step: "map",
    sheet: state.sheet,
    previous: state.previous,
    sheetPoints: [first, point],
    mapPoints: [],
    problemKey: null,
  };
}

function addMapPoint<S>(
  state: PickingMap<S>,
  point: ProjectedPoint,
): PlacementState<S> {
  const [first] = state.mapPoints;
  if (first === undefined) {
    return { ...state, mapPoints: [point], problemKey: null };
  }
  return (
    placed(state.sheet, state.sheetPoints, [first, point]) ?? {
      ...state,
      problemKey: SAME_POINTS,
    }
  );
}

function placed<S>(
  sheet: S,
  sheetPoints: readonly [PdfPoint, PdfPoint],
  mapPoints: readonly [ProjectedPoint, ProjectedPoint],
): PlacedState<S> | null {
  try {
    const similarity = similarityFromTwoPoints(sheetPoints, mapPoints);
    return {
      step: "placed",
      sheet,
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
export function pickedCount<S>(state: PlacementState<S>): number {
  if (state.step === "sheet") return state.sheetPoints.length;
  if (state.step === "map") return state.mapPoints.length;
  return 0;
}
