// The PDF check, run inside a worker_thread so that a hostile file can be
// stopped (time limit) and contained (resource limits) without taking the
// server down. Plain JavaScript on purpose: a worker is started from a file
// path, and a .mjs file loads the same way under tsx, vitest and plain Node.
import { parentPort, workerData } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { MAX_PACKED_BYTES, unpackObjectStream } from "./objectStreamReader.mjs";

/** Largest plausible side of a sheet, in PDF points (200 in, the PDF limit). */
const MAX_SIDE_PT = 14_400;

/**
 * Smallest plausible side of a sheet, in PDF points (half an inch): below
 * it a "sheet" is a speck or a thread no one could review.
 */
const MIN_SIDE_PT = 36;

/** How many pages we open to check their size; enough for a plan set. */
const PAGES_TO_MEASURE = 50;

/**
 * Reads the indirect objects from the raw bytes, by number: plain ones,
 * and those packed in Flate-compressed object streams (PDF 1.5), where
 * most producers put page dictionaries. A later definition replaces an
 * earlier one, as an incremental update does. Objects of a stream that
 * cannot be read here (another filter, encryption, a bomb) are counted
 * but not parsed; pdf.js checks those.
 */
function scanObjects(text) {
  const bodies = new Map();
  const budget = { bytes: MAX_PACKED_BYTES };
  let unread = 0;
  for (const match of text.matchAll(/(\d+)\s+\d+\s+obj\b([\s\S]*?)endobj/g)) {
    const body = match[2];
    bodies.set(Number(match[1]), body);
    if (!/\/Type\s*\/ObjStm\b/.test(dictOf(body))) continue;
    const start = match.index + match[0].length - "endobj".length - body.length;
    const packed = unpackObjectStream(text, start, body, budget);
    if (packed === null) unread += Number(/\/N\s+(\d+)/.exec(body)?.[1] ?? 0);
    for (const [number, packedBody] of packed ?? []) {
      bodies.set(number, packedBody);
    }
  }
  return { bodies, objectCount: bodies.size + unread };
}

/**
 * The page-tree nodes the catalog reaches, by object number, each with the
 * /MediaBox and /CropBox it declares or inherits from its parents (null
 * when neither) and `kidsUnread` when its /Kids refers to an array this
 * check cannot read, or null when a node is reached twice (a loop). Only
 * these describe sheets: an old page left in the file by an edit, or a
 * content stream whose text spells "/MediaBox", says nothing about the
 * document.
 */
function pageTreeNodes(bodies) {
  const seen = new Map();
  const roots = [...bodies.values()]
    .filter((body) => /\/Type\s*\/Catalog\b/.test(body))
    .map((body) => Number(/\/Pages\s+(\d+)\s+\d+\s+R/.exec(body)?.[1]));
  const stack = roots
    .filter((root) => Number.isFinite(root))
    .map((node) => ({ node, media: null, crop: null }));
  while (stack.length > 0) {
    const { node, ...inherited } = stack.pop();
    if (seen.has(node)) return null;
    const dict = dictOf(bodies.get(node));
    const boxes = {
      media: boxOf(dict, "MediaBox") ?? inherited.media,
      crop: boxOf(dict, "CropBox") ?? inherited.crop,
    };
    const kids = kidsOf(dict, bodies);
    seen.set(node, { ...boxes, kidsUnread: kids === null });
    for (const ref of (kids ?? "").matchAll(/(\d+)\s+\d+\s+R/g)) {
      stack.push({ node: Number(ref[1]), ...boxes });
    }
  }
  return seen;
}

/**
 * The inside of a tree node's /Kids array: written in the node, or an
 * indirect object holding the array (`/Kids 6 0 R`, which the PDF allows
 * and pdfinfo and PDFium follow), plain or packed in an object stream.
 * Empty when the node has none; null when the array it refers to cannot
 * be read here (missing, or in a stream this check does not unpack).
 */
function kidsOf(dict, bodies) {
  const direct = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
  if (direct !== null) return direct[1];
  const ref = /\/Kids\s+(\d+)\s+\d+\s+R/.exec(dict);
  if (ref === null) return "";
  const array = /^\s*\[([^\]]*)\]/.exec(bodies.get(Number(ref[1])) ?? "");
  return array?.[1] ?? null;
}

/** An object's dictionary, without the stream data that may follow it. */
function dictOf(body) {
  return (body ?? "").split(/\bstream\b/, 1)[0];
}

/** A box a tree node declares directly ([x0 y0 x1 y1], ordered), or null. */
function boxOf(dict, name) {
  const number = "(-?[\\d.]+)";
  const box = new RegExp(
    `/${name}\\s*\\[\\s*${number}\\s+${number}\\s+${number}\\s+${number}`,
  ).exec(dict);
  if (box === null) return null;
  const [a, b, c, d] = box.slice(1, 5).map(Number);
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

/** True when a tree node declares a sheet side over MAX_SIDE_PT. */
function hasHugeMediaBox(dict) {
  const box = boxOf(dict, "MediaBox");
  if (box === null) return false;
  return box[2] - box[0] > MAX_SIDE_PT || box[3] - box[1] > MAX_SIDE_PT;
}

/**
 * True when a sheet's /CropBox, its own or inherited, lies wholly outside
 * its /MediaBox: PDFium then shows nothing, pdf.js falls back to the media
 * box, and the reviewer gets an empty sheet to mark up and measure on.
 */
function cropsEverythingOut({ media, crop }) {
  if (media === null || crop === null) return false;
  const width = Math.min(media[2], crop[2]) - Math.max(media[0], crop[0]);
  const height = Math.min(media[3], crop[3]) - Math.max(media[1], crop[1]);
  return width <= 0 || height <= 0;
}

/**
 * The raw checks pdf.js' recovery would otherwise paper over (it reads a
 * /Count of millions as the pages it finds, a huge /MediaBox as Letter),
 * made on the page tree's own nodes only.
 */
function rawStructureError(bytes) {
  const text = Buffer.from(bytes).toString("latin1");
  const { bodies, objectCount } = scanObjects(text);
  const nodes = pageTreeNodes(bodies);
  if (nodes === null) return "document.error.unreadable";
  for (const [node, boxes] of nodes) {
    const dict = dictOf(bodies.get(node));
    const declared = Number(/\/Count\s+(\d+)/.exec(dict)?.[1] ?? 0);
    if (declared > objectCount + 2) return "document.error.implausible";
    // Only a sheet (a leaf) shows its crop; a sheet's own box replaces
    // the one its tree gives.
    const isSheet = !/\/Kids\b/.test(dict);
    if (hasHugeMediaBox(dict) || (isSheet && cropsEverythingOut(boxes))) {
      return "document.error.implausible";
    }
  }
  return hasNoSheet(bodies, nodes) ? "document.error.noPages" : null;
}

/**
 * True when the whole page tree is readable here and every node of it has
 * /Kids, so none is a page (a leaf; some producers omit its /Type): pdf.js
 * could otherwise recover a stray page object and show it as the sheet.
 */
function hasNoSheet(bodies, nodes) {
  if (nodes.size === 0) return false;
  // Kids this check could not read may be sheets; pdf.js judges those.
  if ([...nodes.values()].some((node) => node.kidsUnread)) return false;
  const dicts = [...nodes.keys()].map((node) => bodies.get(node));
  if (dicts.some((body) => body === undefined)) return false;
  return dicts.every((body) => /\/Kids\b/.test(dictOf(body)));
}

/** True for a sheet side a plan can have; false for NaN too. */
function isPlausibleSide(sidePt) {
  return sidePt >= MIN_SIDE_PT && sidePt <= MAX_SIDE_PT;
}

async function check(bytes) {
  const rawError = rawStructureError(bytes);
  if (rawError !== null) return { pageCount: null, error: rawError };
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pageCount = pdf.numPages;
    if (pageCount === 0)
      return { pageCount: null, error: "document.error.noPages" };

    const measured = Math.min(pageCount, PAGES_TO_MEASURE);
    for (let index = 1; index <= measured; index++) {
      const page = await pdf.getPage(index);
      const [x0, y0, x1, y1] = page.view;
      const width = Math.abs(x1 - x0) * (page.userUnit || 1);
      const height = Math.abs(y1 - y0) * (page.userUnit || 1);
      if (!isPlausibleSide(width) || !isPlausibleSide(height)) {
        return { pageCount: null, error: "document.error.implausible" };
      }
    }
    return { pageCount, error: null };
  } finally {
    await pdf.destroy();
  }
}

/**
 * The key for a file pdf.js would not open. A user password is named: the
 * applicant can fix that by sending an unprotected copy. A file with only an
 * owner password opens without one and never gets here.
 */
function openErrorKey(error) {
  return error?.name === "PasswordException"
    ? "document.error.passwordProtected"
    : "document.error.unreadable";
}

check(workerData.bytes).then(
  (result) => parentPort.postMessage(result),
  (error) =>
    parentPort.postMessage({
      pageCount: null,
      error: openErrorKey(error),
      cause: String(error && error.message ? error.message : error).slice(
        0,
        300,
      ),
    }),
);
