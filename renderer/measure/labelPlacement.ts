import {
  viewportPixel,
  type ViewportPixel,
} from "../../shared/geo/coordinates";

/**
 * Where the values of a sheet's measurements are written, in screen
 * pixels, so that they do not cover one another: an area's value sits at
 * its centre, and a length measured along one of its edges moves to the
 * side of the edge where nothing is written yet (outside the area when
 * the area's value reaches the edge). Placing in screen pixels, after the
 * viewport's turn, keeps this true on a turned sheet.
 */

/** The font size of `.measure-text` (measure.css). */
const FONT_PX = 13;
/** A generous mean advance of its bold digits and letters. */
const CHAR_PX = 7.6;
/** Room between a label and its line, or between two labels. */
const GAP_PX = 4;

/** One value to write: its text, where, and along which line if any. */
export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  readonly at: ViewportPixel;
  /** The direction of the measured segment on screen, for lengths. */
  readonly along: ViewportPixel | null;
  /** Lower goes first and keeps its best spot (areas before lengths). */
  readonly rank: number;
}

/** A written label: its centre and estimated size on screen. */
export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly centre: ViewportPixel;
  readonly width: number;
  readonly height: number;
}

/** A label's size on screen, estimated from its length (SVG has no DOM
 * to measure in server rendering, and a close estimate is enough here). */
export function labelSize(text: string): { width: number; height: number } {
  return { width: [...text].length * CHAR_PX + 6, height: FONT_PX + 4 };
}

/** Places every label, in rank order, each on its first free spot. */
export function placeLabels(requests: readonly LabelRequest[]): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...requests].sort((a, b) => a.rank - b.rank);
  for (const request of ordered) {
    const size = labelSize(request.text);
    const spots = candidates(request, size).map((centre) => ({
      id: request.id,
      text: request.text,
      centre,
      ...size,
    }));
    const free = spots.find((s) => !placed.some((p) => overlap(s, p)));
    const chosen = free ?? spots[0];
    if (chosen !== undefined) placed.push(chosen);
  }
  return placed;
}

/**
 * The spots to try, best first. Beside a segment: just off it on either
 * side (upwards, then rightwards, first), then farther off. Elsewhere: on
 * the anchor, then stepping up and down.
 */
function candidates(
  request: LabelRequest,
  size: { width: number; height: number },
): ViewportPixel[] {
  const { at, along } = request;
  const shift = (dx: number, dy: number) => viewportPixel(at.x + dx, at.y + dy);
  if (along === null) {
    const step = size.height + GAP_PX;
    return [0, -1, 1, -2, 2].map((k) => shift(0, k * step));
  }

  // The normal pointing up (or right, on a vertical segment) comes first.
  const length = Math.hypot(along.x, along.y) || 1;
  let nx = -along.y / length;
  let ny = along.x / length;
  if (ny > 0 || (ny === 0 && nx < 0)) [nx, ny] = [-nx, -ny];
  // How far the centre must be so the box clears the line.
  const clear =
    (Math.abs(nx) * size.width) / 2 + (Math.abs(ny) * size.height) / 2;
  return [1, -1, 2, -2].map((k) =>
    shift(nx * k * (clear + GAP_PX), ny * k * (clear + GAP_PX)),
  );
}

/** Whether two labels' boxes cross. */
export function overlap(a: PlacedLabel, b: PlacedLabel): boolean {
  return (
    Math.abs(a.centre.x - b.centre.x) * 2 < a.width + b.width &&
    Math.abs(a.centre.y - b.centre.y) * 2 < a.height + b.height
  );
}
