import type { SheetXy } from "./calibrate";
import type { PagePaths, Segment } from "./pathSegments";

/** What a pick snapped to: a path's end point or two paths' crossing. */
export interface Snap {
  readonly x: number;
  readonly y: number;
  readonly kind: "endpoint" | "intersection";
}

/** Above this many segments near a pick, crossings are not searched. */
const MAX_CROSSING_CANDIDATES = 600;

/** A long segment is indexed by sampling it, at most this many cells. */
const MAX_CELLS_PER_SEGMENT = 4096;

/**
 * A uniform grid over the page's segments, so a pick looks at the few
 * segments near it instead of a hundred thousand. Cells are square, in
 * user-space units; each holds the indexes of the segments crossing it.
 */
export class SnapGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly ends = new Map<number, SheetXy[]>();

  private indexed = 0;

  /**
   * Indexes the paths at once unless `deferred`, in which case the caller
   * feeds them with `indexStep` (between frames, for a heavy sheet).
   */
  constructor(
    private readonly paths: PagePaths,
    private readonly cellSize: number,
    deferred = false,
  ) {
    for (const p of paths.points) this.addEnd(p);
    if (!deferred) this.indexStep(Number.POSITIVE_INFINITY);
  }

  /** Indexes up to `budget` more segments; true once all are indexed. */
  indexStep(budget: number): boolean {
    const segments = this.paths.segments;
    const end = Math.min(segments.length, this.indexed + budget);
    for (; this.indexed < end; this.indexed++) {
      this.addSegment(segments[this.indexed]!, this.indexed);
    }
    return this.indexed >= segments.length;
  }

  /** The number of segments indexed. */
  get segmentCount(): number {
    return this.paths.segments.length;
  }

  /**
   * The nearest end point or crossing within `radius` user-space units of
   * `at`; an end point wins over a crossing at the same distance. Null
   * when nothing drawn is that close.
   */
  snap(at: SheetXy, radius: number): Snap | null {
    const segments = this.segmentsNear(at, radius);
    let best: Snap | null = null;
    let bestDistance = radius;
    const consider = (x: number, y: number, kind: Snap["kind"]) => {
      const d = Math.hypot(x - at.x, y - at.y);
      const better =
        d < bestDistance ||
        (d === bestDistance && kind === "endpoint" && best?.kind !== kind);
      if (better) {
        best = { x, y, kind };
        bestDistance = d;
      }
    };

    for (const s of segments) {
      consider(s.x0, s.y0, "endpoint");
      consider(s.x1, s.y1, "endpoint");
    }
    for (const p of this.endsNear(at, radius)) consider(p.x, p.y, "endpoint");
    if (best !== null || segments.length > MAX_CROSSING_CANDIDATES) {
      return best;
    }

    // Crossings only where no end point is close: a corner is what a
    // reviewer means when both are there.
    for (let i = 0; i < segments.length; i++) {
      for (let j = i + 1; j < segments.length; j++) {
        const x = crossing(segments[i]!, segments[j]!);
        if (x !== null) consider(x.x, x.y, "intersection");
      }
    }
    return best;
  }

  private key(ix: number, iy: number): number {
    return (ix + 0x8000) * 0x10000 + (iy + 0x8000);
  }

  private cellOf(v: number): number {
    return Math.floor(v / this.cellSize);
  }

  private addTo(ix: number, iy: number, index: number): void {
    const key = this.key(ix, iy);
    const list = this.cells.get(key);
    if (list === undefined) this.cells.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  }

  private addSegment(s: Segment, index: number): void {
    const length = Math.hypot(s.x1 - s.x0, s.y1 - s.y0);
    const steps = Math.min(
      MAX_CELLS_PER_SEGMENT,
      Math.ceil((2 * length) / this.cellSize) + 1,
    );
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      const x = s.x0 + (s.x1 - s.x0) * t;
      const y = s.y0 + (s.y1 - s.y0) * t;
      this.addTo(this.cellOf(x), this.cellOf(y), index);
    }
  }

  private addEnd(p: SheetXy): void {
    const key = this.key(this.cellOf(p.x), this.cellOf(p.y));
    const list = this.ends.get(key) ?? [];
    list.push(p);
    this.ends.set(key, list);
  }

  private cellKeysNear(at: SheetXy, radius: number): number[] {
    const keys: number[] = [];
    const [x0, x1] = [this.cellOf(at.x - radius), this.cellOf(at.x + radius)];
    const [y0, y1] = [this.cellOf(at.y - radius), this.cellOf(at.y + radius)];
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) keys.push(this.key(ix, iy));
    }
    return keys;
  }

  private segmentsNear(at: SheetXy, radius: number): Segment[] {
    const seen = new Set<number>();
    for (const key of this.cellKeysNear(at, radius)) {
      for (const index of this.cells.get(key) ?? []) seen.add(index);
    }
    return [...seen].map((i) => this.paths.segments[i]!);
  }

  private endsNear(at: SheetXy, radius: number): SheetXy[] {
    return this.cellKeysNear(at, radius).flatMap(
      (key) => this.ends.get(key) ?? [],
    );
  }
}

/** Where two segments cross, or null when they do not (or are parallel). */
export function crossing(a: Segment, b: Segment): SheetXy | null {
  const rx = a.x1 - a.x0;
  const ry = a.y1 - a.y0;
  const sx = b.x1 - b.x0;
  const sy = b.y1 - b.y0;
  const denominator = rx * sy - ry * sx;
  if (Math.abs(denominator) < 1e-12) return null;

  const qx = b.x0 - a.x0;
  const qy = b.y0 - a.y0;
  const t = (qx * sy - qy * sx) / denominator;
  const u = (qx * ry - qy * rx) / denominator;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return { x: a.x0 + t * rx, y: a.y0 + t * ry };
}

/**
 * A grid sized for a page: cells of about 1/400 of its larger side, so a
 * heavy A0 sheet keeps a few segments per cell.
 */
export function snapGridForPage(
  paths: PagePaths,
  pageWidth: number,
  pageHeight: number,
  deferred = false,
): SnapGrid {
  const cellSize = Math.max(1, Math.max(pageWidth, pageHeight) / 400);
  return new SnapGrid(paths, cellSize, deferred);
}
