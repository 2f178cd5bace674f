import type { Markup } from "../domain/entities";
import { standardStampWords, type StampLanguage } from "../domain/stamps";
import { fmt, rgbOf, type LinePainter } from "./appearanceOps";
import { boundsOf } from "./xfdfGeometry";

/*
 * A stamp as the sheet viewer draws it (renderer/markup/shapeBodies.tsx):
 * a border with rounded corners in the stamp's colour, its words in bold
 * in the upper part of the box
 * (or, for a picture stamp, its picture there, see stampPictures.ts),
 * then who stamped it and on which day. No fill, so the sheet shows
 * through wherever the stamp draws nothing, transparent pictures too.
 */

/** Glyph width per size, averaged: wider for the capitals of a label. */
const LABEL_EM = 0.72;
const BYLINE_EM = 0.62;

/**
 * The words a stamp shows: a standard stamp's in `language`, in capitals
 * as the viewer shows them, or the stamp's own label.
 */
export function stampWords(
  markup: Markup,
  language: StampLanguage = "en",
): string {
  const label = markup.style.stampLabel ?? markup.subject;
  if (Object.hasOwn(standardStampWords, label)) {
    const words = standardStampWords[label as keyof typeof standardStampWords];
    return words[language].toLocaleUpperCase(language);
  }
  // Acrobat's standard stamps are named SBApproved, SBNotApproved...
  return label.replace(/^SB/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
}

/** Who stamped and when: "name · yyyy-mm-dd", as the viewer writes it. */
export function stampByline(markup: Markup): string {
  const day = markup.createdAt.slice(0, 10);
  return [markup.authorName, day].filter(Boolean).join(" · ");
}

/** The font size that fits `text` across 0.9 of `width` and `share` tall. */
function fittedSize(text: string, width: number, share: number, em: number) {
  const across = (width * 0.9) / (Math.max(1, [...text].length) * em);
  return Math.max(1, Math.min(share, across));
}

/** The stamp's border and text lines, in page space. */
export function stampOps(
  markup: Markup,
  paintLine: LinePainter,
  language: StampLanguage = "en",
): string {
  const [left = 0, bottom = 0, right = 0, top = 0] = boundsOf(
    markup.points.slice(0, 4),
  );
  const w = right - left;
  const h = top - bottom;
  const colour = rgbOf(markup.color);
  const border = `${colour} RG 2 w ${roundedBox(left, bottom, w, h)} S`;

  // Each line is centred on its height: the baseline sits a third of
  // the size below the line's middle, as capitals and digits do.
  const line = (text: string, middleY: number, size: number) =>
    text === ""
      ? ""
      : paintLine(text, left, right, middleY - size / 3, size, "centre");
  const words = stampWords(markup, language);
  const byline = stampByline(markup);
  const labelSize = fittedSize(words, w, h * 0.36, LABEL_EM);
  const bylineSize = fittedSize(byline, w, h * 0.2, BYLINE_EM);
  const label =
    markup.style.stampImage === undefined
      ? bold(line(words, top - 0.42 * h, labelSize), labelSize)
      : "";
  const text = [label, line(byline, top - 0.78 * h, bylineSize)]
    .filter(Boolean)
    .join(" ");
  return text === "" ? border : `${border} BT ${colour} rg ${text} ET`;
}

/** The corner radius of a stamp's border, as the viewer rounds it. */
const CORNER_PT = 3;
/** How far a cubic Bézier's handles reach to draw a quarter circle. */
const QUARTER_ARC = 0.5523;

/** A closed box path with rounded corners, clockwise from bottom left. */
function roundedBox(left: number, bottom: number, w: number, h: number) {
  const r = Math.min(CORNER_PT, w / 4, h / 4);
  const k = r * (1 - QUARTER_ARC);
  const right = left + w;
  const top = bottom + h;
  const at = (...n: number[]) => n.map(fmt).join(" ");
  return [
    `${at(left + r, bottom)} m`,
    `${at(right - r, bottom)} l`,
    `${at(right - k, bottom, right, bottom + k, right, bottom + r)} c`,
    `${at(right, top - r)} l`,
    `${at(right, top - k, right - k, top, right - r, top)} c`,
    `${at(left + r, top)} l`,
    `${at(left + k, top, left, top - k, left, top - r)} c`,
    `${at(left, bottom + r)} l`,
    `${at(left, bottom + k, left + k, bottom, left + r, bottom)} c h`,
  ].join(" ");
}

/**
 * Draws text lines bold, as the viewer shows a stamp's words, with any
 * font: each glyph is filled and stroked in its own colour (text render
 * mode 2), which needs no bold font file for Arabic or Latin.
 */
function bold(lines: string, sizePt: number): string {
  if (lines === "") return "";
  return `2 Tr ${fmt(sizePt * 0.05)} w ${lines} 0 Tr`;
}
