import type { Similarity } from "../../shared/geo/similarity";
import type { PdfiumEngine } from "../viewer/render/PdfiumEngine";
import type { Size, ViewState } from "../viewer/viewState";
import {
  alignedRegions,
  type AlignedRegions,
  type CanvasMatrix,
  type ComparedPages,
} from "./alignedRegions";
import type { ChangeBox } from "./changeRegions";
import type { DiffEngine } from "./DiffEngine";
import type { DiffBitmaps } from "./diffMessages";
import type { DiffCounts } from "./inkDiff";

/**
 * The two sheets of a comparison as the raster worker knows them: each
 * document opened under its key (the same key twice when both sheets are
 * pages of one document).
 */
export interface CompareSources {
  readonly engine: PdfiumEngine;
  readonly olderKey: string;
  readonly newerKey: string;
  readonly pages: ComparedPages;
}

/**
 * Raster channels of the Compare panel. The viewers number theirs from 1
 * up (SheetRenderer); these sit far above so a comparison's renders never
 * supersede a viewer's, nor the reverse.
 */
const COMPARE_CHANNEL_BASE = 1_000_000;
let nextChannel = COMPARE_CHANNEL_BASE;

/** A pair of raster channels, one per sheet, for one stage. */
export interface ChannelPair {
  readonly older: number;
  readonly newer: number;
}

/** Takes two fresh raster channels. */
export function takeChannels(): ChannelPair {
  nextChannel += 2;
  return { older: nextChannel - 1, newer: nextChannel };
}

/** Both sheets rendered for one view, the newer still to be placed. */
export interface RenderedPair {
  readonly older: ImageBitmap;
  readonly newer: ImageBitmap;
  readonly newerMatrix: CanvasMatrix;
  readonly width: number;
  readonly height: number;
}

/**
 * Renders both sheets of a view at the same device scale, aligned;
 * null when a newer request of the same channels took its place.
 */
export async function renderPair(
  sources: CompareSources,
  channels: ChannelPair,
  view: ViewState,
  viewer: Size,
  ratio: number,
  transform: Similarity,
): Promise<RenderedPair | null> {
  const plan: AlignedRegions = alignedRegions(
    sources.pages,
    view,
    viewer,
    ratio,
    transform,
  );
  const [older, newer] = await Promise.all([
    sources.engine.render(sources.olderKey, channels.older, plan.older),
    sources.engine.render(sources.newerKey, channels.newer, plan.newer),
  ]);
  if (older === null || newer === null) {
    older?.close();
    newer?.close();
    return null;
  }
  const { newerMatrix, width, height } = plan;
  return { older, newer, newerMatrix, width, height };
}

/** One view's comparison: figures, boxes, and the layers when painted. */
export interface Comparison {
  readonly counts: DiffCounts;
  /** Boxes of change in the comparison's device pixels. */
  readonly boxes: readonly ChangeBox[];
  readonly layers: DiffBitmaps | null;
  readonly width: number;
  readonly height: number;
}

/** Renders a view of both sheets and compares them in the diff worker. */
export async function compareView(
  sources: CompareSources,
  channels: ChannelPair,
  diff: DiffEngine,
  request: {
    view: ViewState;
    viewer: Size;
    ratio: number;
    transform: Similarity;
    tolerancePx: number;
    paint: boolean;
  },
): Promise<Comparison | null> {
  const { view, viewer, ratio, transform } = request;
  const pair = await renderPair(
    sources,
    channels,
    view,
    viewer,
    ratio,
    transform,
  );
  if (pair === null) return null;
  const answer = await diff.diff({
    ...pair,
    tolerancePx: request.tolerancePx,
    paint: request.paint,
  });
  return {
    counts: answer.counts,
    boxes: answer.boxes,
    layers: answer.layers,
    width: pair.width,
    height: pair.height,
  };
}

/** The long side, in pixels, of the whole-sheet comparison. */
export const OVERVIEW_SIDE_PX = 1600;

/**
 * The whole older sheet at the overview's scale: `zoom` pixels per
 * point, and the view and size in pixels that show all of it.
 */
export function wholeSheet(olderSize: Size): {
  zoom: number;
  view: ViewState;
  viewer: Size;
} {
  const zoom = OVERVIEW_SIDE_PX / Math.max(olderSize.width, olderSize.height);
  const viewer = {
    width: olderSize.width * zoom,
    height: olderSize.height * zoom,
  };
  return { zoom, view: { zoom, x: 0, y: 0 }, viewer };
}

/** A whole-sheet comparison, its boxes in the older sheet's points. */
export interface SheetOverview {
  readonly counts: DiffCounts;
  readonly boxesPt: readonly ChangeBox[];
  /**
   * The coloured layers of the whole sheet, `zoom` pixels per point: what
   * the overlay shows, blurred, where its sharp pixels do not reach yet.
   * Owned by whoever asked for the overview, who closes them.
   */
  readonly layers: DiffBitmaps | null;
  readonly zoom: number;
}

/**
 * Compares the whole older sheet with the newer one at a modest scale:
 * the share of the drawing that changed and the boxes "next difference"
 * walks through, whatever part the reviewer is looking at, and the
 * layers the overlay keeps under its sharp pixels.
 */
export async function compareSheet(
  sources: CompareSources,
  channels: ChannelPair,
  diff: DiffEngine,
  olderSize: Size,
  transform: Similarity,
): Promise<SheetOverview | null> {
  const { zoom, view, viewer } = wholeSheet(olderSize);
  const result = await compareView(sources, channels, diff, {
    view,
    viewer,
    ratio: 1,
    transform,
    tolerancePx: 1,
    paint: true,
  });
  if (result === null) return null;
  const boxesPt = result.boxes.map((box) => ({
    minX: box.minX / zoom,
    minY: box.minY / zoom,
    maxX: box.maxX / zoom,
    maxY: box.maxY / zoom,
    pixels: box.pixels,
  }));
  return { counts: result.counts, boxesPt, layers: result.layers, zoom };
}
