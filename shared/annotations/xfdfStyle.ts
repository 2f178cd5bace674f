import type { MarkupKind, MarkupStyle } from "../domain/entities";
import type { XfdfAnnotation } from "./exchangeTypes";
import { stampOfAppearance, type XfdfStampPictures } from "./xfdfStampPictures";

/*
 * How an annotation's XFDF attributes map onto a markup's colour and
 * style. Values outside the model's ranges are left out rather than
 * refused: a style is not worth losing a reviewer's remark over.
 */

/**
 * The style a markup takes from an annotation's attributes; a stamp's
 * picture comes from the file's `pictures` (xfdfStampPictures.ts).
 */
export function styleOf(
  a: XfdfAnnotation,
  kind: MarkupKind,
  pictures: XfdfStampPictures,
): MarkupStyle {
  const style: MarkupStyle = {};
  const width = Number(a.attrs["width"]);
  if (Number.isFinite(width) && width > 0 && width <= 200) {
    style.strokeWidthPt = width;
  }
  const opacity = Number(a.attrs["opacity"]);
  if (Number.isFinite(opacity) && opacity >= 0 && opacity <= 1) {
    style.opacity = opacity;
  }
  const intensity = Number(a.attrs["intensity"]);
  if (Number.isFinite(intensity) && intensity >= 0 && intensity <= 10) {
    style.cloudIntensity = intensity;
  }
  const rotation = Number(a.attrs["rotation"]);
  if (
    Number.isFinite(rotation) &&
    rotation !== 0 &&
    Math.abs(rotation) <= 360
  ) {
    style.rotationDeg = rotation;
  }
  const fill = colourOf(a.attrs["interior-color"]);
  if (fill) style.fillColor = fill;
  const font = /([\d.]+)\s+Tf/.exec(a.defaultAppearance ?? "");
  const fontSize = Number(font?.[1]);
  if (Number.isFinite(fontSize) && fontSize > 0 && fontSize <= 500) {
    style.fontSizePt = fontSize;
  }
  if (kind === "stamp" && a.attrs["icon"]) {
    style.stampLabel = a.attrs["icon"].slice(0, 200);
  }
  const picture =
    kind === "stamp" && stampOfAppearance(a.appearance, pictures).picture;
  if (picture) style.stampImage = picture;
  return style;
}

/** A #rrggbb colour attribute, or null. */
export function colourOf(text: string | undefined): string | null {
  return text !== undefined && /^#[0-9a-fA-F]{6}$/.test(text) ? text : null;
}

/** A free text's colour, from its default appearance's "r g b rg". */
export function colourOfAppearance(da: string | null): string | null {
  const m = /([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+rg/.exec(da ?? "");
  if (!m) return null;
  const hex = [m[1], m[2], m[3]]
    .map((c) => Math.round(Math.min(1, Number(c)) * 255))
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("");
  return `#${hex}`;
}
