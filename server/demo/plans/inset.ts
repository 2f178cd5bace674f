import { counterClockwise } from "../geometry";
import type { Xy } from "../geometry";

/**
 * A convex ring shrunk by a distance per edge (edge i runs from vertex i
 * to vertex i+1 of the counter-clockwise ring): the buildable area left by
 * setbacks from the street and the neighbours.
 */
export function insetRing(
  ring: readonly Xy[],
  distances: readonly number[],
): Xy[] {
  const ccw = counterClockwise(ring);
  const n = ccw.length;
  const lines = ccw.map((a, i) => {
    const b = ccw[(i + 1) % n] as Xy;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const inward = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    const d = distances[i] ?? 0;
    return {
      p: { x: a.x + inward.x * d, y: a.y + inward.y * d },
      dir: { x: (b.x - a.x) / length, y: (b.y - a.y) / length },
    };
  });
  return lines.map((line, i) => {
    const previous = lines[(i + n - 1) % n] ?? line;
    return intersect(previous, line);
  });
}

function intersect(l1: { p: Xy; dir: Xy }, l2: { p: Xy; dir: Xy }): Xy {
  const det = l1.dir.x * l2.dir.y - l1.dir.y * l2.dir.x;
  const dx = l2.p.x - l1.p.x;
  const dy = l2.p.y - l1.p.y;
  const t = (dx * l2.dir.y - dy * l2.dir.x) / det;
  return { x: l1.p.x + t * l1.dir.x, y: l1.p.y + t * l1.dir.y };
}
