import { tileId, type TileKey } from "./tileGrid";
import type { TileBitmap, TileCache } from "./tileCache";

/**
 * Whatever rasterises a tile (pdf.js, a worker, a compiled engine). It
 * must stop and reject soon after `signal` aborts.
 */
export type TileSource<B extends TileBitmap> = (
  key: TileKey,
  signal: AbortSignal,
) => Promise<B>;

/**
 * Asks for the tiles a view needs, a few at a time, and cancels the
 * ones a newer view no longer needs: during a zoom storm only the last
 * view's tiles are rendered, and a tile whose render was cancelled is
 * closed on arrival, never cached nor drawn.
 */
export class TileScheduler<B extends TileBitmap> {
  private readonly running = new Map<string, AbortController>();
  private wanted: TileKey[] = [];
  private wantedIds = new Set<string>();

  constructor(
    private readonly cache: TileCache<B>,
    private readonly source: TileSource<B>,
    /** Told when a tile of the current view is ready to draw. */
    private readonly onTile: (key: TileKey, bitmap: B) => void,
    private readonly onError: (cause: unknown) => void,
    private readonly parallel = 2,
  ) {}

  /** The current view needs these tiles, most urgent first. */
  request(tiles: readonly TileKey[]): void {
    this.wanted = tiles.filter((key) => !this.cache.has(key));
    this.wantedIds = new Set(tiles.map(tileId));
    for (const [id, controller] of this.running) {
      if (!this.wantedIds.has(id)) controller.abort();
    }
    this.pump();
  }

  /** Tiles being rendered now (for tests and the 'drawing' badge). */
  get inFlight(): number {
    return this.running.size;
  }

  /** Whether every tile of the current view is cached. */
  get idle(): boolean {
    return this.running.size === 0 && this.wanted.length === 0;
  }

  /** Cancels everything (sheet closed). */
  cancelAll(): void {
    this.wanted = [];
    this.wantedIds.clear();
    for (const controller of this.running.values()) controller.abort();
  }

  private pump(): void {
    while (this.running.size < this.parallel && this.wanted.length > 0) {
      const key = this.wanted.shift() as TileKey;
      const id = tileId(key);
      if (this.running.has(id) || this.cache.has(key)) continue;
      this.start(key, id);
    }
  }

  private start(key: TileKey, id: string): void {
    const controller = new AbortController();
    this.running.set(id, controller);
    this.source(key, controller.signal).then(
      (bitmap) => {
        this.running.delete(id);
        if (controller.signal.aborted) {
          bitmap.close();
        } else {
          this.cache.put(key, bitmap);
          if (this.wantedIds.has(id)) this.onTile(key, bitmap);
        }
        this.pump();
      },
      (cause: unknown) => {
        this.running.delete(id);
        if (!controller.signal.aborted) this.onError(cause);
        this.pump();
      },
    );
  }
}
