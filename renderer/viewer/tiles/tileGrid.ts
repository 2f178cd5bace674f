import type { Size, ViewState } from "../viewState";

/*
 * Not wired into the viewer: with PDFium each tile call walks the whole
 * page's objects and a level draws up to twice the device scale, so a
 * deep-zoom refill of a 2000 x 1400 viewer as 35-42 tiles took 4.7 to 34
 * times as long as one region (scripts/bench/viewer/tilesVsRegion.ts).
 * SheetRenderer draws one region in two stages instead; this grid, the
 * cache and the scheduler stay for an engine whose tiles are cheap.
 */

/** The side of a square tile, in device pixels. */
export const TILE_PX = 512;

/**
 * One tile of a sheet: column `col` and row `row` of the grid laid over
 * the turned page drawn at `level`'s scale. Level 0 is one device pixel
 * per PDF point; each level up doubles the scale, so a tile of a level
 * stays valid for every zoom that rounds to it.
 */
export interface TileKey {
  readonly level: number;
  readonly col: number;
  readonly row: number;
}

/** A stable string for maps and cancellation bookkeeping. */
export function tileId(key: TileKey): string {
  return `${key.level}/${key.col}/${key.row}`;
}

/**
 * The level whose scale is the smallest power of two at or above the
 * device scale, so a tile is never stretched (only shrunk up to 2x)
 * and a zoom gesture inside one octave reuses the same tiles.
 */
export function levelFor(zoom: number, devicePixelRatio: number): number {
  // `|| 0` turns -0 into 0, so one level has one id.
  return Math.ceil(Math.log2(zoom * devicePixelRatio) - 1e-9) || 0;
}

/** Device pixels per PDF point at a level. */
export function levelScale(level: number): number {
  return 2 ** level;
}

/**
 * The tiles that cover the viewer (plus `marginPx` CSS pixels on each
 * side) for a view, clipped to the page, nearest the centre first so the
 * middle of the screen sharpens before its edges.
 */
export function tilesCovering(
  view: ViewState,
  viewer: Size,
  page: Size,
  devicePixelRatio: number,
  marginPx = 0,
): TileKey[] {
  const level = levelFor(view.zoom, devicePixelRatio);
  // CSS pixels of the viewer to device pixels of the level's page bitmap.
  const toLevel = levelScale(level) / view.zoom;
  const span = TILE_PX;
  const cols = Math.ceil((page.width * levelScale(level)) / span);
  const rows = Math.ceil((page.height * levelScale(level)) / span);

  const left = (-view.x - marginPx) * toLevel;
  const top = (-view.y - marginPx) * toLevel;
  const right = (viewer.width - view.x + marginPx) * toLevel;
  const bottom = (viewer.height - view.y + marginPx) * toLevel;
  const col0 = Math.max(0, Math.floor(left / span));
  const row0 = Math.max(0, Math.floor(top / span));
  const col1 = Math.min(cols - 1, Math.ceil(right / span) - 1);
  const row1 = Math.min(rows - 1, Math.ceil(bottom / span) - 1);

  const tiles: TileKey[] = [];
  for (let row = row0; row <= row1; row++) {
    for (let col = col0; col <= col1; col++) tiles.push({ level, col, row });
  }
  const centreCol = (left + right) / 2 / span - 0.5;
  const centreRow = (top + bottom) / 2 / span - 0.5;
  const distance = (t: TileKey) =>
    Math.hypot(t.col - centreCol, t.row - centreRow);
  return tiles.sort((a, b) => distance(a) - distance(b));
}

/**
 * Where a tile lands in the viewer, in CSS pixels: its top-left corner
 * and its side (the edge tiles of a page are cut by the page's edge).
 */
export function tilePlacement(
  key: TileKey,
  view: ViewState,
  page: Size,
): { x: number; y: number; width: number; height: number } {
  const scale = levelScale(key.level);
  const toCss = view.zoom / scale;
  const pageWidthPx = page.width * scale;
  const pageHeightPx = page.height * scale;
  const widthPx = Math.min(TILE_PX, pageWidthPx - key.col * TILE_PX);
  const heightPx = Math.min(TILE_PX, pageHeightPx - key.row * TILE_PX);
  return {
    x: view.x + key.col * TILE_PX * toCss,
    y: view.y + key.row * TILE_PX * toCss,
    width: widthPx * toCss,
    height: heightPx * toCss,
  };
}
