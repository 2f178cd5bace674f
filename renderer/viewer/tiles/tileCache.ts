import { tileId, type TileKey } from "./tileGrid";

/** What the cache needs of a tile's bitmap: its size and a way to free it. */
export interface TileBitmap {
  readonly width: number;
  readonly height: number;
  close(): void;
}

/**
 * Rendered tiles of one sheet under a pixel budget: the least recently
 * used go first once the budget is passed, and `clear` frees everything
 * when the sheet closes. Bitmaps are closed when dropped, because an
 * ImageBitmap's pixels otherwise live until the garbage collector runs,
 * which at deep zoom is long enough to pass the renderer's memory goal.
 */
export class TileCache<B extends TileBitmap> {
  private readonly tiles = new Map<string, { key: TileKey; bitmap: B }>();
  private pixels = 0;

  constructor(private readonly budgetPixels: number) {}

  /** The tile's bitmap, marking it as recently used. */
  get(key: TileKey): B | undefined {
    const id = tileId(key);
    const entry = this.tiles.get(id);
    if (entry === undefined) return undefined;
    // A Map iterates in insertion order: re-inserting makes it newest.
    this.tiles.delete(id);
    this.tiles.set(id, entry);
    return entry.bitmap;
  }

  /** Stores a tile, evicting the least recently used over budget. */
  put(key: TileKey, bitmap: B): void {
    const id = tileId(key);
    this.drop(id);
    this.tiles.set(id, { key, bitmap });
    this.pixels += bitmap.width * bitmap.height;
    for (const [oldest] of this.tiles) {
      if (this.pixels <= this.budgetPixels || oldest === id) break;
      this.drop(oldest);
    }
  }

  has(key: TileKey): boolean {
    return this.tiles.has(tileId(key));
  }

  /** Pixels held now; never above the budget except for one huge tile. */
  get usedPixels(): number {
    return this.pixels;
  }

  get size(): number {
    return this.tiles.size;
  }

  /** Frees every bitmap (the sheet closed or its layers changed). */
  clear(): void {
    for (const id of [...this.tiles.keys()]) this.drop(id);
  }

  private drop(id: string): void {
    const entry = this.tiles.get(id);
    if (entry === undefined) return;
    this.tiles.delete(id);
    this.pixels -= entry.bitmap.width * entry.bitmap.height;
    entry.bitmap.close();
  }
}

/**
 * The default budget: 64 tiles of 512 px (64 MB of RGBA), enough for a
 * 4K viewer twice over plus the level below, far under the 500 MB goal.
 */
export const TILE_BUDGET_PIXELS = 64 * 512 * 512;
