import { describe, expect, it } from "vitest";
import { bytesToLatin1, latin1ToBytes } from "../../shared/signature/bytes";

describe("bytesToLatin1", () => {
  it("maps every byte to the code point of the same value", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = bytesToLatin1(all);
    // 0x80 would be "€" (U+20AC) under windows-1252, which browsers use
    // for the "latin1" label.
    expect(text.charCodeAt(0x80)).toBe(0x80);
    expect(latin1ToBytes(text)).toEqual(all);
  });

  it("handles inputs longer than one chunk", () => {
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
    expect(latin1ToBytes(bytesToLatin1(big))).toEqual(big);
  });
});
