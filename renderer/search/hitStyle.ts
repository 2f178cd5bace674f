import type { ViewportPixel } from "../../shared/geo/coordinates";

/** Where a hit's box is drawn over the sheet, in CSS pixels. */
export interface HitStyle {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Turns the box about its top-left corner onto slanted text. */
  readonly transform?: string;
  readonly transformOrigin?: string;
}

/** Edges closer than this to the pixel axes are taken as upright. */
const UPRIGHT_PX = 0.01;

/**
 * The style of a hit box from its quad (see SearchBox.quad) in viewer
 * pixels. Text upright or turned a quarter, in any view turn, gets a
 * plain box; slanted text gets a box turned (or sheared, for oblique
 * type) onto its glyphs, so it covers its word and not the words beside
 * or above it.
 */
export function hitStyle(
  quad: readonly [ViewportPixel, ViewportPixel, ViewportPixel, ViewportPixel],
): HitStyle {
  const [bottomStart, , topEnd, topStart] = quad;
  const along = { x: topEnd.x - topStart.x, y: topEnd.y - topStart.y };
  const down = { x: bottomStart.x - topStart.x, y: bottomStart.y - topStart.y };
  const upright =
    (Math.abs(along.y) < UPRIGHT_PX && Math.abs(down.x) < UPRIGHT_PX) ||
    (Math.abs(along.x) < UPRIGHT_PX && Math.abs(down.y) < UPRIGHT_PX);
  if (upright) {
    const xs = quad.map((p) => p.x);
    const ys = quad.map((p) => p.y);
    const left = Math.min(...xs);
    const top = Math.min(...ys);
    return {
      left,
      top,
      width: Math.max(...xs) - left,
      height: Math.max(...ys) - top,
    };
  }

  // A width x height box whose x axis runs along the text and y axis
  // down across it; the matrix may mirror, for text drawn mirrored.
  const width = Math.hypot(along.x, along.y);
  const height = Math.hypot(down.x, down.y);
  const matrix = [
    along.x / width,
    along.y / width,
    down.x / height,
    down.y / height,
  ].map((n) => Number(n.toFixed(6)));
  return {
    left: topStart.x,
    top: topStart.y,
    width,
    height,
    transform: `matrix(${matrix.join(", ")}, 0, 0)`,
    transformOrigin: "0 0",
  };
}
