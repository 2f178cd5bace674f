import type { Markup } from "../domain/entities";
import type { XfdfAnnotation } from "./exchangeTypes";
import { calloutOf, outlineOf } from "./markupBoxes";
import {
  boundsOf,
  cornersOf,
  numbersOf,
  pointsOf,
  xfdfNumber,
  type PagePoint,
} from "./xfdfGeometry";

/*
 * Callouts as Acrobat writes a FreeTextCallout: the rect encloses the box
 * and the leader, `fringe` (a PDF's /RD: left, bottom, right, top, as Acrobat and
 * every viewer read it, not the order ISO 32000 words) gives
 * the text box inside it, and `callout` (/CL) lists the leader from the
 * tip to the box, two points or three with a knee. A markup keeps the
 * tip, then the box's four corners (renderer/markup/drawnPoints.ts).
 */

/** The leader written as /CL and `callout`: the tip, then the box edge. */
export function calloutLeader(markup: Markup): PagePoint[] {
  const parts = calloutOf(markup);
  return parts ? [parts.tip, parts.end] : [];
}

/** Room around the drawing for the line width and the tip's dot. */
function marginOf(markup: Markup): number {
  return (markup.style.strokeWidthPt ?? 2) / 2 + 3;
}

/** A callout's `rect`, `fringe` and `callout` attributes. */
export function calloutAttributes(markup: Markup): Record<string, string> {
  const parts = calloutOf(markup);
  if (parts === null) return {};
  const rect = boundsOf(outlineOf(markup), marginOf(markup));
  const [left, bottom, right, top] = boundsOf(parts.box);
  const fringe = [
    left - rect[0],
    bottom - rect[1],
    rect[2] - right,
    rect[3] - top,
  ];
  return {
    rect: rect.map(xfdfNumber).join(","),
    fringe: fringe.map(xfdfNumber).join(","),
    callout: calloutLeader(markup)
      .map((p) => `${xfdfNumber(p.x)},${xfdfNumber(p.y)}`)
      .join(","),
  };
}

/**
 * A callout's points read back: the leader's first point (the tip) and
 * the rect without its fringe. A knee between them is not kept: the
 * viewer draws the leader straight to the box. Without a leader the tip
 * is the box's top-left corner.
 */
export function calloutPointsOf(a: XfdfAnnotation): PagePoint[] {
  const box = innerBoxOf(a);
  const leader = a.attrs["callout"];
  const tip = leader ? pointsOf(leader, a.element)[0] : box[0];
  return [tip ?? { x: 0, y: 0 }, ...box];
}

/** The rect less its `fringe`, as four corners from the top-left. */
export function innerBoxOf(a: XfdfAnnotation): PagePoint[] {
  const rect = cornersOf(a.attrs["rect"] ?? "", a.element);
  const fringe = a.attrs["fringe"];
  if (fringe === undefined) return rect;
  const [l = 0, b = 0, r = 0, t = 0] = numbersOf(fringe, a.element);
  const [left, bottom, right, top] = boundsOf(rect);
  if (l + r >= right - left || t + b >= top - bottom) return rect;
  return cornersOf(
    [left + l, bottom + b, right - r, top - t].join(","),
    a.element,
  );
}
