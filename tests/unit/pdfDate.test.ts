import { describe, expect, it } from "vitest";
import { parsePdfDate } from "../../shared/pdf/pdfDate";

describe("parsePdfDate", () => {
  it("reads UTC, offset and partial dates", () => {
    expect(parsePdfDate("D:20261204103000Z")?.toISOString()).toBe(
      "2026-12-04T10:30:00.000Z",
    );
    expect(parsePdfDate("D:20261204113000+01'00'")?.toISOString()).toBe(
      "2026-12-04T10:30:00.000Z",
    );
    expect(parsePdfDate("D:20261204053000-05'00")?.toISOString()).toBe(
      "2026-12-04T10:30:00.000Z",
    );
    expect(parsePdfDate("D:2026")?.toISOString()).toBe(
      "2026-01-01T00:00:00.000Z",
    );
  });

  it("returns null for what is not a date", () => {
    expect(parsePdfDate("yesterday")).toBeNull();
  });
});
