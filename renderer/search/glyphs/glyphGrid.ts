import type { PageGlyphs } from "./pageGlyphs";

/** Side of a grid cell in points: about a line of small plan text. */
const CELL_PT = 8;

/** An axis-aligned area of a sheet in PDF user space points. */
export interface Area {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * A sheet's glyphs bucketed by where their origin stands, so each text
 * run looks only at the glyphs around it instead of the whole sheet (a
 * dense electrical plan has thousands of runs and tens of thousands of
 * glyphs).
 */
export class GlyphGrid {
  private readonly cells = new Map<string, number[]>();

  constructor(readonly glyphs: PageGlyphs) {
    for (let i = 0; i < glyphs.codes.length; i++) {
      const x = glyphs.origins[i * 2] ?? 0;
      const y = glyphs.origins[i * 2 + 1] ?? 0;
      const key = cellKey(cellOf(x), cellOf(y));
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [i]);
      else cell.push(i);
    }
  }

  /** Indices of the glyphs whose origin may lie in `area`. */
  near(area: Area): number[] {
    const found: number[] = [];
    for (let cx = cellOf(area.minX); cx <= cellOf(area.maxX); cx++) {
      for (let cy = cellOf(area.minY); cy <= cellOf(area.maxY); cy++) {
        const cell = this.cells.get(cellKey(cx, cy));
        if (cell !== undefined) found.push(...cell);
      }
    }
    return found;
  }
}

function cellOf(coordinate: number): number {
  return Math.floor(coordinate / CELL_PT);
}

function cellKey(cx: number, cy: number): string {
  return `${cx}:${cy}`;
}
