import { describe, expect, it } from "vitest";
import { keptHit } from "../../../renderer/search/keptHit";

/*
 * F3 pressed while the search still reads later sheets picked a hit the
 * next report then forgot, though it had only added hits after it.
 */
describe("the hit kept when results come in again", () => {
  const first = { sheetIndex: 0 };
  const second = { sheetIndex: 1 };
  const later = { sheetIndex: 5 };

  it("stays on the picked hit while a search appends others", () => {
    expect(keptHit(second, [first, second])).toBe(second);
    expect(keptHit(second, [first, second, later])).toBe(second);
  });

  it("is forgotten when a new query empties the list", () => {
    expect(keptHit(second, [])).toBeNull();
    expect(keptHit(second, [{ sheetIndex: 1 }])).toBeNull();
  });

  it("is nothing when nothing was picked", () => {
    expect(keptHit(null, [first])).toBeNull();
  });
});
