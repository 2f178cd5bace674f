// The PDF check, run inside a worker_thread so that a hostile file can be
// stopped (time limit) and contained (resource limits) without taking the
// server down. Plain JavaScript on purpose: a worker is started from a file
// path, and a .mjs file loads the same way under tsx, vitest and plain Node.
import { parentPort, workerData } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Largest plausible side of a sheet, in PDF points (200 in, the PDF limit). */
const MAX_SIDE_PT = 14_400;

/** How many pages we open to check their size; enough for a plan set. */
const PAGES_TO_MEASURE = 50;

/**
 * Reads the uncompressed indirect objects from the raw bytes, by number.
 * Objects packed in object streams are counted but not parsed; pdf.js
 * checks those.
 */
function scanObjects(text) {
  const bodies = new Map();
  for (const match of text.matchAll(/(\d+)\s+\d+\s+obj\b([\s\S]*?)endobj/g)) {
    bodies.set(Number(match[1]), match[2]);
  }
  let packed = 0;
  for (const body of bodies.values()) {
    if (!/\/Type\s*\/ObjStm\b/.test(body)) continue;
    packed += Number(/\/N\s+(\d+)/.exec(body)?.[1] ?? 0);
  }
  return { bodies, objectCount: bodies.size + packed };
}

/** True when the raw page tree reaches a node twice (a loop). */
function hasPageTreeLoop(bodies) {
  const seen = new Set();
  const roots = [...bodies.entries()]
    .filter(([, body]) => /\/Type\s*\/Catalog\b/.test(body))
    .map(([, body]) => Number(/\/Pages\s+(\d+)\s+\d+\s+R/.exec(body)?.[1]));
  const stack = roots.filter((root) => Number.isFinite(root));
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) return true;
    seen.add(node);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(bodies.get(node) ?? "")?.[1];
    for (const ref of (kids ?? "").matchAll(/(\d+)\s+\d+\s+R/g)) {
      stack.push(Number(ref[1]));
    }
  }
  return false;
}

/** The raw checks pdf.js' recovery would otherwise paper over. */
function rawStructureError(bytes) {
  const text = Buffer.from(bytes).toString("latin1");
  const { bodies, objectCount } = scanObjects(text);
  if (hasPageTreeLoop(bodies)) return "document.error.unreadable";
  for (const body of bodies.values()) {
    if (!/\/Type\s*\/Pages\b/.test(body)) continue;
    const declared = Number(/\/Count\s+(\d+)/.exec(body)?.[1] ?? 0);
    if (declared > objectCount + 2) return "document.error.implausible";
  }
  const number = "(-?[\\d.]+)";
  const box = new RegExp(
    `/MediaBox\\s*\\[\\s*${number}\\s+${number}\\s+${number}\\s+${number}`,
    "g",
  );
  for (const match of text.matchAll(box)) {
    const width = Math.abs(Number(match[3]) - Number(match[1]));
    const height = Math.abs(Number(match[4]) - Number(match[2]));
    if (width > MAX_SIDE_PT || height > MAX_SIDE_PT) {
      return "document.error.implausible";
    }
  }
  return null;
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

    const measured = Math.min(pageCount, PAGES_TO_MEASURE);
    for (let index = 1; index <= measured; index++) {
      const page = await pdf.getPage(index);
      const [x0, y0, x1, y1] = page.view;
      const width = Math.abs(x1 - x0) * (page.userUnit || 1);
      const height = Math.abs(y1 - y0) * (page.userUnit || 1);
      if (!(width > 0 && height > 0)) {
        return { pageCount: null, error: "document.error.implausible" };
      }
      if (width > MAX_SIDE_PT || height > MAX_SIDE_PT) {
        return { pageCount: null, error: "document.error.implausible" };
      }
    }
    return { pageCount, error: null };
  } finally {
    await pdf.destroy();
  }
}

check(workerData.bytes).then(
  (result) => parentPort.postMessage(result),
  (error) =>
    parentPort.postMessage({
      pageCount: null,
      error: "document.error.unreadable",
      cause: String(error && error.message ? error.message : error).slice(
        0,
        300,
      ),
    }),
);
