import type { Markup } from "../domain/entities";
import { labelOutline } from "./measureLabels";
import { latinWidth } from "./winAnsi";
import type { PagePoint } from "./xfdfGeometry";

/*
 * The boxes of the markups the sheet viewer draws from an anchor rather
 * than from a stored box (renderer/markup/shapeBodies.tsx): a text's
 * words start at its one point, a sticky note's icon hangs from its one
 * point, and a callout keeps its leader's tip then its box's corners
 * (renderer/markup/drawnPoints.ts). Exports size /Rect, XFDF `rect` and
 * the appearance from these, so other readers show what the viewer shows.
 */

/** A text's and a callout's size when the style sets none, as the viewer. */
export const TEXT_SIZE_PT = 9;

/** A sticky note's icon, about the size Acrobat gives its note icons. */
export const NOTE_ICON_PT = 20;

/** Line height of wrapped callout text, in font sizes, as the viewer. */
export const LINE_HEIGHT = 1.15;

/** Room left of a text's words for the viewer's semi-bold face. */
const BOLD_ALLOWANCE = 1.08;

/** Below the top of a line, where its baseline is (Helvetica's ascent). */
export const ASCENT = 0.8;

/** A box's corners: top-left, top-right, bottom-right, bottom-left. */
export function corners(
  left: number,
  top: number,
  width: number,
  height: number,
): PagePoint[] {
  return [
    { x: left, y: top },
    { x: left + width, y: top },
    { x: left + width, y: top - height },
    { x: left, y: top - height },
  ];
}

/** The font size of a text or callout markup. */
export function textSizeOf(markup: Markup): number {
  return markup.style.fontSizePt ?? TEXT_SIZE_PT;
}

/**
 * The line a text markup shows: the viewer writes the comment as one
 * SVG line, where line breaks read as spaces, and "…" when it is empty.
 */
export function textLineOf(markup: Markup): string {
  return (markup.comment || "…").replace(/\s*\n\s*/g, " ");
}

/** A text markup's box: its words at the size drawn, from its anchor. */
export function textBoxOf(markup: Markup): PagePoint[] {
  const anchor = markup.points[0] ?? { x: 0, y: 0 };
  const size = textSizeOf(markup);
  const width = latinWidth(textLineOf(markup), size) * BOLD_ALLOWANCE + 2;
  return corners(anchor.x, anchor.y, width, size * 1.2);
}

/** A sticky note's (or a reply's) icon box, hanging from its anchor. */
export function noteBoxOf(markup: Markup): PagePoint[] {
  const anchor = markup.points[0] ?? { x: 0, y: 0 };
  return corners(anchor.x, anchor.y, NOTE_ICON_PT, NOTE_ICON_PT);
}

/** A callout's parts: the leader's tip and end, and the text box. */
export interface CalloutParts {
  readonly tip: PagePoint;
  /** Where the leader meets the box: the middle of its nearest edge. */
  readonly end: PagePoint;
  readonly box: PagePoint[];
}

/** A callout's parts, or null when it lacks a tip and a box. */
export function calloutOf(markup: Markup): CalloutParts | null {
  const [tip, ...box] = markup.points;
  if (tip === undefined || box.length < 4) return null;
  const corners4 = box.slice(0, 4);
  return { tip, end: leaderEnd(tip, corners4), box: corners4 };
}

/** The middle of the box edge nearest the tip, as the viewer draws it. */
function leaderEnd(tip: PagePoint, box: readonly PagePoint[]): PagePoint {
  const mids = box.map((p, i) => {
    const q = box[(i + 1) % box.length] ?? p;
    return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
  });
  const distance = (p: PagePoint) => Math.hypot(p.x - tip.x, p.y - tip.y);
  return mids.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/**
 * The box of a boxed markup, four corners: computed for a text and a
 * note, a callout's text box, otherwise its first four points.
 */
export function boxOfMarkup(markup: Markup): PagePoint[] {
  switch (markup.kind) {
    case "text":
      return textBoxOf(markup);
    case "note":
    case "reply":
      return noteBoxOf(markup);
    case "callout":
      return calloutOf(markup)?.box ?? markup.points.slice(0, 4);
    case "ink":
      return inkBoxOf(markup);
    default:
      return markup.points.slice(0, 4);
  }
}

/** An ink's box: its strokes' bounds (its points may be its path). */
function inkBoxOf(markup: Markup): PagePoint[] {
  const all = [...markup.points, ...markup.strokes.flat()];
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [left, top] = [Math.min(...xs), Math.max(...ys)];
  return corners(left, top, Math.max(...xs) - left, top - Math.min(...ys));
}

/** The points a markup's drawing covers, for the bounds of its /Rect. */
export function outlineOf(markup: Markup): PagePoint[] {
  switch (markup.kind) {
    case "text":
    case "note":
    case "reply":
      return boxOfMarkup(markup);
    case "callout": {
      const parts = calloutOf(markup);
      return parts ? [parts.tip, ...parts.box] : [...markup.points];
    }
    default:
      return [...markup.points, ...labelOutline(markup)];
  }
}
