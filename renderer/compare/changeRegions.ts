import { PixelClass } from "./inkDiff";

/** A box of change, in the pixels of the comparison, max exclusive. */
export interface ChangeBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  /** Changed pixels inside. */
  readonly pixels: number;
}

/** Cells with fewer changed pixels than this are specks, not changes. */
const MIN_CELL_PIXELS = 3;

/**
 * Groups changed pixels into the boxes a reviewer jumps between: the
 * comparison is cut into `cellPx` squares, squares with change that touch
 * (corners included) form one region, and each region's box is returned,
 * the biggest changes first.
 */
export function changeRegions(
  classes: Uint8Array,
  width: number,
  height: number,
  cellPx = 12,
): ChangeBox[] {
  const columns = Math.ceil(width / cellPx);
  const rows = Math.ceil(height / cellPx);
  const counts = cellCounts(classes, width, height, cellPx, columns);

  const seen = new Uint8Array(columns * rows);
  const boxes: ChangeBox[] = [];
  for (let start = 0; start < counts.length; start++) {
    if (seen[start] === 1 || (counts[start] as number) < MIN_CELL_PIXELS) {
      continue;
    }
    const cells = flood(counts, seen, start, columns, rows);
    boxes.push(boxOf(cells, counts, columns, cellPx, width, height));
  }
  return boxes.sort((a, b) => b.pixels - a.pixels);
}

function cellCounts(
  classes: Uint8Array,
  width: number,
  height: number,
  cellPx: number,
  columns: number,
): Uint32Array {
  const counts = new Uint32Array(columns * Math.ceil(height / cellPx));
  for (let y = 0; y < height; y++) {
    const rowBase = Math.floor(y / cellPx) * columns;
    for (let x = 0; x < width; x++) {
      const c = classes[y * width + x];
      if (c === PixelClass.removed || c === PixelClass.added) {
        const cell = rowBase + Math.floor(x / cellPx);
        counts[cell] = (counts[cell] as number) + 1;
      }
    }
  }
  return counts;
}

/** The cells of one 8-connected region, marking them seen. */
function flood(
  counts: Uint32Array,
  seen: Uint8Array,
  start: number,
  columns: number,
  rows: number,
): number[] {
  const cells: number[] = [];
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const cell = stack.pop() as number;
    cells.push(cell);
    const cx = cell % columns;
    const cy = Math.floor(cell / columns);
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x < 0 || y < 0 || x >= columns || y >= rows) continue;
        const next = y * columns + x;
        if (seen[next] === 1 || (counts[next] as number) < MIN_CELL_PIXELS) {
          continue;
        }
        seen[next] = 1;
        stack.push(next);
      }
    }
  }
  return cells;
}

function boxOf(
  cells: readonly number[],
  counts: Uint32Array,
  columns: number,
  cellPx: number,
  width: number,
  height: number,
): ChangeBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let pixels = 0;
  for (const cell of cells) {
    const x = (cell % columns) * cellPx;
    const y = Math.floor(cell / columns) * cellPx;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, Math.min(width, x + cellPx));
    maxY = Math.max(maxY, Math.min(height, y + cellPx));
    pixels += counts[cell] as number;
  }
  return { minX, minY, maxX, maxY, pixels };
}
