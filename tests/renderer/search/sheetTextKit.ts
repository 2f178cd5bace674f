import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { init, type WrappedPdfiumModule } from "@embedpdf/pdfium";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { foldQuery, foldText } from "../../../renderer/search/foldText";
import type { ExtractedSheet } from "../../../renderer/search/documentSheets";
import { openGlyphDocument } from "../../../renderer/search/glyphs/glyphDocument";
import { placeGlyphs } from "../../../renderer/search/glyphs/placeGlyphs";
import { joinRuns } from "../../../renderer/search/joinedText";
import { findInSheet } from "../../../renderer/search/matchSheet";
import type { SearchBox } from "../../../renderer/search/searchHit";
import {
  hasText,
  sheetTextFromItems,
} from "../../../renderer/search/sheetText";

/*
 * Reading real PDFs for the search tests: the sheets' text with pdf.js
 * (its Node build, as the viewer uses it in Chromium), and poppler's
 * `pdftotext -bbox` as an independent witness of where words stand.
 */

export const CORPUS_PLANS = path.resolve(
  import.meta.dirname,
  "../../../../shared/corpus/plans",
);
export const HAS_CORPUS = existsSync(CORPUS_PLANS);

const standardFontDataUrl =
  path.resolve(
    import.meta.dirname,
    "../../../node_modules/pdfjs-dist/standard_fonts",
  ) + "/";

const cMapUrl =
  path.resolve(import.meta.dirname, "../../../node_modules/pdfjs-dist/cmaps") +
  "/";

/** A sheet read by pdf.js: its page box and the search's own view. */
export interface ReadSheet {
  /** [x0, y0, x1, y1] of the page in user space. */
  readonly view: readonly number[];
  search(query: string): SearchBox[][];
  hasText: boolean;
}

const wasmFile = path.resolve(
  import.meta.dirname,
  "../../../node_modules/@embedpdf/pdfium/dist/pdfium.wasm",
);
let pdfium: Promise<WrappedPdfiumModule> | null = null;

/** PDFium in this process, as the search's glyph worker runs it. */
export function loadPdfium(): Promise<WrappedPdfiumModule> {
  pdfium ??= init({ wasmBinary: readFileSync(wasmFile).buffer }).then((m) => {
    m.PDFiumExt_Init();
    return m;
  });
  return pdfium;
}

/**
 * Every sheet of a PDF with its page box, read as the search reads them:
 * pdf.js's text, its characters placed by PDFium's glyphs unless
 * `glyphs` is false (the search without its glyph worker).
 */
export async function extractSheets(
  bytes: Uint8Array,
  glyphs = true,
): Promise<{ view: number[]; sheet: ExtractedSheet }[]> {
  const glyphDoc = glyphs ? openGlyphDocument(await loadPdfium(), bytes) : null;
  const pdf = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    standardFontDataUrl,
    cMapUrl,
    cMapPacked: true,
  }).promise;
  const sheets: { view: number[]; sheet: ExtractedSheet }[] = [];
  for (let index = 0; index < pdf.numPages; index++) {
    const page = await pdf.getPage(index + 1);
    const content = await page.getTextContent();
    const read = sheetTextFromItems(index, content.items);
    const text = glyphDoc ? placeGlyphs(read, glyphDoc.sheet(index)) : read;
    sheets.push({ view: page.view, sheet: { text, joined: joinRuns(text) } });
  }
  await pdf.destroy();
  glyphDoc?.close();
  return sheets;
}

/** Every sheet of a PDF, ready to search; see extractSheets. */
export async function readSheets(
  bytes: Uint8Array,
  glyphs = true,
): Promise<ReadSheet[]> {
  return (await extractSheets(bytes, glyphs)).map(({ view, sheet }) => ({
    view,
    hasText: hasText(sheet.text),
    search: (query: string) =>
      findInSheet(sheet.text, sheet.joined, foldQuery(query)).map((m) => [
        ...m.boxes,
      ]),
  }));
}

/** A word as pdftotext places it, in PDF user space (y up). */
export interface WitnessWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/**
 * pdftotext's words of one page (from 0), converted to user space; with
 * `layout`, read from its `-bbox-layout` output (blocks, lines, words).
 */
export function witnessWords(
  file: string,
  sheetIndex: number,
  view: readonly number[],
  layout = false,
): WitnessWord[] {
  const page = String(sheetIndex + 1);
  const mode = layout ? "-bbox-layout" : "-bbox";
  const html = execFileSync(
    "pdftotext",
    ["-q", mode, "-f", page, "-l", page, file, "-"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const [x0 = 0, , , y1 = 0] = view;
  const words: WitnessWord[] = [];
  const pattern =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(pattern)) {
    words.push({
      text: decodeEntities(m[5] ?? ""),
      xMin: x0 + Number(m[1]),
      xMax: x0 + Number(m[3]),
      yMin: y1 - Number(m[4]),
      yMax: y1 - Number(m[2]),
    });
  }
  return words;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(parseInt(hex, 16)),
    )
    .replace(/&amp;/g, "&");
}

/**
 * pdftotext's words that contain the query, folded the same way. Its
 * `-bbox` words keep the order glyphs stand in, so an Arabic word comes
 * reversed and is turned back.
 */
export function witnessHits(
  words: readonly WitnessWord[],
  query: string,
): WitnessWord[] {
  const folded = foldQuery(query);
  const inReadingOrder = (text: string) =>
    /\p{Script=Arabic}/u.test(text) ? [...text].reverse().join("") : text;
  return words.filter((w) =>
    foldText(inReadingOrder(w.text)).text.includes(folded),
  );
}

/** Whether a point lies in a box, with a margin in points. */
export function boxContains(
  box: SearchBox,
  x: number,
  y: number,
  marginPt = 0,
): boolean {
  return (
    x >= box.from.x - marginPt &&
    x <= box.to.x + marginPt &&
    y >= box.from.y - marginPt &&
    y <= box.to.y + marginPt
  );
}

/** A stretch of text as MuPDF places its characters, in user space. */
export type WitnessSpan = Omit<WitnessWord, "text">;

/**
 * Where MuPDF (`mutool draw -F stext`, a third reader) places each
 * occurrence of the query within the horizontal lines of a page (from
 * 0): from its first character's left edge to its last one's right
 * edge. Unlike pdftotext's words, this tells where a query stands inside
 * a longer word.
 */
export function witnessSpans(
  file: string,
  sheetIndex: number,
  view: readonly number[],
  query: string,
): WitnessSpan[] {
  const xml = mupdfText(file, sheetIndex);
  const [x0 = 0, , , y1 = 0] = view;
  const folded = foldQuery(query);
  const spans: WitnessSpan[] = [];
  for (const line of xml.split("<line ").slice(1)) {
    if (!line.includes('dir="1 0"')) continue;
    for (const chars of occurrences(lineChars(line), folded)) {
      spans.push({
        xMin: x0 + Math.min(...chars.map((c) => c.left)),
        xMax: x0 + Math.max(...chars.map((c) => c.right)),
        yMin: y1 - Math.max(...chars.map((c) => c.bottom)),
        yMax: y1 - Math.min(...chars.map((c) => c.top)),
      });
    }
  }
  return spans;
}

interface WitnessChar {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** MuPDF's quad: upper-left, upper-right, lower-left, lower-right. */
  readonly quad: readonly number[];
}

/** The characters of one `<line>` of MuPDF's structured text. */
function lineChars(line: string): WitnessChar[] {
  const pattern = /<char quad="([^"]+)"[^>]* c="([^"]*)"\/>/g;
  return [...line.matchAll(pattern)].map((m) => {
    const quad = (m[1] ?? "").split(" ").map(Number);
    const [left = 0, top = 0, right = 0, , , bottom = 0] = quad;
    const text = decodeEntities(m[2] ?? "");
    return { text, left, right, top, bottom, quad };
  });
}

/** MuPDF's structured text of one page (from 0), as XML. */
function mupdfText(file: string, sheetIndex: number): string {
  return execFileSync(
    "mutool",
    ["draw", "-q", "-F", "stext", "-o", "-", file, String(sheetIndex + 1)],
    {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      // MuPDF warns about colour profiles it does without.
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
}

/**
 * An occurrence as MuPDF places it, in user space, turned with its
 * line: the start and end of its bottom edge, then the end and start of
 * its top edge (as SearchBox.quad), and the line's unit direction.
 */
export interface WitnessQuad {
  readonly quad: readonly [
    WitnessPoint,
    WitnessPoint,
    WitnessPoint,
    WitnessPoint,
  ];
  readonly along: WitnessPoint;
}

interface WitnessPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Where MuPDF places each occurrence of the query on a page (from 0), on
 * lines running any way: from its first character's lower and upper
 * left corners to its last one's right corners.
 */
export function witnessQuads(
  file: string,
  sheetIndex: number,
  view: readonly number[],
  query: string,
): WitnessQuad[] {
  const [x0 = 0, , , y1 = 0] = view;
  const point = (quad: readonly number[], i: number) => ({
    x: x0 + (quad[i * 2] ?? 0),
    y: y1 - (quad[i * 2 + 1] ?? 0),
  });
  const found: WitnessQuad[] = [];
  for (const line of mupdfText(file, sheetIndex).split("<line ").slice(1)) {
    const [dx = 1, dy = 0] = (/dir="([^"]+)"/.exec(line)?.[1] ?? "1 0")
      .split(" ")
      .map(Number);
    for (const chars of occurrences(lineChars(line), foldQuery(query))) {
      const first = chars[0]!.quad;
      const last = chars.at(-1)!.quad;
      found.push({
        quad: [
          point(first, 2),
          point(last, 3),
          point(last, 1),
          point(first, 0),
        ],
        along: { x: dx, y: -dy },
      });
    }
  }
  return found;
}

/**
 * The characters of each match of a folded query. MuPDF gives a line's
 * characters left to right, so an Arabic line is turned back first.
 */
function occurrences(
  chars: readonly WitnessChar[],
  folded: string,
): WitnessChar[][] {
  const arabic = chars.some((c) => /\p{Script=Arabic}/u.test(c.text));
  const ordered = arabic ? [...chars].reverse() : chars;
  let text = "";
  const charAt: WitnessChar[] = [];
  for (const char of ordered) {
    for (const letter of foldText(char.text).text) {
      text += letter;
      charAt.push(char);
    }
  }
  const found: WitnessChar[][] = [];
  for (let at = text.indexOf(folded); at >= 0 && folded !== "";) {
    const end = at + folded.length;
    found.push(charAt.slice(at, end));
    at = text.indexOf(folded, end);
  }
  return found;
}
