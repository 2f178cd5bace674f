import {
  similarityFromTwoPoints,
  similarityRotationRad,
  similarityScale,
  type Similarity,
} from "../../shared/geo/similarity";
import type { Size } from "../viewer/viewState";

/**
 * How the newer sheet lies on the older one: a similarity from the newer
 * page's points to the older page's, both in points at zoom 1 with y
 * down from the turned page's top-left corner (the viewer's frame).
 */
export interface Alignment {
  readonly transform: Similarity;
  /** Same size (identity), sizes fitted, or two point pairs picked. */
  readonly source: "identity" | "fitted" | "points";
}

/** A point picked on each sheet that shows the same place. */
export interface PointPair {
  readonly older: { readonly x: number; readonly y: number };
  readonly newer: { readonly x: number; readonly y: number };
}

const IDENTITY: Similarity = { a: 1, b: 0, tx: 0, ty: 0 };

/** The sheets laid one on the other, as they come. */
export const IDENTITY_ALIGNMENT: Alignment = {
  transform: IDENTITY,
  source: "identity",
};

/** Sizes within this many points are the same sheet format. */
const SAME_SIZE_PT = 0.5;

/**
 * The alignment before the reviewer refines it: identity when both
 * sheets have the same size, else the newer one scaled to fit the older
 * and centred on it (a plot reissued on another format).
 */
export function automaticAlignment(older: Size, newer: Size): Alignment {
  const same =
    Math.abs(older.width - newer.width) <= SAME_SIZE_PT &&
    Math.abs(older.height - newer.height) <= SAME_SIZE_PT;
  if (same) return IDENTITY_ALIGNMENT;

  const scale = Math.min(
    older.width / newer.width,
    older.height / newer.height,
  );
  return {
    transform: {
      a: scale,
      b: 0,
      tx: (older.width - newer.width * scale) / 2,
      ty: (older.height - newer.height * scale) / 2,
    },
    source: "fitted",
  };
}

/**
 * The alignment two point pairs define (shared/geo's similarity fit, the
 * one the map placement uses). Throws DegenerateControlPointsError when
 * the two points of a sheet coincide.
 */
export function pointAlignment(
  pairs: readonly [PointPair, PointPair],
): Alignment {
  const transform = similarityFromTwoPoints(
    [pairs[0].newer, pairs[1].newer],
    [pairs[0].older, pairs[1].older],
  );
  return { transform, source: "points" };
}

/** The alignment in the terms the panel shows it. */
export interface AlignmentFigures {
  readonly scale: number;
  readonly rotationDeg: number;
  readonly dxPt: number;
  readonly dyPt: number;
}

/** Scale, rotation (clockwise on screen, y being down) and shift. */
export function alignmentFigures(alignment: Alignment): AlignmentFigures {
  const t = alignment.transform;
  return {
    scale: similarityScale(t),
    rotationDeg: (similarityRotationRad(t) * 180) / Math.PI,
    dxPt: t.tx,
    dyPt: t.ty,
  };
}
