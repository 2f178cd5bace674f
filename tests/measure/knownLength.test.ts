import { describe, expect, it } from "vitest";
import { parseKnownLength } from "../../shared/measure/knownLength";

describe("the distance typed to calibrate a sheet", () => {
  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    [" 18 ", 18],
    ["12,5 m", 12.5],
    ["12.50m", 12.5],
    ["١٢٫٥", 12.5],
    ["١٨ م", 18],
    ["0,001", 0.001],
    ["100000", 100_000],
  ])("reads %j as %d m", (text, metres) => {
    expect(parseKnownLength(text)).toEqual({ lengthM: metres });
  });

  it.each(["", "1e9", "1.234,5", "12,5,3", "-3", "douze", "12 cm", "0x10"])(
    "refuses %j as not a distance in metres",
    (text) => {
      expect(parseKnownLength(text)).toEqual({
        error: "measure.error.lengthFormat",
      });
    },
  );

  it.each(["0", "0,0004", "100000,5", "250000"])(
    "refuses %j as outside what a sheet can show",
    (text) => {
      expect(parseKnownLength(text)).toEqual({
        error: "measure.error.lengthRange",
      });
    },
  );
});
