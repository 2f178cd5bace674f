import { useEffect, useState } from "react";
import { pdfPoint } from "../../shared/geo/coordinates";
import {
  toViewportPixel,
  type SheetViewport,
} from "../viewer/sheetCoordinates";

/*
 * Pan and zoom without redrawing markups: MarkupLayer paints its resting
 * shapes on a canvas at the settled view and, while the view moves, shows
 * that bitmap through one CSS transform on a layer of its own; the
 * selected or edited shape follows in SVG through the same matrix.
 */

/** How long the view must rest before the shapes are drawn again. */
const SETTLE_MS = 150;

/**
 * The view the shapes were last drawn at: it follows the live view once
 * that has rested for SETTLE_MS. Redrawing thousands of shapes at every
 * frame of a pan or zoom dropped frames (about a second a frame with
 * 5,000 markups, `npm run bench:markups`).
 */
export function useSettledView(viewport: SheetViewport, zoom: number) {
  const [settled, setSettled] = useState({ viewport, zoom });
  useEffect(() => {
    if (settled.viewport === viewport && settled.zoom === zoom) return;
    const timer = setTimeout(() => setSettled({ viewport, zoom }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [viewport, zoom, settled]);
  return settled;
}

/** PDF point to pixel as an affine map [a, b, c, d, e, f]. */
type Affine = readonly [number, number, number, number, number, number];

function affineOf(viewport: SheetViewport): Affine {
  const o = toViewportPixel(viewport, pdfPoint(0, 0));
  const x = toViewportPixel(viewport, pdfPoint(1, 0));
  const y = toViewportPixel(viewport, pdfPoint(0, 1));
  return [x.x - o.x, x.y - o.y, y.x - o.x, y.y - o.y, o.x, o.y];
}

/**
 * The affine matrix "matrix(a,b,c,d,e,f)" that moves pixels drawn at
 * `from` to where `to` shows them (to composed with the inverse of
 * from), for a CSS or SVG transform; undefined when there is none.
 */
export function followMatrix(
  from: SheetViewport,
  to: SheetViewport,
): string | undefined {
  if (from === to) return undefined;
  const [a, b, c, d, e, f] = affineOf(from);
  const [p, q, r, s, t, u] = affineOf(to);
  const det = a * d - b * c;
  if (det === 0) return undefined;
  // The inverse of from, then to.
  const ia = d / det;
  const ib = -b / det;
  const ic = -c / det;
  const id = a / det;
  const ie = (c * f - d * e) / det;
  const iff = (b * e - a * f) / det;
  const matrix = [
    p * ia + r * ib,
    q * ia + s * ib,
    p * ic + r * id,
    q * ic + s * id,
    p * ie + r * iff + t,
    q * ie + s * iff + u,
  ];
  return `matrix(${matrix.join(",")})`;
}
