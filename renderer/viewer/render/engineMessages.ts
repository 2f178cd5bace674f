import type { QuarterTurn } from "../viewState";
import type { LayerChoice } from "./layerPatch";

/**
 * Messages between the viewer and its raster worker (pdfiumWorker.ts).
 * A document is known by a key the viewer chooses; a render by an id.
 * Renders of one `channel` (one viewer) supersede each other: the worker
 * only draws the newest waiting request and answers the others
 * `superseded`, which is how a zoom storm cancels its stale renders.
 */
export type EngineRequest =
  | {
      readonly type: "open";
      readonly id: number;
      readonly key: string;
      readonly bytes: Uint8Array;
    }
  | {
      readonly type: "render";
      readonly id: number;
      readonly channel: number;
      readonly key: string;
      readonly region: RasterRegion;
      /** Layers switched from the document's default; null when none. */
      readonly layers: LayerChoice | null;
      /**
       * The layers of the bitmap the viewer shows of this very region,
       * when it shows one: the worker may then draw only the part a
       * layer switch changes (the reply's `at`).
       */
      readonly since?: LayerChoice | null;
      /** The part of the region's bitmap to hand back; all of it if absent. */
      readonly crop?: DeviceRect;
    }
  | { readonly type: "close"; readonly key: string }
  | { readonly type: "warm"; readonly id: number }
  /**
   * The viewer on `channel` is gone (its tab hidden or closed): its
   * renders not yet started are answered `superseded`, not drawn.
   */
  | { readonly type: "cancel"; readonly channel: number }
  /**
   * The viewer on `channel` is the one the reviewer looks at: its
   * waiting renders are drawn before those of other channels.
   */
  | { readonly type: "front"; readonly channel: number };

/**
 * A worker's answer to one request, by the request's id, with the size
 * of its PDFium heap in bytes once PDFium is loaded: a WebAssembly
 * memory only grows, so it tells the most the worker ever held.
 */
export type EngineReply = ReplyBody & { readonly heapBytes?: number };

type ReplyBody =
  | { readonly type: "opened"; readonly id: number; readonly pageCount: number }
  | { readonly type: "warmed"; readonly id: number }
  | {
      readonly type: "rendered";
      readonly id: number;
      readonly bitmap: ImageBitmap;
      /**
       * Where the bitmap goes in the region, when it is only the part a
       * layer switch changed; absent when it is the whole region.
       */
      readonly at?: DevicePoint;
    }
  | { readonly type: "superseded"; readonly id: number }
  | { readonly type: "failed"; readonly id: number; readonly message: string };

/**
 * A rectangle of a sheet drawn at `scale` device pixels per PDF point:
 * the bitmap is `width` x `height` device pixels and the turned page's
 * top-left corner lands at (`x`, `y`) in it (negative when scrolled).
 */
export interface RasterRegion {
  readonly pageIndex: number;
  /** The reviewer's quarter turn, on top of the page's own /Rotate. */
  readonly turn: QuarterTurn;
  /** Device pixels per unit of the sheet as pdf.js sizes it (/UserUnit). */
  readonly scale: number;
  /**
   * The page's /UserUnit (points per unit of its space, 1 unless set):
   * pdf.js sizes a page with it, PDFium does not, so the worker scales
   * PDFium's page size by it to draw the sheet where pdf.js puts it.
   */
  readonly userUnit: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A rectangle of device pixels in a region's bitmap. */
export interface DeviceRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A device-pixel position in a region's bitmap. */
export interface DevicePoint {
  readonly x: number;
  readonly y: number;
}
