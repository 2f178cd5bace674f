import fontkit from "@pdf-lib/fontkit";
import {
  StandardFonts,
  type PDFDocument,
  type PDFFont,
  type PDFRef,
} from "pdf-lib";
import type { Markup } from "../domain/entities";
import type { StampLanguage } from "../domain/stamps";
import {
  FONT_RESOURCE,
  fmt,
  latinLine,
  pdfText,
  type LinePainter,
} from "./appearanceOps";
import { visualLine, type TextRun } from "./bidiRuns";
import { isWinAnsi, winAnsiOnly } from "./winAnsi";
import { stampByline, stampWords } from "./stampOps";

/** Resource name of the embedded font that draws Arabic text. */
export const ARABIC_FONT_RESOURCE = "LajnaArab";

/** How the appearance streams of one export draw their text. */
export interface AppearanceText {
  readonly paintLine: LinePainter;
  /** Fonts the painted lines name besides Helvetica, by resource name. */
  readonly fonts: Readonly<Record<string, PDFRef>>;
  /** The language standard stamps' words are drawn in. */
  readonly language: StampLanguage;
}

/** Glyph metrics of an embedded font, as fontkit lays a run out. */
type LaidOutFont = ReturnType<typeof fontkit.create>;

/**
 * The text painter of an export. When some markup's text lies outside
 * Latin-1 and a font file is given (Noto Naskh Arabic, found by the
 * workstation's print font lookup), that font is embedded, subset to the
 * glyphs used, and each Arabic run is shaped by fontkit (joining forms,
 * lam-alef, right to left) and drawn with its positioned advances. Latin
 * runs keep the standard Helvetica. Without a font, or when no text needs
 * it, the export stays as it was: Helvetica only, "?" for the rest.
 */
export async function appearanceText(
  doc: PDFDocument,
  markups: readonly Markup[],
  fontBytes: Uint8Array | null,
  language: StampLanguage = "en",
): Promise<AppearanceText> {
  const drawn = markups.map((m) => drawnText(m, language));
  if (fontBytes === null || !drawn.some(needsFont)) {
    return { paintLine: latinLine, fonts: {}, language };
  }
  doc.registerFontkit(fontkit);
  const metrics = fontkit.create(fontBytes);
  const font = await doc.embedFont(fontBytes, {
    subset: true,
    customName: `${subsetTag(drawn)}+${metrics.postscriptName}`,
  });
  // Only for its widths: Latin runs keep the export's own Helvetica.
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  return {
    paintLine: unicodeLine({ font, metrics, helvetica }),
    fonts: { [ARABIC_FONT_RESOURCE]: font.ref },
    language,
  };
}

/** The text a markup's appearance draws. */
function drawnText(markup: Markup, language: StampLanguage): string {
  if (markup.kind === "stamp") {
    return `${stampWords(markup, language)}\n${stampByline(markup)}`;
  }
  if (markup.kind === "text" || markup.kind === "callout")
    return markup.comment;
  return "";
}

/** Whether drawn text holds what Helvetica (WinAnsi) cannot show. */
function needsFont(text: string): boolean {
  // Line breaks between a stamp's words and byline are not drawn.
  return !isWinAnsi(text.replace(/[\n\r\t]/g, " "));
}

/**
 * The six capital letters a subset font's name starts with (ISO 32000
 * 9.6.4), which is how readers and `pdffonts` know it is a subset. Taken
 * from the drawn text, so the same markups export to the same bytes.
 */
function subsetTag(drawn: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of drawn.join("\n")) {
    hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  let tag = "";
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7;
  }
  return tag;
}

/**
 * Lines with their runs placed left to right: a right-to-left line is
 * aligned on the box's right edge, as the reader expects it.
 */
/** The fonts a line is measured and drawn with. */
interface LineFonts {
  readonly font: PDFFont;
  readonly metrics: LaidOutFont;
  readonly helvetica: PDFFont;
}

function unicodeLine(fonts: LineFonts): LinePainter {
  return (text, left, right, baselineY, sizePt, align = "start") => {
    const line = visualLine(text);
    const widths = line.runs.map((run) => runWidth(run, fonts, sizePt));
    const total = widths.reduce((sum, w) => sum + w, 0);
    const start = line.rtl ? Math.max(left, right - total) : left;
    let x = align === "centre" ? (left + right - total) / 2 : start;

    const ops: string[] = [];
    line.runs.forEach((run, i) => {
      ops.push(runOps(run, fonts, x, baselineY, sizePt));
      x += widths[i] ?? 0;
    });
    return ops.join(" ");
  };
}

function usesFont(run: TextRun, font: PDFFont): boolean {
  if (run.rtl) return true;
  return (
    !isWinAnsi(run.text) && [...run.text].every((ch) => hasGlyph(font, ch))
  );
}

function hasGlyph(font: PDFFont, ch: string): boolean {
  return font.getCharacterSet().includes(ch.codePointAt(0) ?? -1);
}

function runWidth(run: TextRun, fonts: LineFonts, sizePt: number): number {
  const { font, metrics } = fonts;
  if (!usesFont(run, font)) {
    return helveticaWidth(fonts.helvetica, run.text, sizePt);
  }
  const layout = metrics.layout(run.text);
  const units = layout.positions.reduce((sum, p) => sum + p.xAdvance, 0);
  return (units * sizePt) / metrics.unitsPerEm;
}

/**
 * The operators of one run starting at `x` on the baseline `y`. A Latin
 * run is one Helvetica string. A run in the embedded font is laid out by
 * fontkit, which gives the glyphs left to right with their shaped
 * advances and mark offsets; a right-to-left run then writes each glyph
 * at its place in typed order, because text extraction (poppler, MuPDF,
 * pdf.js) reads a line in the order its glyphs are written and would
 * otherwise give the words backwards.
 */
function runOps(
  run: TextRun,
  fonts: LineFonts,
  x: number,
  y: number,
  sizePt: number,
): string {
  const { font, metrics } = fonts;
  if (!usesFont(run, font)) {
    return (
      `/${FONT_RESOURCE} ${fmt(sizePt)} Tf ` +
      `1 0 0 1 ${fmt(x)} ${fmt(y)} Tm (${pdfText(run.text)}) Tj`
    );
  }
  const hex = font.encodeText(run.text).asString();
  const layout = metrics.layout(run.text);
  const scale = sizePt / metrics.unitsPerEm;

  let pen = x;
  const placed = layout.glyphs.map((_glyph, i) => {
    const position = layout.positions[i];
    const at = {
      x: pen + (position?.xOffset ?? 0) * scale,
      y: y + (position?.yOffset ?? 0) * scale,
    };
    pen += (position?.xAdvance ?? 0) * scale;
    const code = hex.slice(i * 4, i * 4 + 4);
    return `1 0 0 1 ${fmt(at.x)} ${fmt(at.y)} Tm <${code}> Tj`;
  });
  if (run.rtl) placed.reverse();
  return `/${ARABIC_FONT_RESOURCE} ${fmt(sizePt)} Tf ${placed.join(" ")}`;
}

/** The width of a Latin run as Helvetica draws it after `pdfText`. */
function helveticaWidth(
  helvetica: PDFFont,
  text: string,
  sizePt: number,
): number {
  return helvetica.widthOfTextAtSize(winAnsiOnly(text), sizePt);
}
