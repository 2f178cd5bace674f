/**
 * The straight pieces of a page's paths, read from a pdf.js operator list
 * (pure data: op codes and their arguments), in PDF user space. They feed
 * the snapping index: a reviewer measuring a wall wants the drawn wall's
 * own corners, not where the pointer happened to land.
 */

/** A 2-D affine matrix as PDF writes it: [a b c d e f]. */
export type Matrix = readonly [number, number, number, number, number, number];

/** A straight segment in user space. */
export interface Segment {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The op codes the extraction follows (pdf.js `OPS`). */
export interface PathOpCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
}

/** pdf.js's path data codes (DrawOPS) inside a constructPath. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** What pdf.js returns from `page.getOperatorList()`. */
export interface OperatorListLike {
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: ArrayLike<unknown>;
}

/** The result: segments, plus curve ends (snap points with no segment). */
export interface PagePaths {
  readonly segments: Segment[];
  readonly points: { x: number; y: number }[];
  /** True when `maxSegments` cut the reading short. */
  readonly truncated: boolean;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `ctm`: PDF's CTM' = m × CTM. */
export function concat(ctm: Matrix, m: Matrix): Matrix {
  const [a, b, c, d, e, f] = ctm;
  const [ma, mb, mc, md, me, mf] = m;
  return [
    ma * a + mb * c,
    ma * b + mb * d,
    mc * a + md * c,
    mc * b + md * d,
    me * a + mf * c + e,
    me * b + mf * d + f,
  ];
}

function apply(m: Matrix, x: number, y: number): { x: number; y: number } {
  return { x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] };
}

function asMatrix(value: unknown): Matrix | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  const n = Array.from(value as ArrayLike<number>);
  if (n.length !== 6 || n.some((v) => typeof v !== "number")) return null;
  return n as unknown as Matrix;
}

// pdf.js 5 passes [paintOp, [pathData], minMax]; the data is a flat list
// of DrawOPS codes each followed by its coordinates.
function pathDataOf(args: unknown): ArrayLike<number> | null {
  if (!Array.isArray(args)) return null;
  const holder: unknown = args[1];
  const data: unknown = Array.isArray(holder) ? holder[0] : null;
  if (data instanceof Float32Array || Array.isArray(data)) {
    return data as ArrayLike<number>;
  }
  return null;
}

class PathReader {
  readonly segments: Segment[] = [];
  readonly points: { x: number; y: number }[] = [];

  constructor(private readonly maxSegments: number) {}

  get full(): boolean {
    return this.segments.length >= this.maxSegments;
  }

  read(data: ArrayLike<number>, ctm: Matrix): void {
    let start = { x: 0, y: 0 };
    let current = start;
    const line = (to: { x: number; y: number }) => {
      if (to.x !== current.x || to.y !== current.y) {
        this.segments.push({
          x0: current.x,
          y0: current.y,
          x1: to.x,
          y1: to.y,
        });
      }
      current = to;
    };

    for (let i = 0; i < data.length && !this.full;) {
      const op = data[i++];
      if (op === MOVE_TO || op === LINE_TO) {
        const to = apply(ctm, data[i++]!, data[i++]!);
        if (op === LINE_TO) line(to);
        else start = current = to;
      } else if (op === CURVE_TO || op === QUAD_TO) {
        i += op === CURVE_TO ? 4 : 2;
        current = apply(ctm, data[i++]!, data[i++]!);
        this.points.push(current);
      } else if (op === CLOSE) {
        line(start);
      } else {
        return;
      }
    }
  }
}

/**
 * Walks an operator list in steps, so a heavy sheet's half a million
 * operators can be read between frames instead of in one long task. It
 * keeps the current matrix of `save`/`restore`/`cm` and form XObjects;
 * curves give only their end points. Reading stops after `maxSegments`
 * so a monster sheet cannot exhaust memory; `truncated` says so.
 */
export class PathWalker {
  private readonly reader: PathReader;
  private readonly stack: Matrix[] = [];
  private ctm: Matrix = IDENTITY;
  private next = 0;

  constructor(
    private readonly list: OperatorListLike,
    private readonly ops: PathOpCodes,
    maxSegments = 500_000,
  ) {
    this.reader = new PathReader(maxSegments);
  }

  /** Reads up to `budget` operators; true once the list is read. */
  step(budget: number): boolean {
    const end = Math.min(this.list.fnArray.length, this.next + budget);
    for (; this.next < end && !this.reader.full; this.next++) {
      this.operator(
        this.list.fnArray[this.next],
        this.list.argsArray[this.next],
      );
    }
    return this.reader.full || this.next >= this.list.fnArray.length;
  }

  /** What has been read so far. */
  result(): PagePaths {
    return {
      segments: this.reader.segments,
      points: this.reader.points,
      truncated: this.reader.full,
    };
  }

  private operator(fn: number | undefined, args: unknown): void {
    const { ops } = this;
    if (fn === ops.save) {
      this.stack.push(this.ctm);
    } else if (fn === ops.restore) {
      this.ctm = this.stack.pop() ?? this.ctm;
    } else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m !== null) this.ctm = concat(this.ctm, m);
    } else if (fn === ops.paintFormXObjectBegin) {
      this.stack.push(this.ctm);
      const m = Array.isArray(args) ? asMatrix(args[0]) : null;
      if (m !== null) this.ctm = concat(this.ctm, m);
    } else if (fn === ops.paintFormXObjectEnd) {
      this.ctm = this.stack.pop() ?? this.ctm;
    } else if (fn === ops.constructPath) {
      const data = pathDataOf(args);
      if (data !== null) this.reader.read(data, this.ctm);
    }
  }
}

/** Every straight segment of the page's paths at once (see PathWalker). */
export function pathsFromOperatorList(
  list: OperatorListLike,
  ops: PathOpCodes,
  maxSegments = 500_000,
): PagePaths {
  const walker = new PathWalker(list, ops, maxSegments);
  walker.step(Number.POSITIVE_INFINITY);
  return walker.result();
}
