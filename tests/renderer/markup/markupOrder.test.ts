import { describe, expect, it } from "vitest";
import { drawOrder, reorderedZ } from "../../../renderer/markup/markupOrder";

const m = (id: string, zOrder?: number, createdAt = "2026-01-01") => ({
  id,
  createdAt,
  ...(zOrder === undefined ? {} : { zOrder }),
});

describe("z-order of markups", () => {
  it("draws by order number, then creation time, then id", () => {
    const stack = drawOrder([
      m("c", 1),
      m("b", undefined, "2026-01-02"),
      m("a"),
      m("d", -1),
    ]);
    expect(stack.map((x) => x.id)).toEqual(["d", "a", "b", "c"]);
  });

  it("brings to front and sends to back past every other", () => {
    const sheet = [m("a"), m("b", 2), m("c", 5)];
    expect(reorderedZ(sheet, "a", "front")).toBe(6);
    expect(reorderedZ(sheet, "c", "back")).toBe(-1);
    expect(reorderedZ(sheet, "c", "front")).toBeNull();
    expect(reorderedZ(sheet, "a", "back")).toBeNull();
  });

  it("steps forward and backward one neighbour at a time", () => {
    const sheet = [m("a"), m("b", 2), m("c", 5)];
    const z = reorderedZ(sheet, "a", "forward");
    expect(z).toBe(3.5);
    const once = drawOrder([
      { ...m("a"), zOrder: z ?? 0 },
      m("b", 2),
      m("c", 5),
    ]);
    expect(once.map((x) => x.id)).toEqual(["b", "a", "c"]);
    expect(reorderedZ(sheet, "c", "backward")).toBe(1);
    expect(reorderedZ(sheet, "b", "forward")).toBe(6);
  });

  it("steps over markups of equal order", () => {
    const sheet = [m("a"), m("b"), m("c")];
    const z = reorderedZ(sheet, "a", "forward");
    expect(z).toBe(1);
    expect(reorderedZ(sheet, "c", "backward")).toBe(-1);
  });
});
