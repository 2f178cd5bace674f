/**
 * WinAnsiEncoding, the encoding of the standard Helvetica that exports
 * draw Latin text with (ISO 32000 annex D). It is Latin-1 apart from
 * 0x80-0x9F, where Latin-1 has control codes and WinAnsi has the
 * typographic marks French comments are full of: ’ œ – — … € « ».
 */

import { StandardFontEmbedder, StandardFonts } from "pdf-lib";

/** The characters WinAnsi places at 0x80-0x9F, by Unicode code point. */
const HIGH_CODES: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/**
 * The WinAnsi byte of a character, or null when the encoding lacks it
 * (Arabic, most of Unicode, and the C1 controls Latin-1 puts at
 * 0x80-0x9F, which WinAnsi gives to other characters).
 */
export function winAnsiCode(ch: string): number | null {
  const code = ch.codePointAt(0) ?? -1;
  if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) {
    return code;
  }
  return HIGH_CODES.get(code) ?? null;
}

/** Whether Helvetica (WinAnsi) can draw every character of `text`. */
export function isWinAnsi(text: string): boolean {
  return [...text].every((ch) => winAnsiCode(ch) !== null);
}

/** `text` with each character WinAnsi lacks replaced by "?". */
export function winAnsiOnly(text: string): string {
  return [...text].map((ch) => (winAnsiCode(ch) === null ? "?" : ch)).join("");
}

/**
 * A PDF literal string's body in WinAnsi bytes: parentheses and
 * backslashes escaped, bytes above 0x7E written as octal escapes so the
 * content stream stays plain ASCII, "?" for what WinAnsi lacks.
 */
export function winAnsiLiteral(text: string): string {
  return [...text]
    .map((ch) => {
      const code = winAnsiCode(ch) ?? 0x3f;
      if (code > 0x7e) return `\\${code.toString(8).padStart(3, "0")}`;
      const safe = String.fromCharCode(code);
      return safe === "(" || safe === ")" || safe === "\\" ? `\\${safe}` : safe;
    })
    .join("");
}

/**
 * Helvetica's widths, for measuring; its program is never embedded. The
 * embedder takes the same names under the font package's own enum type.
 */
const helvetica = StandardFontEmbedder.for(
  StandardFonts.Helvetica as unknown as Parameters<
    typeof StandardFontEmbedder.for
  >[0],
);

/** The width in points of a line drawn in Helvetica, "?" for what it lacks. */
export function latinWidth(text: string, sizePt: number): number {
  const drawn = winAnsiOnly(text);
  try {
    return helvetica.widthOfTextAtSize(drawn, sizePt);
  } catch {
    // Not expected after winAnsiOnly; an average width is near enough.
    return 0.55 * sizePt * drawn.length;
  }
}
