/**
 * One type per coordinate space, so that a point of one space cannot be
 * passed where another is expected. The brands exist only at compile time;
 * at run time every point is a plain `{ x, y }` object.
 */

declare const space: unique symbol;

type Branded<S extends string> = {
  readonly x: number;
  readonly y: number;
  readonly [space]: S;
};

/** A point in a sheet's PDF user space, in points (1/72 in), y upwards. */
export type PdfPoint = Branded<"pdf">;

/** A point in the viewer's canvas, in CSS pixels, y downwards. */
export type ViewportPixel = Branded<"viewport">;

/**
 * A projected map coordinate in metres. In Lajna this is always
 * EPSG:26191 (Merchich / Nord Maroc) unless a ZoningPlan names another CRS.
 */
export type ProjectedPoint = Branded<"projected">;

/** Geographic WGS 84 coordinates: x is longitude, y latitude, in degrees. */
export type LonLat = Branded<"lonlat">;

/** Makes a PDF user-space point. */
export function pdfPoint(x: number, y: number): PdfPoint {
  return { x, y } as PdfPoint;
}

/** Makes a viewport pixel. */
export function viewportPixel(x: number, y: number): ViewportPixel {
  return { x, y } as ViewportPixel;
}

/** Makes a projected point in metres. */
export function projectedPoint(x: number, y: number): ProjectedPoint {
  return { x, y } as ProjectedPoint;
}

/** Makes a longitude/latitude pair in degrees. */
export function lonLat(lon: number, lat: number): LonLat {
  return { x: lon, y: lat } as LonLat;
}
