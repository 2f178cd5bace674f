import { deflateSync } from "node:zlib";
import { rawPdf } from "../support/rawPdf";

/**
 * A PDF 1.5 file whose `packed` objects live in one Flate-compressed
 * object stream (/ObjStm), as most producers write page trees today.
 * `plain` are written by rawPdf as objects 1..n (`plain[0]` the catalog),
 * the object stream is object n+1 and `packed[i]` is object n+2+i. An
 * appended cross-reference stream tells readers where the packed objects
 * are, so pdf.js opens the file as any other.
 */
export function objectStreamPdf(
  plain: readonly string[],
  packed: readonly string[],
): Uint8Array {
  const streamNumber = plain.length + 1;
  const base = rawPdf([...plain, objectStream(streamNumber + 1, packed)]);
  const text = Buffer.from(base).toString("latin1");
  const previous = Number(/startxref\s+(\d+)/.exec(text)?.[1]);

  // Type 2 entries: object stream number, index inside it. Then the
  // cross-reference stream itself, type 1 at its offset.
  const xrefNumber = streamNumber + packed.length + 1;
  const rows = packed.map((_, index) => row(2, streamNumber, index));
  rows.push(row(1, text.length, 0));
  const data = Buffer.concat(rows).toString("latin1");
  const dict =
    `<< /Type /XRef /Size ${xrefNumber + 1} /Root 1 0 R /Prev ${previous} ` +
    `/Index [${streamNumber + 1} ${packed.length} ${xrefNumber} 1] ` +
    `/W [1 4 2] /Length ${data.length} >>`;
  const update =
    `${xrefNumber} 0 obj\n${dict}\nstream\n${data}\nendstream\nendobj\n` +
    `startxref\n${text.length}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text + update, "latin1"));
}

/** The body of an /ObjStm holding `objects`, numbered from `first`. */
function objectStream(first: number, objects: readonly string[]): string {
  let offset = 0;
  const header = objects.map((body, index) => {
    const pair = `${first + index} ${offset}`;
    offset += body.length + 1;
    return pair;
  });
  const headerText = `${header.join(" ")}\n`;
  const content = headerText + objects.map((body) => `${body}\n`).join("");
  const data = deflateSync(Buffer.from(content, "latin1")).toString("latin1");
  return (
    `<< /Type /ObjStm /N ${objects.length} /First ${headerText.length} ` +
    `/Filter /FlateDecode /Length ${data.length} >>\n` +
    `stream\n${data}\nendstream`
  );
}

/** One cross-reference stream row with field widths 1, 4 and 2. */
function row(type: number, field2: number, field3: number): Buffer {
  const bytes = Buffer.alloc(7);
  bytes.writeUInt8(type, 0);
  bytes.writeUInt32BE(field2, 1);
  bytes.writeUInt16BE(field3, 5);
  return bytes;
}
