import type { Markup } from "../domain/entities";
import { fmt, rgbOf, type LinePainter } from "./appearanceOps";
import {
  ASCENT,
  calloutOf,
  LINE_HEIGHT,
  NOTE_ICON_PT,
  textBoxOf,
  textLineOf,
  textSizeOf,
} from "./markupBoxes";
import { latinWidth } from "./winAnsi";
import { wrapWords } from "./wrapWords";
import { boundsOf } from "./xfdfGeometry";

/*
 * The appearances of the markups drawn from an anchor, as the sheet
 * viewer draws them (renderer/markup/shapeBodies.tsx and
 * canvas/paintBodies.ts): a text's line of words, a sticky note's folded
 * icon, a callout's leader, dot and box of wrapped words.
 */

/** The note icon's outline and ink, in the viewer's 18-pixel drawing. */
const NOTE_DRAWN_PX = 18;

/** The text box's padding, in points, as the viewer's callout. */
const CALLOUT_PAD = { left: 4, top: 2 };

/** Radius of the dot at a callout's tip. */
const TIP_DOT_PT = 2.5;

/** Bézier factor for a quarter circle. */
const KAPPA = 0.5523;

/** A text markup: its line of words, hanging from the anchor. */
export function textOps(markup: Markup, paintLine: LinePainter): string {
  const [topLeft, topRight] = textBoxOf(markup);
  if (!topLeft || !topRight) return "";
  const size = textSizeOf(markup);
  const baseline = topLeft.y - size * ASCENT;
  const line = paintLine(
    textLineOf(markup),
    topLeft.x,
    topRight.x,
    baseline,
    size,
  );
  return `BT ${rgbOf(markup.color)} rg ${line} ET`;
}

/**
 * A sticky note's icon: a square with a folded top-right corner in the
 * note's colour, a dark outline and two white lines, from its anchor.
 */
export function noteOps(markup: Markup): string {
  const at = markup.points[0];
  if (!at) return "";
  const k = NOTE_ICON_PT / NOTE_DRAWN_PX;
  const s = NOTE_ICON_PT;
  const fold = s / 3;
  const p = (dx: number, dy: number) => `${fmt(at.x + dx)} ${fmt(at.y - dy)}`;
  const outline =
    `${p(0, 0)} m ${p(s - fold, 0)} l ${p(s, fold)} l ` +
    `${p(s, s)} l ${p(0, s)} l h`;
  const ink =
    `${p(4 * k, s / 2)} m ${p(s - 4 * k, s / 2)} l ` +
    `${p(4 * k, s - 5 * k)} m ${p(s - 4 * k, s - 5 * k)} l`;
  return (
    `${rgbOf(markup.color)} rg 0.3608 0.0627 0.0627 RG 1 w 1 j ` +
    `${outline} B 1 1 1 RG ${fmt(1.5 * k)} w ${ink} S`
  );
}

/**
 * A callout: the leader from the tip to the nearest edge's middle, a dot
 * at the tip, the box filled white (or its fill) and outlined, and the
 * words wrapped inside it, clipped to it.
 */
export function calloutOps(
  markup: Markup,
  stroke: string,
  paintLine: LinePainter,
): string {
  const parts = calloutOf(markup);
  if (parts === null) return "";
  const { tip, end } = parts;
  const [left, bottom, right, top] = boundsOf(parts.box);
  const colour = rgbOf(markup.color);
  const fill = rgbOf(markup.style.fillColor ?? "#ffffff");
  const box = `${fmt(left)} ${fmt(bottom)} ${fmt(right - left)} ${fmt(top - bottom)} re`;
  return [
    `${stroke}${fmt(tip.x)} ${fmt(tip.y)} m ${fmt(end.x)} ${fmt(end.y)} l S`,
    `${colour} rg ${dotPath(tip, TIP_DOT_PT)} f`,
    `${fill} rg ${box} B`,
    `q ${box} W n BT ${colour} rg`,
    wrappedLines(markup, { left, right, top }, paintLine),
    "ET Q",
  ].join(" ");
}

function dotPath(c: { x: number; y: number }, r: number): string {
  const k = r * KAPPA;
  const at = (x: number, y: number) => `${fmt(c.x + x)} ${fmt(c.y + y)}`;
  return (
    `${at(r, 0)} m ${at(r, k)} ${at(k, r)} ${at(0, r)} c ` +
    `${at(-k, r)} ${at(-r, k)} ${at(-r, 0)} c ` +
    `${at(-r, -k)} ${at(-k, -r)} ${at(0, -r)} c ` +
    `${at(k, -r)} ${at(r, -k)} ${at(r, 0)} c h`
  );
}

/** The callout's words, wrapped to its box as the viewer wraps them. */
function wrappedLines(
  markup: Markup,
  box: { left: number; right: number; top: number },
  paintLine: LinePainter,
): string {
  const size = textSizeOf(markup);
  const left = box.left + CALLOUT_PAD.left;
  const right = box.right - CALLOUT_PAD.left;
  const lines = wrapWords(markup.comment, right - left, (line) =>
    latinWidth(line, size),
  ).slice(0, 200);
  return lines
    .map((line, i) => {
      const top = box.top - CALLOUT_PAD.top - i * size * LINE_HEIGHT;
      return paintLine(line, left, right, top - size * ASCENT, size);
    })
    .join(" ");
}
