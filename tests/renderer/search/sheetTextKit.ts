import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { foldQuery, foldText } from "../../../renderer/search/foldText";
import type { ExtractedSheet } from "../../../renderer/search/documentSheets";
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

/** Every sheet of a PDF with its page box, read as the search reads them. */
export async function extractSheets(
  bytes: Uint8Array,
): Promise<{ view: number[]; sheet: ExtractedSheet }[]> {
  const pdf = await getDocument({
    data: bytes,
    isEvalSupported: false,
    standardFontDataUrl,
    cMapUrl,
    cMapPacked: true,
  }).promise;
  const sheets: { view: number[]; sheet: ExtractedSheet }[] = [];
  for (let index = 0; index < pdf.numPages; index++) {
    const page = await pdf.getPage(index + 1);
    const content = await page.getTextContent();
    const text = sheetTextFromItems(index, content.items);
    sheets.push({ view: page.view, sheet: { text, joined: joinRuns(text) } });
  }
  await pdf.destroy();
  return sheets;
}

/** Every sheet of a PDF, ready to search. */
export async function readSheets(bytes: Uint8Array): Promise<ReadSheet[]> {
  return (await extractSheets(bytes)).map(({ view, sheet }) => ({
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

/** pdftotext's words of one page (from 0), converted to user space. */
export function witnessWords(
  file: string,
  sheetIndex: number,
  view: readonly number[],
): WitnessWord[] {
  const page = String(sheetIndex + 1);
  const html = execFileSync(
    "pdftotext",
    ["-q", "-bbox", "-f", page, "-l", page, file, "-"],
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
