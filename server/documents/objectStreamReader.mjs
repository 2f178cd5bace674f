// Reads the objects packed in a PDF object stream (/ObjStm, PDF 1.5) for
// the raw scan of the PDF check. Plain JavaScript beside the worker that
// loads it (pdfCheckWorker.mjs), for the same reason.
import { constants, inflateSync } from "node:zlib";

/**
 * Most bytes one object stream may inflate to. Object streams hold small
 * dictionaries (a few kilobytes each); tens of megabytes are a compression
 * bomb, left to pdf.js and its limits.
 */
const MAX_OBJECT_STREAM_BYTES = 16 * 1024 * 1024;

/** Most bytes all the object streams of one file may inflate to. */
export const MAX_PACKED_BYTES = 64 * 1024 * 1024;

/**
 * The objects an object stream holds, as [number, body] pairs, or null
 * when it cannot be read here: a filter other than Flate, a predictor,
 * encrypted or broken data, or more bytes than `budget.bytes` has left
 * (lowered by what is read). `text` is the whole file as Latin-1 and
 * `start` the offset of the stream object's `body` in it.
 */
export function unpackObjectStream(text, start, body, budget) {
  const dict = body.split(/\bstream\b/, 1)[0];
  const codec = codecOf(dict);
  if (codec === null) return null;
  const data = streamData(text, start, body, dict);
  const limit = Math.min(MAX_OBJECT_STREAM_BYTES, budget.bytes);
  const decoded = codec === "flate" ? inflate(data, limit) : data;
  if (decoded === null || decoded.length > limit) return null;
  budget.bytes -= decoded.length;
  return packedObjects(decoded.toString("latin1"), dict);
}

/** "flate", "none", or null for a filter chain this reader cannot undo. */
function codecOf(dict) {
  if (Number(/\/Predictor\s+(\d+)/.exec(dict)?.[1] ?? 1) > 1) return null;
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict);
  const names = filter?.[1].match(/\/[^\s/[\]]+/g) ?? [];
  if (names.length === 0) return "none";
  const only = names.length === 1 ? names[0] : null;
  return only === "/FlateDecode" || only === "/Fl" ? "flate" : null;
}

/**
 * The stream's bytes: /Length of them after the `stream` line when the
 * length is written in place, else up to `endstream`.
 */
function streamData(text, start, body, dict) {
  const keyword = /\bstream\r?\n/.exec(body);
  if (keyword === null) return Buffer.alloc(0);
  const from = start + keyword.index + keyword[0].length;
  const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict)?.[1];
  const end =
    length === undefined
      ? text.indexOf("endstream", from)
      : Math.min(from + Number(length), text.length);
  return Buffer.from(text.slice(from, end < 0 ? text.length : end), "latin1");
}

/** Inflated bytes, at most `limit`, or null (broken data, a bomb). */
function inflate(data, limit) {
  try {
    // A sync flush keeps what a truncated stream holds, as pdf.js does.
    return inflateSync(data, {
      maxOutputLength: Math.max(limit, 1),
      finishFlush: constants.Z_SYNC_FLUSH,
    });
  } catch {
    return null;
  }
}

/**
 * The objects of an inflated object stream: /N pairs "number offset"
 * before /First, each offset counted from /First, in increasing order.
 */
function packedObjects(decoded, dict) {
  const count = Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? 0);
  const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1] ?? NaN);
  if (!Number.isFinite(first) || first > decoded.length) return null;
  const numbers = (decoded.slice(0, first).match(/\d+/g) ?? []).map(Number);

  const entries = [];
  for (
    let index = 0;
    index < count && 2 * index + 1 < numbers.length;
    index++
  ) {
    entries.push([numbers[2 * index], first + numbers[2 * index + 1]]);
  }
  return entries.map(([number, offset], index) => {
    const next = entries[index + 1]?.[1] ?? decoded.length;
    return [number, decoded.slice(offset, Math.max(offset, next))];
  });
}
