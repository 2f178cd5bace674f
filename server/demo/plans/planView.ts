import { pdfPoint } from "../../../shared/geo/coordinates";
import type { PdfPoint } from "../../../shared/geo/coordinates";
import type { Xy } from "../geometry";
import { ptPerMetre } from "./units";

/**
 * A drawing's placement on its sheet: ground metres to PDF points at a true
 * scale, north up (x east, y north on both sides, as PDF user space has y
 * upwards). Because the map is a pure scale and shift, any two labelled
 * points of a sheet georeference it exactly.
 */
export interface PlanView {
  readonly scaleDenominator: number;
  /** Points of paper per metre of ground. */
  readonly ptPerMetre: number;
  /** A ground point (metres) on the sheet. */
  toSheet(p: Xy): PdfPoint;
  /** A ground length (metres) on paper, in points. */
  length(metres: number): number;
  /** The ground point (metres) under a sheet point. */
  toGround(p: { readonly x: number; readonly y: number }): Xy;
}

/** A view putting the ground point `centre` at the sheet point `at`. */
export function planView(
  scaleDenominator: number,
  centre: Xy,
  at: { readonly x: number; readonly y: number },
): PlanView {
  const k = ptPerMetre(scaleDenominator);
  return {
    scaleDenominator,
    ptPerMetre: k,
    toSheet: (p) =>
      pdfPoint(at.x + (p.x - centre.x) * k, at.y + (p.y - centre.y) * k),
    length: (metres) => metres * k,
    toGround: (p) => ({
      x: centre.x + (p.x - at.x) / k,
      y: centre.y + (p.y - at.y) / k,
    }),
  };
}

/** A ground rectangle's four corners on the sheet, counter-clockwise. */
export function viewRect(
  view: PlanView,
  r: { x0: number; y0: number; x1: number; y1: number },
): PdfPoint[] {
  const corners: Xy[] = [
    { x: r.x0, y: r.y0 },
    { x: r.x1, y: r.y0 },
    { x: r.x1, y: r.y1 },
    { x: r.x0, y: r.y1 },
  ];
  return corners.map(view.toSheet);
}
