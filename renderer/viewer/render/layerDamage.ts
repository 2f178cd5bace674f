import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import type { DeviceRect, RasterRegion } from "./engineMessages";
import { pdfiumHeap } from "./pdfiumHeap";

/**
 * The part of a region a layer switch changes: the union of the switched
 * objects' bounds on the device, so the worker redraws that patch rather
 * than the whole view. A heavy sheet's layer is often a title stamp or a
 * few symbols, a sliver of the drawing's cost.
 */

/** Device pixels added around the bounds, for antialiased edges. */
const EDGE_PX = 2;

/**
 * Past this share of the sheet's part of the region a patch saves too
 * little to be worth the second bitmap, and the whole region is drawn.
 */
const MOST_OF_REGION = 0.5;

/**
 * The patch of `region` covering every object of `handles` (top-level
 * objects of sheet `page`), or null when none has bounds or the patch
 * is most of the region. An empty rectangle means nothing on screen
 * changes.
 */
export function layerDamage(
  module: WrappedPdfiumModule,
  page: number,
  handles: readonly number[],
  region: RasterRegion,
): DeviceRect | null {
  const box = deviceBounds(module, page, handles, region);
  if (box === null) return null;

  const x0 = clamp(Math.floor(box.left) - EDGE_PX, region.width);
  const y0 = clamp(Math.floor(box.top) - EDGE_PX, region.height);
  const x1 = clamp(Math.ceil(box.right) + EDGE_PX, region.width);
  const y1 = clamp(Math.ceil(box.bottom) + EDGE_PX, region.height);
  const rect = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  const sheet = sheetPixels(module, page, region);
  const share = (rect.width * rect.height) / Math.max(1, sheet);
  return share > MOST_OF_REGION ? null : rect;
}

/** How many of the region's pixels the sheet covers. */
function sheetPixels(
  module: WrappedPdfiumModule,
  page: number,
  region: RasterRegion,
): number {
  const { width, height } = turnedSize(module, page, region);
  const x = Math.round(region.x);
  const y = Math.round(region.y);
  const across = Math.min(region.width, x + width) - Math.max(0, x);
  const down = Math.min(region.height, y + height) - Math.max(0, y);
  return Math.max(0, across) * Math.max(0, down);
}

/** The turned sheet's size in device pixels, as the worker draws it. */
export function turnedSize(
  module: WrappedPdfiumModule,
  page: number,
  region: RasterRegion,
): { width: number; height: number } {
  const sideways = region.turn === 90 || region.turn === 270;
  const scale = region.scale * region.userUnit;
  const across = module.FPDF_GetPageWidthF(page) * scale;
  const down = module.FPDF_GetPageHeightF(page) * scale;
  return {
    width: Math.round(sideways ? down : across),
    height: Math.round(sideways ? across : down),
  };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The objects' bounds as the region's bitmap places them: their union
 * on the page first, then its corners on the device (a quarter turn,
 * a scale and a shift keep a box a box), so a layer of thousands of
 * objects costs four conversions.
 */
function deviceBounds(
  module: WrappedPdfiumModule,
  page: number,
  handles: readonly number[],
  region: RasterRegion,
): Box | null {
  const scratch = module.pdfium.wasmExports.malloc(16);
  try {
    const union = {
      left: Infinity,
      bottom: Infinity,
      right: -Infinity,
      top: -Infinity,
    };
    for (const handle of handles) {
      const ok = module.FPDFPageObj_GetBounds(
        handle,
        scratch,
        scratch + 4,
        scratch + 8,
        scratch + 12,
      );
      if (!ok) return null;
      const [left, bottom, right, top] = boundsAt(module, scratch);
      union.left = Math.min(union.left, left);
      union.bottom = Math.min(union.bottom, bottom);
      union.right = Math.max(union.right, right);
      union.top = Math.max(union.top, top);
    }
    if (union.left > union.right) return emptyBox();

    const size = turnedSize(module, page, region);
    const corners = [
      [union.left, union.bottom],
      [union.left, union.top],
      [union.right, union.bottom],
      [union.right, union.top],
    ] as const;
    const device = corners.map(([px, py]) =>
      toDevice(module, page, region, size, px, py, scratch),
    );
    const xs = device.map(([x]) => x);
    const ys = device.map(([, y]) => y);
    return {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
    };
  } finally {
    module.pdfium.wasmExports.free(scratch);
  }
}

/** Nothing switched shows: a rectangle of no pixels. */
function emptyBox(): Box {
  return { left: 0, top: 0, right: -2 * EDGE_PX, bottom: -2 * EDGE_PX };
}

/** A page point on the region's bitmap, as the worker draws the page. */
function toDevice(
  module: WrappedPdfiumModule,
  page: number,
  region: RasterRegion,
  size: { readonly width: number; readonly height: number },
  px: number,
  py: number,
  scratch: number,
): [number, number] {
  module.FPDF_PageToDevice(
    page,
    Math.round(region.x),
    Math.round(region.y),
    size.width,
    size.height,
    region.turn / 90,
    px,
    py,
    scratch,
    scratch + 4,
  );
  const memory = pdfiumHeap(module);
  const view = new DataView(memory.buffer, scratch, 8);
  return [view.getInt32(0, true), view.getInt32(4, true)];
}

/** The four floats FPDFPageObj_GetBounds wrote: left, bottom, right, top. */
function boundsAt(
  module: WrappedPdfiumModule,
  at: number,
): [number, number, number, number] {
  const view = new DataView(pdfiumHeap(module).buffer, at, 16);
  const read = (i: number) => view.getFloat32(i * 4, true);
  return [read(0), read(1), read(2), read(3)];
}

function clamp(value: number, limit: number): number {
  return Math.min(limit, Math.max(0, value));
}
