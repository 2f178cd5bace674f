import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { GrayImage } from "./grayImage";

const run = promisify(execFile);

/** Where a reference raster is cut from the page, in pixels at `dpi`. */
export interface Crop {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The reference: poppler's pdftoppm draws page `pageNumber` at `dpi` in
 * grey (its own engine, not PDFium nor pdf.js), optionally only a crop,
 * as a PGM on stdout. The page's /Rotate is applied, as viewers do.
 */
export async function popplerRaster(
  file: string,
  dpi: number,
  crop: Crop | null = null,
  pageNumber = 1,
): Promise<GrayImage> {
  const args = ["-gray", "-r", String(dpi)];
  args.push("-f", String(pageNumber), "-l", String(pageNumber));
  if (crop !== null) {
    args.push("-x", String(crop.x), "-y", String(crop.y));
    args.push("-W", String(crop.width), "-H", String(crop.height));
  }
  const { stdout } = await run("pdftoppm", [...args, file], {
    encoding: "buffer",
    maxBuffer: 512 * 1024 * 1024,
  });
  return parsePgm(stdout);
}

/**
 * The second reference engine: MuPDF's `mutool draw`, whole page at
 * `dpi`, turned by `rotateDegrees` clockwise on top of the page's own
 * /Rotate (its -R option).
 */
export async function mupdfRaster(
  file: string,
  dpi: number,
  rotateDegrees = 0,
): Promise<GrayImage> {
  const args = ["draw", "-q", "-c", "gray", "-F", "pnm", "-o", "-"];
  args.push("-r", String(dpi), "-R", String(rotateDegrees), file, "1");
  const { stdout } = await run("mutool", args, {
    encoding: "buffer",
    maxBuffer: 512 * 1024 * 1024,
  });
  return parsePgm(stdout);
}

/** Reads a binary PGM (P5, 8 bits): header, then one byte per pixel. */
export function parsePgm(bytes: Buffer): GrayImage {
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    // Skips blanks and comment lines between header fields.
    while (/\s/.test(String.fromCharCode(bytes[at] ?? 32))) at++;
    if (bytes[at] === 0x23) {
      while (bytes[at] !== 0x0a && at < bytes.length) at++;
      continue;
    }
    const start = at;
    while (at < bytes.length && !/\s/.test(String.fromCharCode(bytes[at]!))) {
      at++;
    }
    fields.push(bytes.subarray(start, at).toString("latin1"));
  }
  const [magic, width, height, max] = fields;
  if (magic !== "P5" || max !== "255") {
    throw new Error(`not an 8-bit PGM: ${fields.join(" ")}`);
  }
  const w = Number(width);
  const h = Number(height);
  const data = new Uint8Array(bytes.subarray(at + 1, at + 1 + w * h));
  if (data.length !== w * h) throw new Error("the PGM is truncated");
  return { width: w, height: h, data };
}
