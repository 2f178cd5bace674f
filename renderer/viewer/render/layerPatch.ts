/**
 * PDFium has no call to switch an optional-content layer, but it draws a
 * document's default configuration (/OCProperties /D). So a reviewer's
 * layer choice becomes a small incremental update appended to the same
 * bytes: a new catalog whose /D says which layers are off, over a flat
 * page tree listing the document's own page objects. Nothing of the
 * original is copied or changed, so the patched document opens in
 * PDFium at the cost of reading the sheet again.
 */

/** What the patch needs to know of a document, from pdf.js. */
export interface LayerChoice {
  /** Every layer (OCG) by pdf.js's id, "12R" or "12R3" (with generation). */
  readonly groups: readonly string[];
  /** The layers to hide, by the same ids. */
  readonly hidden: readonly string[];
  /** Each page object by the same kind of id, in page order. */
  readonly pages: readonly string[];
  /**
   * Each layer's /Name by id and the layers the document hides by
   * default: with them the worker can switch marked objects off in place
   * (layerMembership.ts); without, it always draws the patched copy.
   */
  readonly names?: Readonly<Record<string, string>>;
  readonly defaultHidden?: readonly string[];
}

/**
 * One key per choice, so a worker can keep a patched copy by it; "" for
 * none, the document's own default.
 */
export function layerChoiceKey(choice: LayerChoice | null): string {
  if (choice === null) return "";
  return `off:${[...choice.hidden].sort().join(",")}`;
}

/**
 * The bytes to append to `original` so that PDFium draws it with the
 * choice's layers hidden; null when the file's end cannot be read (no
 * startxref or /Size) or it is encrypted, where pdf.js draws instead.
 */
export function layerPatch(
  original: Uint8Array,
  choice: LayerChoice,
): Uint8Array | null {
  const tail = fileTail(original);
  if (tail === null || /\/Encrypt\b/.test(tail.text)) return null;
  const refs = [...choice.groups, ...choice.hidden, ...choice.pages];
  if (refs.some((id) => indirect(id) === null)) return null;

  const catalog = tail.size;
  const pagesNode = catalog + 1;
  const off = choice.hidden.map(indirect).join(" ");
  const on = choice.groups
    .filter((id) => !choice.hidden.includes(id))
    .map(indirect)
    .join(" ");
  const objects = [
    `<< /Type /Catalog /Pages ${pagesNode} 0 R /OCProperties << ` +
      `/OCGs [${choice.groups.map(indirect).join(" ")}] ` +
      `/D << /BaseState /ON /ON [${on}] /OFF [${off}] >> >> >>`,
    `<< /Type /Pages /Kids [${choice.pages.map(indirect).join(" ")}] ` +
      `/Count ${choice.pages.length} >>`,
  ];
  return encodeUpdate(original.length, catalog, objects, tail.startXref);
}

/** pdf.js's id of an object ("12R", "12R3") as a PDF reference. */
function indirect(id: string): string | null {
  const match = /^(\d+)R(\d*)$/.exec(id);
  if (match === null) return null;
  return `${match[1]} ${match[2] || "0"} R`;
}

/**
 * The last cross-reference section's offset and the trailer's /Size,
 * read from the file's end (a classic trailer and an xref stream's
 * dictionary both sit after the last startxref's target).
 */
function fileTail(
  bytes: Uint8Array,
): { startXref: number; size: number; text: string } | null {
  const end = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  const marks = [...end.matchAll(/startxref\s+(\d+)/g)];
  const startXref = Number(marks[marks.length - 1]?.[1] ?? NaN);
  if (!Number.isFinite(startXref) || startXref >= bytes.length) return null;

  const text = latin1(bytes, startXref, bytes.length);
  const sizes = [...text.matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1]));
  if (sizes.length === 0) return null;
  return { startXref, size: Math.max(...sizes), text };
}

/** The update section: objects, a classic xref table and a trailer. */
function encodeUpdate(
  start: number,
  firstNumber: number,
  objects: readonly string[],
  previousXref: number,
): Uint8Array {
  let body = "\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(start + body.length);
    body += `${firstNumber + i} 0 obj\n${object}\nendobj\n`;
  });

  const xrefAt = start + body.length;
  // Each entry is exactly 20 bytes, its end of line included.
  const entries = offsets
    .map((at) => `${String(at).padStart(10, "0")} 00000 n\r\n`)
    .join("");
  body +=
    `xref\n0 1\n0000000000 65535 f\r\n${firstNumber} ${objects.length}\n` +
    entries +
    `trailer\n<< /Size ${firstNumber + objects.length} ` +
    `/Root ${firstNumber} 0 R /Prev ${previousXref} >>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let text = "";
  const CHUNK = 8192;
  for (let at = from; at < to; at += CHUNK) {
    const part = bytes.subarray(at, Math.min(to, at + CHUNK));
    text += String.fromCharCode(...part);
  }
  return text;
}
