import type { Point } from "../cloudGeometry";

/** A canvas path through some points, closed or open. */
export function chain(points: readonly Point[], closed: boolean): Path2D {
  const path = new Path2D();
  points.forEach((p, i) =>
    i === 0 ? path.moveTo(p.x, p.y) : path.lineTo(p.x, p.y),
  );
  if (closed && points.length > 2) path.closePath();
  return path;
}
