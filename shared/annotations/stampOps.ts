import type { Markup } from "../domain/entities";
import { standardStampWords, type StampLanguage } from "../domain/stamps";
import { fmt, rgbOf, type LinePainter } from "./appearanceOps";
import { boundsOf } from "./xfdfGeometry";

/*
 * A stamp as the sheet viewer draws it (renderer/markup/shapeBodies.tsx):
 * a border in the stamp's colour, its words in the upper part of the box
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
  const border =
    `${colour} RG 2 w ` +
    `${fmt(left)} ${fmt(bottom)} ${fmt(w)} ${fmt(h)} re S`;

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
      ? line(words, top - 0.42 * h, labelSize)
      : "";
  const text = [label, line(byline, top - 0.78 * h, bylineSize)]
    .filter(Boolean)
    .join(" ");
  return text === "" ? border : `${border} BT ${colour} rg ${text} ET`;
}
