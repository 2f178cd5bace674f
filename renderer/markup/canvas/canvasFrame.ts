import type { Box } from "./inkBounds";

/*
 * The markup canvas covers the layer plus a margin on each side, so
 * that a pan or zoom can move the bitmap with a CSS transform and show
 * the margin until the view rests and the canvas is painted again.
 */

/** The margin around the layer, as a share of its width and height. */
export const MARGIN_SHARE = 0.25;

/** The canvas's size and place for a layer, in CSS and device pixels. */
export interface CanvasFrame {
  /** The layer's size, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The margin on each side, in CSS pixels. */
  readonly mx: number;
  readonly my: number;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
}

/** A layer's size in CSS pixels. */
export interface LayerSize {
  readonly width: number;
  readonly height: number;
}

/** The size of a layer element (reading it may force a layout). */
export function layerSizeOf(layer: HTMLElement | null): LayerSize {
  return { width: layer?.offsetWidth ?? 0, height: layer?.offsetHeight ?? 0 };
}

/** The frame of a canvas over a layer of `size` at the device ratio. */
export function frameOf(size: LayerSize): CanvasFrame {
  const { width, height } = size;
  return {
    width,
    height,
    mx: Math.round(width * MARGIN_SHARE),
    my: Math.round(height * MARGIN_SHARE),
    ratio: window.devicePixelRatio || 1,
  };
}

/** Whether two frames give the same bitmap. */
export function sameFrame(a: CanvasFrame, b: CanvasFrame): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.ratio === b.ratio &&
    a.mx === b.mx &&
    a.my === b.my
  );
}

/** The part of the layer the canvas shows, margin included. */
export function regionOf(frame: CanvasFrame): Box {
  return {
    x0: -frame.mx,
    y0: -frame.my,
    x1: frame.width + frame.mx,
    y1: frame.height + frame.my,
  };
}

/** Sizes a canvas to `frame` and draws layer pixels at their place. */
export function fitCanvas(
  canvas: HTMLCanvasElement,
  frame: CanvasFrame,
): CanvasRenderingContext2D | null {
  const { mx, my, ratio } = frame;
  canvas.width = Math.round((frame.width + 2 * mx) * ratio);
  canvas.height = Math.round((frame.height + 2 * my) * ratio);
  const ctx = canvas.getContext("2d");
  ctx?.setTransform(ratio, 0, 0, ratio, mx * ratio, my * ratio);
  return ctx;
}

/** Places a canvas sized to `frame` over its layer, margin outside. */
export function placeCanvas(
  canvas: HTMLCanvasElement,
  frame: CanvasFrame,
): void {
  canvas.style.left = `${-frame.mx}px`;
  canvas.style.top = `${-frame.my}px`;
  canvas.style.width = `${frame.width + 2 * frame.mx}px`;
  canvas.style.height = `${frame.height + 2 * frame.my}px`;
}
