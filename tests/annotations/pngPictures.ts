import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { StampImage } from "../../shared/domain/stamps";

/*
 * PNG stamp pictures written by hand (no encoder in the project): opaque
 * RGB, RGBA with transparent parts, Adam7 interlaced, and incompressible
 * noise as large as a service picture may be.
 */

/** One pixel's channel bytes at (x, y), y from the top. */
export type PixelOf = (x: number, y: number) => readonly number[];

/** PNG colour types: RGB and RGB with alpha. */
const COLOUR_TYPE = { 3: 2, 4: 6 } as const;

/** Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** A PNG of `channels` (3: RGB, 4: RGBA) 8-bit samples per pixel. */
export function pngOf(
  width: number,
  height: number,
  channels: 3 | 4,
  pixel: PixelOf,
  interlaced = false,
): Buffer {
  const passes = interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  const rows: number[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    for (let y = y0; y < height; y += dy) {
      if (x0 >= width) break;
      rows.push(0);
      for (let x = x0; x < width; x += dx) rows.push(...pixel(x, y));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, COLOUR_TYPE[channels], 0, 0, interlaced ? 1 : 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Noise from a seeded generator: the same picture on every run. */
export function noisePng(width: number, height: number, seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) & 0xff;
  };
  return pngOf(width, height, 3, () => [next(), next(), next()]);
}

/** A stamp picture of a PNG file. */
export function stampImageOf(png: Buffer, width: number, height: number) {
  const image: StampImage = {
    sha256: createHash("sha256").update(png).digest("hex"),
    mediaType: "image/png",
    widthPx: width,
    heightPx: height,
    dataBase64: png.toString("base64"),
  };
  return image;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}
