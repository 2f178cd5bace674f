import { bytesToLatin1 } from "./bytes";
import { parsePdfValue, type Located, type PdfValue } from "./pdfObjectParser";

/** A signature dictionary as found in the file's bytes. */
export interface SignatureDictionary {
  /** The /ByteRange numbers, or null when it is not an array of numbers. */
  readonly byteRange: readonly number[] | null;
  /** The /Contents hex string and its span (`<` to just past `>`). */
  readonly contents: {
    readonly hex: string;
    readonly start: number;
    readonly end: number;
  } | null;
  readonly subFilter: string | null;
  /** The raw /M date string (D:YYYYMMDDHHmmSS...), if any. */
  readonly signingTime: string | null;
}

/**
 * Finds every signature dictionary (one with a /ByteRange) in a PDF, in
 * file order. It reads the raw bytes of all revisions rather than the
 * latest object graph, because each signature must be checked against the
 * exact bytes it claims to cover. A signature dictionary cannot sit in a
 * compressed object stream (its /Contents offsets would be meaningless),
 * so a byte scan finds them all. A dictionary repeated by a later
 * revision is reported once.
 */
export function findSignatureDictionaries(
  pdf: Uint8Array,
): SignatureDictionary[] {
  const text = bytesToLatin1(pdf);
  const found = new Map<string, SignatureDictionary>();
  const parsed = new Map<number, Located | null>();
  const bodies = objectBodies(text);

  for (const match of text.matchAll(/\/ByteRange(?![^\s<>[\]()/%])/g)) {
    const dict = enclosingDictionary(text, match.index, bodies, parsed);
    if (!dict) continue;
    const signature = readSignature(dict);
    const key = signature.contents
      ? `c${signature.contents.start}`
      : `b${match.index}`;
    if (!found.has(key)) found.set(key, signature);
  }
  return [...found.values()].sort(
    (a, b) => (a.contents?.start ?? 0) - (b.contents?.start ?? 0),
  );
}

/**
 * The dictionary holding the /ByteRange at `offset`: the object that
 * starts at the closest "n g obj" before it, searched down to the
 * innermost dictionary that has the key at that very offset.
 */
function enclosingDictionary(
  text: string,
  offset: number,
  bodies: readonly number[],
  parsedObjects: Map<number, Located | null>,
): ReadonlyMap<string, Located> | null {
  const start = lastBefore(bodies, offset);
  if (start < 0) return null;

  // Several /ByteRange keys in one object are parsed once, so a hostile
  // file cannot make the scan quadratic.
  if (!parsedObjects.has(start)) {
    parsedObjects.set(start, parsePdfValue(text, start));
  }
  const parsed = parsedObjects.get(start);
  return parsed ? dictWithKeyAt(parsed.value, offset) : null;
}

/** Offsets just past each "n g obj" header, in file order. */
function objectBodies(text: string): number[] {
  return [...text.matchAll(/\d+\s+\d+\s+obj\b/g)].map(
    (m) => m.index + m[0].length,
  );
}

/** The last of the sorted `bodies` before `offset`, or -1. */
function lastBefore(bodies: readonly number[], offset: number): number {
  let low = 0;
  let high = bodies.length - 1;
  let best = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const body = bodies[mid] ?? 0;
    if (body <= offset) {
      best = body;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

function dictWithKeyAt(
  value: PdfValue,
  offset: number,
): ReadonlyMap<string, Located> | null {
  if (value.kind === "array") {
    for (const item of value.items) {
      const inner = dictWithKeyAt(item.value, offset);
      if (inner) return inner;
    }
    return null;
  }
  if (value.kind !== "dict") return null;

  const byteRange = value.entries.get("ByteRange");
  // The key's value starts after "/ByteRange" (10 characters).
  if (
    byteRange &&
    byteRange.start >= offset + 10 &&
    byteRange.start < offset + 64
  ) {
    return value.entries;
  }
  for (const entry of value.entries.values()) {
    const inner = dictWithKeyAt(entry.value, offset);
    if (inner) return inner;
  }
  return null;
}

function readSignature(
  entries: ReadonlyMap<string, Located>,
): SignatureDictionary {
  const range = entries.get("ByteRange")?.value;
  const numbers =
    range?.kind === "array" &&
    range.items.every((i) => i.value.kind === "number")
      ? range.items.map((i) => (i.value.kind === "number" ? i.value.value : 0))
      : null;

  const contents = entries.get("Contents");
  const hexContents =
    contents?.value.kind === "string" && contents.value.hex
      ? { hex: contents.value.text, start: contents.start, end: contents.end }
      : null;

  return {
    byteRange: numbers,
    contents: hexContents,
    subFilter: nameOf(entries.get("SubFilter")?.value),
    signingTime: stringOf(entries.get("M")?.value),
  };
}

function nameOf(value: PdfValue | undefined): string | null {
  return value?.kind === "name" ? value.name : null;
}

function stringOf(value: PdfValue | undefined): string | null {
  return value?.kind === "string" && !value.hex ? value.text : null;
}
