/**
 * The geometry of a revision cloud: a closed outline drawn as a chain of
 * outward-bulging arcs, the way reviewers have marked plans since paper.
 * Works in any y-down pixel space; the viewer passes viewport pixels so
 * that arcs follow the zoom.
 */

/** A plain point; the caller decides its space. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One arc of a cloud, from `start` to `end`, bulging through `apex`. */
export interface CloudArc {
  readonly start: Point;
  readonly end: Point;
  readonly radius: number;
  readonly apex: Point;
  /** SVG sweep flag (y-down space) that makes the arc pass through apex. */
  readonly sweep: 0 | 1;
}

/** Radius as a multiple of the chord: a little over a half circle's. */
const RADIUS_PER_CHORD = 0.6;

/** Twice the signed area; positive when counter-clockwise with y up. */
function signedArea2(polygon: readonly Point[]): number {
  let sum = 0;
  polygon.forEach((p, i) => {
    const q = polygon[(i + 1) % polygon.length] ?? p;
    sum += p.x * q.y - q.x * p.y;
  });
  return sum;
}

/** Splits the closed outline into chords of about `arcLength` each. */
function chords(polygon: readonly Point[], arcLength: number): Point[][] {
  const result: Point[][] = [];
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length] ?? a;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) return;

    const count = Math.max(1, Math.round(length / arcLength));
    for (let k = 0; k < count; k++) {
      const t0 = k / count;
      const t1 = (k + 1) / count;
      result.push([
        { x: a.x + (b.x - a.x) * t0, y: a.y + (b.y - a.y) * t0 },
        { x: a.x + (b.x - a.x) * t1, y: a.y + (b.y - a.y) * t1 },
      ]);
    }
  });
  return result;
}

/**
 * The arcs of a cloud along a closed polygon (at least three points), each
 * about `arcLength` long and bulging away from the polygon's inside,
 * whichever way the polygon turns.
 */
export function cloudArcs(
  polygon: readonly Point[],
  arcLength: number,
): CloudArc[] {
  if (polygon.length < 3 || !(arcLength > 0)) return [];
  const outwardSign = signedArea2(polygon) > 0 ? 1 : -1;

  return chords(polygon, arcLength).map(([start, end]) => {
    const s = start as Point;
    const e = end as Point;
    const dx = e.x - s.x;
    const dy = e.y - s.y;
    const chord = Math.hypot(dx, dy);
    const radius = chord * RADIUS_PER_CHORD;

    // The apex sits on the chord's outward normal, one sagitta away.
    const sagitta = radius - Math.sqrt(radius ** 2 - (chord / 2) ** 2);
    const nx = (outwardSign * dy) / chord;
    const ny = (outwardSign * -dx) / chord;
    const apex = {
      x: (s.x + e.x) / 2 + nx * sagitta,
      y: (s.y + e.y) / 2 + ny * sagitta,
    };

    // In a y-down space the arc runs clockwise on screen (sweep 1) when
    // the apex lies to the left of the travel direction, seen on screen.
    const cross = dx * (apex.y - s.y) - dy * (apex.x - s.x);
    return { start: s, end: e, radius, apex, sweep: cross < 0 ? 1 : 0 };
  });
}

/** The SVG path data of a cloud's arcs, as one closed outline. */
export function cloudPath(arcs: readonly CloudArc[]): string {
  const first = arcs[0];
  if (first === undefined) return "";
  const parts = [`M ${first.start.x} ${first.start.y}`];
  for (const arc of arcs) {
    const r = arc.radius;
    parts.push(`A ${r} ${r} 0 0 ${arc.sweep} ${arc.end.x} ${arc.end.y}`);
  }
  return `${parts.join(" ")} Z`;
}
