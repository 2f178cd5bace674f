import type { Markup } from "../../../shared/domain/entities";
import type { Point } from "../cloudGeometry";

/** The side of a sticky note's icon, in CSS pixels (shapeBodies.tsx). */
const NOTE_ICON_PX = 18;

/**
 * The words of the topmost sticky note whose icon is under `at`: a
 * painted note has no SVG title to show on hover, so the layer shows
 * these as its own tooltip. `drawn` is in draw order, bottom first.
 */
export function noteUnder(
  drawn: readonly Markup[],
  toPixel: (p: Point) => Point,
  at: Point,
): string | undefined {
  for (let i = drawn.length - 1; i >= 0; i--) {
    const m = drawn[i] as Markup;
    const anchor = m.kind === "note" ? m.points[0] : undefined;
    if (anchor === undefined) continue;
    const p = toPixel(anchor);
    const inside =
      at.x >= p.x &&
      at.x <= p.x + NOTE_ICON_PX &&
      at.y >= p.y &&
      at.y <= p.y + NOTE_ICON_PX;
    if (inside) return m.comment;
  }
  return undefined;
}
