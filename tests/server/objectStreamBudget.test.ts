import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  MAX_PACKED_BYTES,
  unpackObjectStream,
} from "../../server/documents/objectStreamReader.mjs";

/*
 * The PDF check inflates object streams to read the page dictionaries
 * they pack; a stream that inflates to tens of megabytes is a bomb and is
 * left alone, and one file's streams share a budget. Zeros inflate too
 * fast for a timing to tell whether these limits hold, so they are
 * checked here on the reader itself.
 */

/** An object stream holding `objects` (number, body), and its padding. */
function objectStream(objects: [number, string][], padding = 0): string {
  let offsets = "";
  let bodies = "";
  for (const [number, body] of objects) {
    offsets += `${number} ${bodies.length} `;
    bodies += `${body}\n`;
  }
  const data = deflateSync(
    Buffer.concat([
      Buffer.from(offsets + bodies, "latin1"),
      Buffer.alloc(padding, 0x20),
    ]),
  ).toString("latin1");
  return (
    `<< /Type /ObjStm /N ${objects.length} /First ${offsets.length} ` +
    `/Filter /FlateDecode /Length ${data.length} >>\nstream\n${data}\nendstream`
  );
}

const PAGE = "<< /Type /Page /MediaBox [0 0 595 842] >>";

describe("object streams the PDF check inflates", () => {
  it("reads the objects and counts their bytes against the budget", () => {
    const body = objectStream([[4, PAGE]]);
    const budget = { bytes: MAX_PACKED_BYTES };
    const objects = unpackObjectStream(body, 0, body, budget);
    expect(objects).toEqual([[4, `${PAGE}\n`]]);
    expect(budget.bytes).toBeLessThan(MAX_PACKED_BYTES);
    expect(budget.bytes).toBeGreaterThan(MAX_PACKED_BYTES - 100);
  });

  it("leaves a stream that inflates past 16 MB, and the budget, alone", () => {
    const body = objectStream([[4, PAGE]], 17 * 1024 * 1024);
    const budget = { bytes: MAX_PACKED_BYTES };
    expect(unpackObjectStream(body, 0, body, budget)).toBeNull();
    expect(budget.bytes).toBe(MAX_PACKED_BYTES);
  });

  it("stops once the file's streams have used the budget", () => {
    const body = objectStream([[4, PAGE]], 1024 * 1024);
    const budget = { bytes: 1024 * 1024 };
    expect(unpackObjectStream(body, 0, body, budget)).toBeNull();
    expect(budget.bytes).toBe(1024 * 1024);
  });
});
