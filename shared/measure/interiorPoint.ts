import type { SheetXy } from "./calibrate";

/*
 * A spot inside an area with cut-outs, where its value can be written: on
 * the measured surface, never in a hole nor outside a concave outline,
 * and where a one-line label has room.
 */

/** Spots tried across the area, per side of its bounding box. */
const GRID = 24;

/**
 * How much more room a label needs across than up and down: a value
 * such as "152,92 m² · P 54,00 m" is about eight times as wide as tall,
 * and half its width and half its height must fit.
 */
const LABEL_ASPECT = 8;

type Ring = readonly SheetXy[];

/** Whether `p` lies inside a closed ring (even-odd crossings). */
export function insideRing(p: SheetXy, ring: Ring): boolean {
  let inside = false;
  for (const [a, b] of edges(ring)) {
    if (a.y > p.y === b.y > p.y) continue;
    const x = a.x + ((p.y - a.y) * (b.x - a.x)) / (b.y - a.y);
    if (x > p.x) inside = !inside;
  }
  return inside;
}

/**
 * A point of the outline's surface outside every cut-out, where a label
 * written across has room: the mean of the outline's corners (a plain
 * room's centre) unless it lies off the surface or has much less room
 * than the roomiest of GRID x GRID spots across the area, which is taken
 * then. Null for an outline of fewer than three points.
 */
export function interiorPoint(
  outline: Ring,
  holes: readonly Ring[],
): SheetXy | null {
  if (outline.length < 3) return null;
  const cutOuts = holes.filter((h) => h.length >= 3);
  const rings = [outline, ...cutOuts];
  const room = (p: SheetXy) =>
    insideRing(p, outline) && !cutOuts.some((h) => insideRing(p, h))
      ? Math.min(roomAcross(rings, p) / LABEL_ASPECT, roomUpDown(rings, p))
      : -1;

  const xs = outline.map((p) => p.x);
  const ys = outline.map((p) => p.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const [spanX, spanY] = [Math.max(...xs) - minX, Math.max(...ys) - minY];
  let best = { at: outline[0] ?? { x: 0, y: 0 }, room: -1 };
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const at = {
        x: minX + (spanX * (i + 0.5)) / GRID,
        y: minY + (spanY * (j + 0.5)) / GRID,
      };
      const around = room(at);
      if (around > best.room) best = { at, room: around };
    }
  }

  const mean = {
    x: xs.reduce((s, x) => s + x, 0) / xs.length,
    y: ys.reduce((s, y) => s + y, 0) / ys.length,
  };
  return room(mean) >= best.room / 2 ? mean : best.at;
}

/** The distance from `p` to the nearest edge left or right of it. */
function roomAcross(rings: readonly Ring[], p: SheetXy): number {
  return nearest(crossingsAt(rings, p.y), p.x);
}

/** The distance from `p` to the nearest edge above or below it. */
function roomUpDown(rings: readonly Ring[], p: SheetXy): number {
  const flipped = rings.map((ring) => ring.map((q) => ({ x: q.y, y: q.x })));
  return nearest(crossingsAt(flipped, p.x), p.y);
}

function nearest(values: readonly number[], from: number): number {
  return Math.min(Infinity, ...values.map((v) => Math.abs(v - from)));
}

/** Where the horizontal line at `y` crosses the rings' edges. */
function crossingsAt(rings: readonly Ring[], y: number) {
  const xs: number[] = [];
  for (const [a, b] of rings.flatMap(edges)) {
    if (a.y > y === b.y > y) continue;
    xs.push(a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y));
  }
  return xs;
}

/** A closed ring's edges, the last corner joined back to the first. */
function edges(ring: Ring): [SheetXy, SheetXy][] {
  return ring.map((a, i) => [a, ring[(i + 1) % ring.length] ?? a]);
}
