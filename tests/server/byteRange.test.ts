import { describe, expect, it } from "vitest";
import { parseByteRange } from "../../server/documents/byteRange";

/*
 * Review finding F10: RFC 9110 says a Range header the server cannot
 * parse is ignored (200 with the whole body); only a valid range outside
 * the file is 416.
 */

describe("parseByteRange", () => {
  it("ignores a syntactically invalid or reversed range", () => {
    for (const header of [
      "bytes=abc",
      "bytes=5-3",
      "bytes=-",
      "bytes=1-2-3",
      "bytes=",
    ]) {
      expect(parseByteRange(header, 1000), header).toBeNull();
    }
  });

  it("keeps 416 for a valid range the file cannot satisfy", () => {
    expect(parseByteRange("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=2000-3000", 1000)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=-0", 1000)).toBe("unsatisfiable");
  });

  it("answers valid ranges, clamped to the file", () => {
    expect(parseByteRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange("bytes=900-5000", 1000)).toEqual({
      start: 900,
      end: 999,
    });
    expect(parseByteRange("bytes=-50", 1000)).toEqual({
      start: 950,
      end: 999,
    });
  });
});
