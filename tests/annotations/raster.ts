import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** An RGB raster of a rendered page. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/** Reads a binary PPM (P6) file, as mutool and pdftoppm write them. */
export function readPpm(file: string): Raster {
  const data = readFileSync(file);
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[offset] ?? 32))) offset += 1;
    if (data[offset] === 0x23) {
      while (data[offset] !== 0x0a) offset += 1;
      continue;
    }
    let field = "";
    while (!/\s/.test(String.fromCharCode(data[offset] ?? 32))) {
      field += String.fromCharCode(data[offset] ?? 32);
      offset += 1;
    }
    fields.push(field);
  }
  const [magic, width, height] = fields;
  if (magic !== "P6") throw new Error(`not a P6 PPM: ${file}`);
  return {
    width: Number(width),
    height: Number(height),
    rgb: new Uint8Array(data.subarray(offset + 1)),
  };
}

/** Page 1 of a PDF rendered by `mutool draw` at `dpi`. */
export function renderWithMutool(
  pdf: string,
  outDir: string,
  dpi: number,
): Raster {
  const out = path.join(outDir, `${path.basename(pdf)}.mutool.ppm`);
  execFileSync(
    "mutool",
    ["draw", "-q", "-r", String(dpi), "-o", out, pdf, "1"],
    {
      timeout: 60_000,
    },
  );
  return readPpm(out);
}

/** Page 1 of a PDF rendered by poppler's `pdftoppm` at `dpi`. */
export function renderWithPdftoppm(
  pdf: string,
  outDir: string,
  dpi: number,
): Raster {
  const prefix = path.join(outDir, `${path.basename(pdf)}.poppler`);
  execFileSync(
    "pdftoppm",
    ["-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", pdf, prefix],
    { timeout: 60_000 },
  );
  const file = readdirSync(outDir).find(
    (f) => f === `${path.basename(prefix)}.ppm`,
  );
  return readPpm(path.join(outDir, file ?? `${path.basename(prefix)}.ppm`));
}
