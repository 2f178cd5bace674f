import { init, type WrappedPdfiumModule } from "@embedpdf/pdfium";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { crc32, deflateSync } from "node:zlib";
import type { SheetCrop } from "../../../shared/print/markupSummaryHtml";

/**
 * Small pictures of a sheet around markups, for the printed markups
 * summary: PDFium (the viewer's engine, here in Node) draws each sheet
 * once at a modest resolution, and every crop is cut from that picture,
 * so 500 remarks on a heavy CAD sheet cost one render, not 500.
 */

/** A region of a sheet in PDF user space (points, y up). */
export interface CropRequest {
  readonly key: string;
  readonly sheetIndex: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly top: number;
}

/** Longest side of a sheet's one render, in pixels. */
const SHEET_RENDER_PX = 2000;
/** Largest crop in the summary, in pixels. */
const CROP_MAX = { width: 220, height: 150 };
/** Space kept around the markup, as a share of its size and at least. */
const MARGIN_SHARE = 0.4;
const MIN_MARGIN_PT = 36;

const FPDF_ANNOT = 0x01;
const FPDF_REVERSE_BYTE_ORDER = 0x10;

let enginePromise: Promise<WrappedPdfiumModule> | null = null;

function engine(): Promise<WrappedPdfiumModule> {
  enginePromise ??= (async () => {
    // The wasm from the installed package: nothing is fetched.
    const wasmPath = createRequire(import.meta.url).resolve(
      "@embedpdf/pdfium/pdfium.wasm",
    );
    const file = await readFile(wasmPath);
    const wasmBinary = file.buffer.slice(
      file.byteOffset,
      file.byteOffset + file.byteLength,
    );
    const module = await init({ wasmBinary });
    module.PDFiumExt_Init();
    return module;
  })();
  return enginePromise;
}

/**
 * Pictures of the requested regions, by key. A sheet PDFium cannot
 * draw, or one turned by /Rotate (its user space no longer matches the
 * picture's axes simply), gets no crops; the summary shows its locator.
 */
export async function sheetCrops(
  pdf: Uint8Array,
  requests: readonly CropRequest[],
): Promise<Map<string, SheetCrop>> {
  const crops = new Map<string, SheetCrop>();
  if (requests.length === 0) return crops;
  const module = await engine();
  const bytesPtr = module.pdfium.wasmExports.malloc(pdf.length);
  heap(module).set(pdf, bytesPtr);
  const doc = module.FPDF_LoadMemDocument(bytesPtr, pdf.length, "");
  try {
    if (doc === 0) return crops;
    for (const [sheetIndex, regions] of bySheet(requests)) {
      const sheet = renderSheet(module, doc, sheetIndex);
      if (sheet === null) continue;
      for (const region of regions) {
        crops.set(region.key, cropPng(sheet, region));
      }
    }
    return crops;
  } finally {
    if (doc !== 0) module.FPDF_CloseDocument(doc);
    module.pdfium.wasmExports.free(bytesPtr);
  }
}

function bySheet(requests: readonly CropRequest[]): Map<number, CropRequest[]> {
  const groups = new Map<number, CropRequest[]>();
  for (const request of requests) {
    const group = groups.get(request.sheetIndex) ?? [];
    group.push(request);
    groups.set(request.sheetIndex, group);
  }
  return groups;
}

/** A sheet drawn once: RGBA pixels and how user space maps onto them. */
interface SheetPicture {
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly left: number;
  readonly top: number;
}

function renderSheet(
  module: WrappedPdfiumModule,
  doc: number,
  sheetIndex: number,
): SheetPicture | null {
  if (sheetIndex >= module.FPDF_GetPageCount(doc)) return null;
  const page = module.FPDF_LoadPage(doc, sheetIndex);
  if (page === 0) return null;
  try {
    if (module.FPDFPage_GetRotation(page) !== 0) return null;
    const box = pageBox(module, page);
    if (box === null) return null;
    const widthPt = box.right - box.left;
    const heightPt = box.top - box.bottom;
    const scale = Math.min(SHEET_RENDER_PX / Math.max(widthPt, heightPt), 2);
    const width = Math.max(1, Math.round(widthPt * scale));
    const height = Math.max(1, Math.round(heightPt * scale));

    const bitmap = module.FPDFBitmap_Create(width, height, 1);
    try {
      module.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
      module.FPDF_RenderPageBitmap(
        bitmap,
        page,
        0,
        0,
        width,
        height,
        0,
        FPDF_ANNOT | FPDF_REVERSE_BYTE_ORDER,
      );
      const pixels = copyPixels(module, bitmap, width, height);
      return { pixels, width, height, scale, left: box.left, top: box.top };
    } finally {
      module.FPDFBitmap_Destroy(bitmap);
    }
  } finally {
    module.FPDF_ClosePage(page);
  }
}

/** The page's visible box (crop box within media box) in user space. */
function pageBox(
  module: WrappedPdfiumModule,
  page: number,
): { left: number; bottom: number; right: number; top: number } | null {
  const rect = module.pdfium.wasmExports.malloc(16);
  try {
    if (!module.FPDF_GetPageBoundingBox(page, rect)) return null;
    const view = new DataView(heap(module).buffer, rect, 16);
    // FS_RECTF: left, top, right, bottom as 32-bit floats.
    const left = view.getFloat32(0, true);
    const top = view.getFloat32(4, true);
    const right = view.getFloat32(8, true);
    const bottom = view.getFloat32(12, true);
    return right > left && top > bottom ? { left, bottom, right, top } : null;
  } finally {
    module.pdfium.wasmExports.free(rect);
  }
}

function copyPixels(
  module: WrappedPdfiumModule,
  bitmap: number,
  width: number,
  height: number,
): Uint8Array {
  const pointer = module.FPDFBitmap_GetBuffer(bitmap);
  const stride = module.FPDFBitmap_GetStride(bitmap);
  const out = new Uint8Array(width * height * 4);
  const memory = heap(module);
  for (let row = 0; row < height; row++) {
    const start = pointer + row * stride;
    out.set(memory.subarray(start, start + width * 4), row * width * 4);
  }
  return out;
}

/** The region with its margin, cut and shrunk to fit, as a PNG. */
function cropPng(sheet: SheetPicture, region: CropRequest): SheetCrop {
  const marginX = Math.max(
    (region.right - region.left) * MARGIN_SHARE,
    MIN_MARGIN_PT,
  );
  const marginY = Math.max(
    (region.top - region.bottom) * MARGIN_SHARE,
    MIN_MARGIN_PT,
  );
  const toX = (x: number) => (x - sheet.left) * sheet.scale;
  const toY = (y: number) => (sheet.top - y) * sheet.scale;
  const x0 = clamp(Math.floor(toX(region.left - marginX)), sheet.width - 1);
  const x1 = clamp(Math.ceil(toX(region.right + marginX)), sheet.width);
  const y0 = clamp(Math.floor(toY(region.top + marginY)), sheet.height - 1);
  const y1 = clamp(Math.ceil(toY(region.bottom - marginY)), sheet.height);
  const cutWidth = Math.max(1, x1 - x0);
  const cutHeight = Math.max(1, y1 - y0);

  const shrink = Math.min(
    1,
    CROP_MAX.width / cutWidth,
    CROP_MAX.height / cutHeight,
  );
  const width = Math.max(1, Math.round(cutWidth * shrink));
  const height = Math.max(1, Math.round(cutHeight * shrink));
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const sourceY = y0 + Math.min(cutHeight - 1, Math.floor(y / shrink));
    for (let x = 0; x < width; x++) {
      const sourceX = x0 + Math.min(cutWidth - 1, Math.floor(x / shrink));
      const from = (sourceY * sheet.width + sourceX) * 4;
      const to = (y * width + x) * 3;
      rgb[to] = sheet.pixels[from] ?? 255;
      rgb[to + 1] = sheet.pixels[from + 1] ?? 255;
      rgb[to + 2] = sheet.pixels[from + 2] ?? 255;
    }
  }
  const png = encodePng(rgb, width, height).toString("base64");
  return {
    png: `data:image/png;base64,${png}`,
    widthPx: width,
    heightPx: height,
    left: sheet.left + x0 / sheet.scale,
    right: sheet.left + (x0 + cutWidth) / sheet.scale,
    top: sheet.top - y0 / sheet.scale,
    bottom: sheet.top - (y0 + cutHeight) / sheet.scale,
  };
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(0, value), max);
}

/** A truecolour PNG (8 bits per channel, no filtering), deflated. */
function encodePng(rgb: Uint8Array, width: number, height: number): Buffer {
  const rows = Buffer.alloc(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) {
    const at = y * (width * 3 + 1);
    rows[at] = 0; // filter: none
    rows.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), at + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // depth 8, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, crc]);
}

/** PDFium's heap; read again after each call, as a growing heap moves. */
function heap(module: WrappedPdfiumModule): Uint8Array {
  return (module.pdfium as unknown as { HEAPU8: Uint8Array }).HEAPU8;
}
