import type { CanvasMatrix } from "./alignedRegions";
import type { ChangeBox } from "./changeRegions";
import type { DiffCounts } from "./inkDiff";

/**
 * Messages between the Compare panel and its diff worker (diffWorker.ts):
 * two renders go in, the counts, the boxes of change and, when asked,
 * the three coloured layers come out.
 */
export interface DiffRequest {
  readonly id: number;
  readonly older: ImageBitmap;
  readonly newer: ImageBitmap;
  /** Places the newer bitmap on the older one's pixels. */
  readonly newerMatrix: CanvasMatrix;
  readonly width: number;
  readonly height: number;
  readonly tolerancePx: number;
  /** Whether to paint the layers (the overview needs only figures). */
  readonly paint: boolean;
}

/** The three layers of an overlay, each the comparison's size. */
export interface DiffBitmaps {
  readonly unchanged: ImageBitmap;
  readonly removed: ImageBitmap;
  readonly added: ImageBitmap;
}

/** The worker's answer to one request, by its id. */
export type DiffReply =
  | {
      readonly type: "diffed";
      readonly id: number;
      readonly counts: DiffCounts;
      readonly boxes: readonly ChangeBox[];
      readonly layers: DiffBitmaps | null;
    }
  | { readonly type: "failed"; readonly id: number; readonly message: string };
