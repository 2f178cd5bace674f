import type { ShapeInput } from "../shapeBodies";
import { paintShape } from "./paintShape";
import type { PaintContext } from "./paintBodies";

/*
 * Paints every resting markup of a sheet onto one canvas that covers the
 * layer plus a margin on each side, so that a pan or zoom can move the
 * bitmap with a CSS transform and show the margin until the view rests.
 */

/** The margin around the layer, as a share of its width and height. */
export const MARGIN_SHARE = 0.25;

/** What one paint did, for the layer's data attributes and the bench. */
export interface PaintReport {
  readonly painted: number;
  readonly culled: number;
  readonly ms: number;
}

/** A rough box of a shape in layer pixels, its words and widths included. */
function reach(shape: ShapeInput) {
  const points = [...shape.pixels, ...(shape.strokePixels ?? []).flat()];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  // Words run right of a text's anchor; turns may swing a box about.
  const words = shape.kind === "text" ? shape.comment.length * 40 + 40 : 0;
  const turn = shape.style?.rotationDeg
    ? Math.max(maxX - minX, maxY - minY)
    : 0;
  const pad = 24 + turn;
  return {
    minX: minX - pad - (shape.kind === "text" ? words : 0),
    minY: minY - pad,
    maxX: maxX + pad + words,
    maxY: maxY + pad,
    width: maxX - minX,
    height: maxY - minY,
  };
}

/** Whether a shape is worth painting in a region of the layer. */
function shows(
  shape: ShapeInput,
  region: { x0: number; y0: number; x1: number; y1: number },
): boolean {
  if (shape.pixels.length === 0) return false;
  const r = reach(shape);
  if (r.maxX < region.x0 || r.minX > region.x1) return false;
  if (r.maxY < region.y0 || r.minY > region.y1) return false;
  // A shape drawn from points under a pixel apart shows as nothing.
  const sized = shape.kind === "text" || shape.kind === "note";
  return sized || r.width >= 0.5 || r.height >= 0.5;
}

/**
 * Sizes `canvas` to its parent plus the margin (at the device pixel
 * ratio) and paints the shapes in order, skipping those outside it.
 */
export function paintAll(
  canvas: HTMLCanvasElement,
  shapes: readonly ShapeInput[],
  paint: PaintContext,
): PaintReport {
  const start = performance.now();
  const parent = canvas.parentElement;
  const width = parent?.offsetWidth ?? 0;
  const height = parent?.offsetHeight ?? 0;
  const mx = Math.round(width * MARGIN_SHARE);
  const my = Math.round(height * MARGIN_SHARE);
  const ratio = window.devicePixelRatio || 1;
  place(canvas, { width: width + 2 * mx, height: height + 2 * my }, mx, my);
  canvas.width = Math.round((width + 2 * mx) * ratio);
  canvas.height = Math.round((height + 2 * my) * ratio);

  const ctx = canvas.getContext("2d");
  if (ctx === null) return { painted: 0, culled: shapes.length, ms: 0 };
  ctx.setTransform(ratio, 0, 0, ratio, mx * ratio, my * ratio);
  const region = { x0: -mx, y0: -my, x1: width + mx, y1: height + my };
  let painted = 0;
  for (const shape of shapes) {
    if (!shows(shape, region)) continue;
    paintShape(ctx, shape, paint);
    painted += 1;
  }
  const ms = performance.now() - start;
  return { painted, culled: shapes.length - painted, ms };
}

function place(
  canvas: HTMLCanvasElement,
  size: { width: number; height: number },
  mx: number,
  my: number,
): void {
  canvas.style.left = `${-mx}px`;
  canvas.style.top = `${-my}px`;
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
}
