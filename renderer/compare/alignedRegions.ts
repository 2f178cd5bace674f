import type { Similarity } from "../../shared/geo/similarity";
import type { RasterRegion } from "../viewer/render/engineMessages";
import type { QuarterTurn, Size, ViewState } from "../viewer/viewState";

/**
 * A 2-D affine matrix in the canvas's order (a, b, c, d, e, f):
 * x' = a·x + c·y + e, y' = b·x + d·y + f.
 */
export type CanvasMatrix = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
];

/** What to ask PDFium for so both sheets land on the same pixels. */
export interface AlignedRegions {
  /** The older sheet's region: the view itself. */
  readonly older: RasterRegion;
  /** The newer sheet's region, unrotated, at the aligned scale. */
  readonly newer: RasterRegion;
  /** Draws the newer bitmap onto the older one's pixels. */
  readonly newerMatrix: CanvasMatrix;
  /** Device pixels of the comparison (the older region's size). */
  readonly width: number;
  readonly height: number;
}

/** Which pages, with the reviewer's turn, are compared. */
export interface ComparedPages {
  readonly olderIndex: number;
  readonly newerIndex: number;
  readonly turn: QuarterTurn;
  /** Each page's /UserUnit (RasterRegion.userUnit). */
  readonly olderUserUnit: number;
  readonly newerUserUnit: number;
}

/**
 * Plans the two renders of one view. The older sheet is drawn as the
 * viewer draws it; the newer one at the alignment's scale, and when the
 * alignment also turns it, over the box its turned view covers, so the
 * diff worker can rotate it into place. Without rotation the matrix is a
 * plain translation, by whole pixels when the shift is whole.
 *
 * `view` is in CSS pixels and points (viewState.ts); `ratio` is the
 * device pixel ratio.
 */
export function alignedRegions(
  pages: ComparedPages,
  view: ViewState,
  viewer: Size,
  ratio: number,
  transform: Similarity,
): AlignedRegions {
  const width = Math.max(1, Math.round(viewer.width * ratio));
  const height = Math.max(1, Math.round(viewer.height * ratio));
  const originX = Math.round(view.x * ratio);
  const originY = Math.round(view.y * ratio);
  const pxPerPt = view.zoom * ratio;
  const older: RasterRegion = {
    pageIndex: pages.olderIndex,
    turn: pages.turn,
    scale: pxPerPt,
    userUnit: pages.olderUserUnit,
    x: originX,
    y: originY,
    width,
    height,
  };

  // device = R·(u − X) + c, where u is a newer bitmap pixel, X where
  // PDFium puts the newer page's corner in it, R the rotation alone.
  const scale = Math.hypot(transform.a, transform.b);
  const cos = transform.a / scale;
  const sin = transform.b / scale;
  const cx = pxPerPt * transform.tx + originX;
  const cy = pxPerPt * transform.ty + originY;
  const box = coveredBox(width, height, cx, cy, cos, sin);
  const shiftX = Math.round(-box.minX);
  const shiftY = Math.round(-box.minY);
  const newer: RasterRegion = {
    pageIndex: pages.newerIndex,
    turn: pages.turn,
    scale: pxPerPt * scale,
    userUnit: pages.newerUserUnit,
    x: shiftX,
    y: shiftY,
    // One more pixel: the corner's rounding may have moved it by half.
    width: Math.ceil(box.maxX - box.minX) + 1,
    height: Math.ceil(box.maxY - box.minY) + 1,
  };
  const newerMatrix: CanvasMatrix = [
    cos,
    sin,
    -sin,
    cos,
    cx - (cos * shiftX - sin * shiftY),
    cy - (sin * shiftX + cos * shiftY),
  ];
  return { older, newer, newerMatrix, width, height };
}

/**
 * The box, in the newer bitmap's unshifted frame, that the view's device
 * rectangle covers: its corners mapped by Rᵀ·(d − c).
 */
function coveredBox(
  width: number,
  height: number,
  cx: number,
  cy: number,
  cos: number,
  sin: number,
): { minX: number; minY: number; maxX: number; maxY: number } {
  const corners = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height],
  ].map(([x = 0, y = 0]) => ({
    x: cos * (x - cx) + sin * (y - cy),
    y: -sin * (x - cx) + cos * (y - cy),
  }));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}
